import { AlipayEscrowError } from '../../errors/error.js';
import type { TradeReply } from '../../gateway/types.js';
import { beijingNoticeTime, usableNoticeTime } from '../../escrow/notice-time.js';
import type { OrderRecord } from '../../store/types.js';
import { wrongTradeError } from './operation-errors.js';

const HINT =
  'Nothing was applied. Check that gatewayUrl and partner are the ones this order was created with, then call reconcile(outTradeNo) again.';

/**
 * Why a gateway trade record may not be applied to `order`, or null when it may: the record must
 * name the order's out_trade_no (a record that names none could be about any trade), and once the
 * order knows Alipay's trade number, the record's trade_no must be that one. Both are refused as
 * GATEWAY_RESPONSE_INVALID.
 */
export function replyBindingError(call: string, order: OrderRecord, reply: TradeReply): AlipayEscrowError | null {
  if (reply.outTradeNo === undefined) {
    return new AlipayEscrowError(
      'GATEWAY_RESPONSE_INVALID',
      `${call}: the gateway's trade record names no out_trade_no, so nothing ties it to order ${order.outTradeNo}.`,
      { hint: HINT, status: 502 },
    );
  }
  if (reply.outTradeNo !== order.outTradeNo) return wrongTradeError(call, order.outTradeNo, reply.outTradeNo);
  if (order.tradeNo !== null && reply.tradeNo !== order.tradeNo) {
    return new AlipayEscrowError(
      'GATEWAY_RESPONSE_INVALID',
      `${call}: order ${order.outTradeNo} is Alipay trade ${order.tradeNo}, but the gateway's record is about trade ${reply.tradeNo}.`,
      { hint: HINT, status: 502 },
    );
  }
  return null;
}

/**
 * A gateway trade record (single_trade_query `<trade>`, send-goods `<tradeBase>`) as the
 * parameters the pipeline reads: `seller_user_id` / `seller_login_email` (the send-goods names)
 * stand in for `seller_id` / `seller_email`, and `out_trade_no` is the merchant's number.
 */
export function gatewayTradeParams(reply: TradeReply, outTradeNo: string): Record<string, string> {
  const trade = reply.trade;
  const params: Record<string, string> = {
    ...trade,
    trade_no: reply.tradeNo,
    trade_status: reply.tradeStatus,
    out_trade_no: outTradeNo,
  };
  if (!params['seller_id'] && trade['seller_user_id']) params['seller_id'] = trade['seller_user_id'];
  if (!params['seller_email'] && trade['seller_login_email']) params['seller_email'] = trade['seller_login_email'];
  return params;
}

/**
 * The time a gateway trade record is to be ordered at against notifications ('yyyy-MM-dd
 * HH:mm:ss', Beijing time), or undefined when it states no refund (see escrow/notice-time.ts):
 * its last-modified time (`gmt_last_modified_time` in single_trade_query, `last_modified_time` in
 * send goods), else `askedAt`, when the merchant sent the call.
 */
export function replyNoticeTime(reply: TradeReply, askedAt: Date): string | undefined {
  const trade = reply.trade;
  if (!trade['refund_status']) return undefined;
  return usableNoticeTime(trade['gmt_last_modified_time'] || trade['last_modified_time']) ?? beijingNoticeTime(askedAt);
}
