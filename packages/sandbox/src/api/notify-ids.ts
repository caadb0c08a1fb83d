/**
 * `POST /sandbox/api/notify-ids`: a signed notification for someone else to deliver
 * (`alipay-escrow trigger`). The sandbox builds the fields like its own notifications (from its
 * trade when it knows the out_trade_no, otherwise from the request), signs them with its key, and
 * registers the notify_id so notify_verify answers `true` for it until it expires.
 *
 * Body: `{"tradeStatus", "refundStatus"?, "outTradeNo", "totalFee", "tradeNo"?, "subject"?,
 * "charset"?: "utf-8"|"gbk", "signType"?: "MD5"|"RSA", "validSeconds"?}` → 201
 * `{"notifyId", "outTradeNo", "tradeNo", "charset", "signType", "params": [[name, value]…],
 * "body", "expiresAt"}`.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { formatYuan, parseYuan, type SignType } from '@alipay-escrow/core/protocol';
import { normalizeCharset, type Charset } from '@alipay-escrow/core/charset';
import { signTypes } from '../config.js';
import type { SandboxContext } from '../context.js';
import { deliveryOffsetSeconds, MAX_DELIVERIES } from '../delivery/schedule.js';
import { tradeKey } from '../engine/engine.js';
import { notificationFields, signMessage } from '../engine/message-fields.js';
import { newNotifyId, newTradeNo } from '../ids.js';
import type { RefundStatus, TradeStatus } from '../statuses.js';
import type { TradeRecord } from '../store/types.js';
import { isoTime } from '../time-format.js';
import { printableIdentifier } from './identifier.js';
import { json, jsonBody } from './json.js';

/** A triggered id stays valid as long as Alipay keeps redelivering: 24 h 22 min. */
export const TRIGGERED_ID_SECONDS = deliveryOffsetSeconds(MAX_DELIVERIES);

const STATUS = /^[A-Z][A-Z_]{0,63}$/;

function bad(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', message, { hint, field, status: 400 });
}

function text(body: Record<string, unknown>, field: string, required: boolean): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === '') {
    if (required) throw bad(field, `${field} is missing.`, `Send ${field} as a string.`);
    return undefined;
  }
  if (typeof value !== 'string') throw bad(field, `${field} must be a string.`, `Send ${field} as a string.`);
  return value;
}

function status(body: Record<string, unknown>, field: string, required: boolean): string | undefined {
  const value = text(body, field, required);
  if (value !== undefined && !STATUS.test(value)) {
    throw bad(
      field,
      `${field} ${JSON.stringify(value)} is not a status name.`,
      'Use an upper-case status such as TRADE_FINISHED or WAIT_SELLER_AGREE.',
    );
  }
  return value;
}

interface TriggerRequest {
  tradeStatus: string;
  refundStatus: string | undefined;
  outTradeNo: string;
  totalFee: string;
  tradeNo: string | undefined;
  subject: string | undefined;
  charset: Charset | undefined;
  signType: SignType;
  validSeconds: number;
}

function readRequest(body: Record<string, unknown>, ctx: SandboxContext): TriggerRequest {
  const outTradeNo = printableIdentifier(text(body, 'outTradeNo', true)!, 'outTradeNo');
  const tradeNo = text(body, 'tradeNo', false);
  if (tradeNo !== undefined) printableIdentifier(tradeNo, 'tradeNo');
  const totalFee = text(body, 'totalFee', true)!;
  const cents = parseYuan(totalFee);
  if (cents === undefined || cents <= 0n)
    throw bad(
      'totalFee',
      `totalFee ${JSON.stringify(totalFee)} is not an amount in yuan.`,
      'For example "0.01" or "138.00".',
    );
  const charsetLabel = text(body, 'charset', false);
  let charset: Charset | undefined;
  if (charsetLabel !== undefined) {
    try {
      charset = normalizeCharset(charsetLabel);
    } catch (cause) {
      throw new AlipayEscrowError('ILLEGAL_CHARSET', `charset ${JSON.stringify(charsetLabel)} is not supported.`, {
        hint: 'Use utf-8 or gbk.',
        field: 'charset',
        status: 400,
        cause,
      });
    }
  }
  const available = signTypes(ctx.config);
  const signType = (text(body, 'signType', false) ?? available[0]) as SignType;
  if (!available.includes(signType)) {
    throw new AlipayEscrowError(
      'ILLEGAL_SECURITY_PROFILE',
      `The sandbox has no ${String(signType)} key to sign with.`,
      { hint: `It signs with ${available.join(' or ')}.`, field: 'signType', status: 400 },
    );
  }
  const validSeconds = body['validSeconds'] ?? TRIGGERED_ID_SECONDS;
  if (typeof validSeconds !== 'number' || !Number.isFinite(validSeconds) || validSeconds <= 0) {
    throw bad(
      'validSeconds',
      `validSeconds ${JSON.stringify(validSeconds)} must be a positive number.`,
      `Leave it out for ${TRIGGERED_ID_SECONDS} (24 h 22 min).`,
    );
  }
  return {
    tradeStatus: status(body, 'tradeStatus', true)!,
    refundStatus: status(body, 'refundStatus', false),
    outTradeNo,
    totalFee: formatYuan(cents),
    tradeNo,
    subject: text(body, 'subject', false),
    charset,
    signType,
    validSeconds,
  };
}

/** The trade the notification speaks of: the sandbox's own when it has one, else made up from the request. */
function baseTrade(ctx: SandboxContext, r: TriggerRequest, now: number): TradeRecord {
  const known = ctx.engine.trade(r.outTradeNo);
  if (known) return { ...known, ...(r.charset === undefined ? {} : { charset: r.charset }), signType: r.signType };
  const paid = r.tradeStatus !== 'WAIT_BUYER_PAY';
  return {
    key: tradeKey(ctx.config.partner, r.outTradeNo),
    partner: ctx.config.partner,
    outTradeNo: r.outTradeNo,
    tradeNo: r.tradeNo ?? newTradeNo(now),
    charset: r.charset ?? 'utf-8',
    signType: r.signType,
    subject: r.subject ?? '测试商品',
    price: r.totalFee,
    quantity: '1',
    discount: '0.00',
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    payable: [r.totalFee],
    receive: {},
    requestedBuyer: {},
    seller: ctx.config.seller,
    buyer: paid ? ctx.config.buyers[0]! : null,
    logisticsIndex: 0,
    shipping: null,
    tradeStatus: r.tradeStatus as TradeStatus,
    refundStatus: null,
    shipped: false,
    gmtCreate: now,
    ...(paid ? { gmtPayment: now } : {}),
    lastModified: now,
  };
}

export async function issueNotifyId(request: Request, ctx: SandboxContext): Promise<Response> {
  const r = readRequest(await jsonBody(request), ctx);
  const now = ctx.config.clock.now();
  const base = baseTrade(ctx, r, now);
  const trade: TradeRecord = {
    ...base,
    ...(r.tradeNo === undefined ? {} : { tradeNo: r.tradeNo }),
    ...(r.subject === undefined ? {} : { subject: r.subject }),
    tradeStatus: r.tradeStatus as TradeStatus,
    refundStatus: (r.refundStatus ?? null) as RefundStatus | null,
    ...(r.refundStatus === undefined ? {} : { gmtRefund: now }),
  };
  const notifyId = newNotifyId();
  const fields = notificationFields(trade, notifyId, now).map(([k, v]): [string, string] => [
    k,
    k === 'total_fee' ? r.totalFee : v,
  ]);
  const message = await signMessage(fields, ctx.engine.keysFor(trade.signType), trade.charset);
  const expiresAt = now + r.validSeconds * 1000;
  await ctx.engine.registerNotifyId({
    notifyId,
    tradeKey: trade.key,
    issuedAt: now,
    kind: 'triggered',
    expiresAt,
    tradeStatus: r.tradeStatus,
    refundStatus: r.refundStatus ?? null,
  });
  return json(
    {
      notifyId,
      outTradeNo: trade.outTradeNo,
      tradeNo: trade.tradeNo,
      charset: trade.charset,
      signType: trade.signType,
      params: message.pairs,
      body: message.encoded,
      expiresAt: isoTime(expiresAt),
    },
    201,
  );
}
