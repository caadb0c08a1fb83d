import { base64Decode, base64Encode } from '../../crypto/base64.js';
import { AlipayEscrowError } from '../../errors/error.js';
import { legacyAuthenticity } from '../legacy-log.js';
import type { EffectRecord, LogAuthenticity, NotificationLogEntry, OrderRecord } from '../types.js';
import type { SqlRow, SqlValue } from './database.js';

// Records ⇄ table rows. Column lists and value lists are kept side by side so they cannot drift.

export const ORDER_COLUMNS = [
  'out_trade_no',
  'partner',
  'subject',
  'payable',
  'seller_id',
  'seller_email',
  'phase',
  'trade_status',
  'refund_status',
  'refund_cycle',
  'notice_time',
  'trade_no',
  'total_fee',
  'shipping',
  'logistics_type',
  'version',
  'created_at',
  'updated_at',
] as const;

export function orderValues(o: OrderRecord): SqlValue[] {
  return [
    o.outTradeNo,
    o.partner,
    o.subject,
    JSON.stringify(o.payable),
    o.sellerId,
    o.sellerEmail,
    o.phase,
    o.tradeStatus,
    o.refundStatus,
    o.refundCycle,
    o.noticeTime,
    o.tradeNo,
    o.totalFee,
    o.shipping === null ? null : JSON.stringify(o.shipping),
    o.logisticsType,
    o.version,
    o.createdAt,
    o.updatedAt,
  ];
}

export function orderFromRow(row: SqlRow): OrderRecord {
  const shipping = textOrNull(row, 'shipping');
  return {
    outTradeNo: text(row, 'out_trade_no'),
    partner: text(row, 'partner'),
    subject: text(row, 'subject'),
    payable: JSON.parse(text(row, 'payable')) as string[],
    sellerId: textOrNull(row, 'seller_id'),
    sellerEmail: textOrNull(row, 'seller_email'),
    phase: text(row, 'phase') as OrderRecord['phase'],
    tradeStatus: textOrNull(row, 'trade_status') as OrderRecord['tradeStatus'],
    refundStatus: textOrNull(row, 'refund_status') as OrderRecord['refundStatus'],
    refundCycle: integer(row, 'refund_cycle'),
    noticeTime: textOrNull(row, 'notice_time'),
    tradeNo: textOrNull(row, 'trade_no'),
    totalFee: textOrNull(row, 'total_fee'),
    shipping: shipping === null ? null : (JSON.parse(shipping) as OrderRecord['shipping']),
    logisticsType: textOrNull(row, 'logistics_type'),
    version: integer(row, 'version'),
    createdAt: text(row, 'created_at'),
    updatedAt: text(row, 'updated_at'),
  };
}

/** Effect columns with their SQL types (an INSERT … SELECT needs casts for Postgres to type its parameters). */
export const EFFECT_COLUMNS = [
  ['effect_key', 'TEXT'],
  ['out_trade_no', 'TEXT'],
  ['kind', 'TEXT'],
  ['detail', 'TEXT'],
  ['status', 'TEXT'],
  ['attempts', 'INTEGER'],
  ['last_error', 'TEXT'],
  ['lease_until', 'TEXT'],
  ['created_at', 'TEXT'],
  ['done_at', 'TEXT'],
] as const;

export function effectValues(e: EffectRecord): SqlValue[] {
  return [
    e.key,
    e.outTradeNo,
    e.kind,
    e.detail,
    e.status,
    e.attempts,
    e.lastError,
    e.leaseUntil,
    e.createdAt,
    e.doneAt,
  ];
}

/** Appends {@link effectValues} of `e` to `params` (a multi-row INSERT binds several in a row). */
export function pushEffectValues(params: SqlValue[], e: EffectRecord): void {
  params.push(
    e.key,
    e.outTradeNo,
    e.kind,
    e.detail,
    e.status,
    e.attempts,
    e.lastError,
    e.leaseUntil,
    e.createdAt,
    e.doneAt,
  );
}

export function effectFromRow(row: SqlRow): EffectRecord {
  return {
    key: text(row, 'effect_key'),
    outTradeNo: text(row, 'out_trade_no'),
    kind: text(row, 'kind') as EffectRecord['kind'],
    detail: textOrNull(row, 'detail'),
    status: text(row, 'status') as EffectRecord['status'],
    attempts: integer(row, 'attempts'),
    lastError: textOrNull(row, 'last_error'),
    leaseUntil: textOrNull(row, 'lease_until'),
    createdAt: text(row, 'created_at'),
    doneAt: textOrNull(row, 'done_at'),
  };
}

export const LOG_COLUMNS = [
  'id',
  'channel',
  'received_at',
  'method',
  'raw',
  'headers',
  'remote_address',
  'verdict',
  'code',
  'detail',
  'out_trade_no',
  'notify_id',
  'trade_status',
  'refund_status',
  'reply',
  'replay_of',
  'raw_size',
  'raw_sha256',
  'authenticity',
] as const;

/** The column of each log field `settle` may change. */
export const LOG_UPDATE_COLUMNS = {
  verdict: 'verdict',
  code: 'code',
  detail: 'detail',
  outTradeNo: 'out_trade_no',
  notifyId: 'notify_id',
  tradeStatus: 'trade_status',
  refundStatus: 'refund_status',
  reply: 'reply',
} as const;

export function logValues(l: NotificationLogEntry): SqlValue[] {
  return [
    l.id,
    l.channel,
    l.receivedAt,
    l.method,
    base64Encode(l.raw),
    JSON.stringify(l.headers),
    l.remoteAddress,
    l.verdict,
    l.code,
    l.detail,
    l.outTradeNo,
    l.notifyId,
    l.tradeStatus,
    l.refundStatus,
    l.reply,
    l.replayOf,
    l.rawSize,
    l.rawSha256,
    l.authenticity,
  ];
}

export function logFromRow(row: SqlRow): NotificationLogEntry {
  const id = text(row, 'id');
  const raw = base64Decode(text(row, 'raw'));
  if (raw === undefined) {
    throw new AlipayEscrowError(
      'INTERNAL_ERROR',
      `The stored raw bytes of log entry ${id} are not base64, so the table was changed outside the store.`,
      {
        field: 'raw',
        status: 500,
        hint: 'Restore the row from a backup; the store writes standard padded base64 only.',
      },
    );
  }
  const channel = text(row, 'channel') as NotificationLogEntry['channel'];
  const verdict = text(row, 'verdict') as NotificationLogEntry['verdict'];
  const code = textOrNull(row, 'code');
  // Rows written before 0002 have no size, digest nor authenticity (see NotificationLogEntry).
  const rawSize = row['raw_size'] === null || row['raw_size'] === undefined ? raw.length : integer(row, 'raw_size');
  return {
    id,
    channel,
    receivedAt: text(row, 'received_at'),
    method: text(row, 'method'),
    raw,
    rawSize,
    rawSha256: textOrNull(row, 'raw_sha256') ?? '',
    authenticity:
      (textOrNull(row, 'authenticity') as LogAuthenticity | null) ?? legacyAuthenticity({ channel, verdict, code }),
    headers: JSON.parse(text(row, 'headers')) as Record<string, string>,
    remoteAddress: textOrNull(row, 'remote_address'),
    verdict,
    code,
    detail: textOrNull(row, 'detail'),
    outTradeNo: textOrNull(row, 'out_trade_no'),
    notifyId: textOrNull(row, 'notify_id'),
    tradeStatus: textOrNull(row, 'trade_status'),
    refundStatus: textOrNull(row, 'refund_status'),
    reply: textOrNull(row, 'reply'),
    replayOf: textOrNull(row, 'replay_of'),
  };
}

function text(row: SqlRow, column: string): string {
  return String(row[column]);
}

function textOrNull(row: SqlRow, column: string): string | null {
  const value = row[column];
  return value === null || value === undefined ? null : String(value);
}

/** Drivers return integers as numbers, or (Postgres BIGINT) as strings. */
function integer(row: SqlRow, column: string): number {
  return Number(row[column]);
}
