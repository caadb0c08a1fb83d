import type { EffectRecord, NotificationLogEntry, OrderRecord } from './types.js';

// Deep copies, so a caller can never reach a store's internal objects (nor change a record it
// stored by mutating what it passed in). Raw bytes always come back as a plain Uint8Array of
// exactly their length, whatever view (a Node Buffer, a subarray) went in. Every field is named,
// so every copy has the same layout whatever the layout of the record it came from (records
// built in different places list their fields in different orders), which keeps the copying and
// the code that reads the copies fast; the compiler insists on every field of the type.

/** A deep copy of an order (`payable` and `shipping` copied too). */
export function copyOrder(order: OrderRecord): OrderRecord {
  const { shipping } = order;
  return {
    outTradeNo: order.outTradeNo,
    partner: order.partner,
    subject: order.subject,
    payable: [...order.payable],
    sellerId: order.sellerId,
    sellerEmail: order.sellerEmail,
    phase: order.phase,
    tradeStatus: order.tradeStatus,
    refundStatus: order.refundStatus,
    refundCycle: order.refundCycle,
    noticeTime: order.noticeTime,
    tradeNo: order.tradeNo,
    totalFee: order.totalFee,
    shipping:
      shipping === null
        ? null
        : {
            logisticsName: shipping.logisticsName,
            invoiceNo: shipping.invoiceNo,
            transportType: shipping.transportType,
            at: shipping.at,
          },
    logisticsType: order.logisticsType,
    version: order.version,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

/** A copy of an effect record. */
export function copyEffect(effect: EffectRecord): EffectRecord {
  return {
    key: effect.key,
    outTradeNo: effect.outTradeNo,
    kind: effect.kind,
    detail: effect.detail,
    status: effect.status,
    attempts: effect.attempts,
    lastError: effect.lastError,
    leaseUntil: effect.leaseUntil,
    createdAt: effect.createdAt,
    doneAt: effect.doneAt,
  };
}

/**
 * A copy of a log entry: `raw` becomes a plain `Uint8Array` of exactly its length (whatever view
 * went in), `headers` a new object.
 */
export function copyLogEntry(entry: NotificationLogEntry): NotificationLogEntry {
  return {
    id: entry.id,
    channel: entry.channel,
    receivedAt: entry.receivedAt,
    method: entry.method,
    raw: new Uint8Array(entry.raw),
    rawSize: entry.rawSize,
    rawSha256: entry.rawSha256,
    authenticity: entry.authenticity,
    headers: { ...entry.headers },
    remoteAddress: entry.remoteAddress,
    verdict: entry.verdict,
    code: entry.code,
    detail: entry.detail,
    outTradeNo: entry.outTradeNo,
    notifyId: entry.notifyId,
    tradeStatus: entry.tradeStatus,
    refundStatus: entry.refundStatus,
    reply: entry.reply,
    replayOf: entry.replayOf,
  };
}
