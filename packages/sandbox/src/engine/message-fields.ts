/**
 * The parameters of what "Alipay" sends about a trade: the asynchronous notification (C table
 * 6-1) and the return_url redirect (C table 5-1), laid out like the genuine ones (docs/internals/notifications.md#fields).
 * Empty fields are left out, as the gateway does.
 */
import type { SignatureKeys } from '@alipay-escrow/core';
import { formEncodePairs, signParams } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import { beijingTime } from '../time-format.js';
import type { TradeRecord } from '../store/types.js';

/** The buyer as far as known: who paid, else whom the create request named. */
function buyerFields(trade: TradeRecord): [string, string | undefined][] {
  if (trade.buyer)
    return [
      ['buyer_email', trade.buyer.email],
      ['buyer_id', trade.buyer.id],
    ];
  return [
    ['buyer_email', trade.requestedBuyer.email],
    ['buyer_id', trade.requestedBuyer.id],
  ];
}

function time(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : beijingTime(ms);
}

/** The buyer's payable total with the chosen (or, before payment, the first) logistics option. */
export function totalFee(trade: TradeRecord): string {
  return trade.payable[trade.logisticsIndex]!;
}

/** The trade's own fields, common to notifications and returns. */
function tradeFields(trade: TradeRecord): [string, string | undefined][] {
  const option = trade.logistics[trade.logisticsIndex]!;
  return [
    ['out_trade_no', trade.outTradeNo],
    ['trade_no', trade.tradeNo],
    ['subject', trade.subject],
    ['body', trade.body],
    ['payment_type', '1'],
    ['price', trade.price],
    ['quantity', trade.quantity],
    ['discount', trade.discount],
    ['total_fee', totalFee(trade)],
    ['is_total_fee_adjust', 'N'],
    ['use_coupon', 'N'],
    ['trade_status', trade.tradeStatus],
    ['seller_email', trade.seller.email],
    ['seller_id', trade.seller.id],
    ...buyerFields(trade),
    // The seller's shipping entry wins over the option chosen at creation (docs/internals/payment-request.md#logistics, CR p11).
    ['logistics_type', trade.shipping?.transportType ?? option.type],
    ['logistics_fee', option.fee],
    ['logistics_payment', option.payment],
    ['gmt_create', time(trade.gmtCreate)],
    ['gmt_payment', time(trade.gmtPayment)],
    ['gmt_send_goods', time(trade.gmtSendGoods)],
    ['gmt_logistics_modify', time(trade.gmtLogisticsModify)],
    ['gmt_close', time(trade.gmtClose)],
    ...Object.entries(trade.receive),
    // Refund fields only once there is a refund (docs/internals/notifications.md#fields, CR p10).
    ['refund_status', trade.refundStatus ?? undefined],
    ['gmt_refund', trade.refundStatus === null ? undefined : time(trade.gmtRefund)],
  ];
}

function present(fields: [string, string | undefined][]): [string, string][] {
  return fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '');
}

/** An asynchronous notification's parameters (before signing). */
export function notificationFields(trade: TradeRecord, notifyId: string, now: number): [string, string][] {
  return present([
    ['notify_id', notifyId],
    ['notify_type', 'trade_status_sync'],
    ['notify_time', beijingTime(now)],
    ...tradeFields(trade),
  ]);
}

/** The return_url redirect's parameters (before signing). */
export function returnFields(trade: TradeRecord, notifyId: string, now: number): [string, string][] {
  return present([
    ['is_success', 'T'],
    ['notify_id', notifyId],
    ['notify_type', 'trade_status_sync'],
    ['notify_time', beijingTime(now)],
    ...tradeFields(trade),
  ]);
}

/** What {@link signMessage} returns: a message signed as the gateway signs it, ready to send. */
export interface SignedMessage {
  /** Every parameter sent, `sign` and `sign_type` last. */
  pairs: [string, string][];
  /** The pre-sign string (decoded text, without the key). */
  presign: string;
  /** The signature (`sign`): lowercase hex for MD5, base64 for RSA. */
  sign: string;
  /** The pairs form-encoded in `charset` (a POST body, or a query string). */
  encoded: string;
}

/**
 * Signs a message exactly as the gateway does (every parameter but sign/sign_type, empty ones
 * dropped, sorted, the bytes in `charset`) and encodes it for sending.
 */
export async function signMessage(
  fields: [string, string][],
  keys: SignatureKeys,
  charset: Charset,
): Promise<SignedMessage> {
  // Signed as Alipay signs: exactly the fields. A trade never holds an ambiguous value (creating one
  // is refused, gateway/ambiguous-request.ts); signMessage is also exported to reproduce reference
  // notifications, some of which carry a plain `&` in a value.
  const signed = await signParams(fields, keys, { charset, allowAmbiguous: true });
  const pairs: [string, string][] = [
    ...fields.filter(([k]) => k !== 'sign' && k !== 'sign_type'),
    ['sign', signed.sign],
    ['sign_type', signed.signType],
  ];
  return { pairs, presign: signed.presign, sign: signed.sign, encoded: formEncodePairs(pairs, charset) };
}
