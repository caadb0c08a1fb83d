/**
 * The business fields of a trade_status_sync message, shaped like the real ones (docs/internals/notifications.md#fields, the
 * oracle vectors): which gmt_* times appear depends on how far the trade got, refund fields
 * only when there is a refund.
 */
import { TEST_DEFAULTS } from './defaults.js';
import { formatAlipayTime, parseAlipayTime } from './alipay-time.js';
import type { TestNotificationInput } from './input.js';
import { testTradeNo } from './test-ids.js';

const MINUTE = 60_000;
const PAID = new Set(['WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED', 'TRADE_SUCCESS']);
const SHIPPED = new Set(['WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED']);
const ENDED = new Set(['TRADE_FINISHED', 'TRADE_CLOSED']);

/** Insertion-ordered fields (the order they are sent in), before `extra`, sign and sign_type. */
export function messageParams(input: TestNotificationInput, notifyId: string): Record<string, string> {
  const notifyTime = input.notifyTime ?? formatAlipayTime(new Date());
  const base = (parseAlipayTime(notifyTime) ?? new Date()).getTime();
  const at = (minutesBefore: number) => formatAlipayTime(new Date(base - minutesBefore * MINUTE));
  const status = input.tradeStatus;
  const refund = input.refundStatus !== undefined && input.refundStatus !== '';
  // A closed trade with a refund was paid first (docs/internals/lifecycle.md#after-a-refund, CR p10: refund succeeded before shipping).
  const paid = PAID.has(status) || (status === 'TRADE_CLOSED' && refund);

  const p: Record<string, string> = {
    discount: '0.00',
    payment_type: '1',
    subject: input.subject ?? TEST_DEFAULTS.subject,
    trade_no: input.tradeNo ?? testTradeNo(input.outTradeNo),
    buyer_email: input.buyerEmail ?? TEST_DEFAULTS.buyerEmail,
    gmt_create: at(30),
  };
  if (paid) p['gmt_payment'] = at(20);
  if (SHIPPED.has(status)) {
    p['gmt_send_goods'] = at(10);
    p['gmt_logistics_modify'] = at(10);
  }
  if (ENDED.has(status)) p['gmt_close'] = at(0);
  Object.assign(p, {
    notify_type: 'trade_status_sync',
    quantity: input.quantity ?? '1',
    out_trade_no: input.outTradeNo,
    seller_id: input.sellerId ?? TEST_DEFAULTS.sellerId,
    notify_time: notifyTime,
    trade_status: status,
    is_total_fee_adjust: 'N',
    total_fee: input.totalFee,
    seller_email: input.sellerEmail ?? TEST_DEFAULTS.sellerEmail,
    price: input.price ?? input.totalFee,
    buyer_id: input.buyerId ?? TEST_DEFAULTS.buyerId,
    notify_id: notifyId,
    use_coupon: 'N',
    logistics_type: 'EXPRESS',
    logistics_fee: '0.00',
    logistics_payment: 'SELLER_PAY',
  });
  if (refund) {
    p['refund_status'] = input.refundStatus!;
    p['gmt_refund'] = at(1);
  }
  for (const [k, v] of Object.entries(input.extra ?? {})) {
    if (k === 'sign' || k === 'sign_type') continue; // placed after signing, see signMessage
    if (v === '') delete p[k];
    else p[k] = v;
  }
  return p;
}
