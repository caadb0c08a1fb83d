import type { TradeReply } from '../gateway/types.js';

/**
 * A gateway trade record (single_trade_query `<trade>`, send-goods `<tradeBase>`) as the
 * parameters the pipeline reads: `seller_user_id` / `seller_login_email` (the send-goods names)
 * stand in for `seller_id` / `seller_email`, and `out_trade_no` is the merchant's number.
 */
export function gatewayTradeParams(reply: TradeReply, outTradeNo: string): Record<string, string> {
  const trade = reply.trade;
  const params: Record<string, string> = { ...trade, trade_no: reply.tradeNo, trade_status: reply.tradeStatus, out_trade_no: outTradeNo };
  if (!params['seller_id'] && trade['seller_user_id']) params['seller_id'] = trade['seller_user_id'];
  if (!params['seller_email'] && trade['seller_login_email']) params['seller_email'] = trade['seller_login_email'];
  return params;
}
