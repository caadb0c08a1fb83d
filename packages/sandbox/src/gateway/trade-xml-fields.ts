/** A trade as the gateway's XML describes it: `<tradeBase>` (send goods, S table 5-1) and `<trade>` (single_trade_query, docs/internals/query-and-close.md#single_trade_query). */
import type { TradeRecord } from '../store/types.js';
import { totalFee } from '../engine/message-fields.js';
import { beijingTime } from '../time-format.js';

/** `buyer_actions` / `seller_actions` in each status (S table 9-5; EXTEND_TIMEOUT as in the sample). */
function actions(trade: TradeRecord): { buyer: string; seller: string } {
  switch (trade.tradeStatus) {
    case 'WAIT_BUYER_PAY':
      return { buyer: '[PAY]', seller: '[MODIFY_TRADE,CLOSE_TRADE]' };
    case 'WAIT_SELLER_SEND_GOODS':
      return { buyer: '[REFUND]', seller: '[SEND_GOODS]' };
    case 'WAIT_BUYER_CONFIRM_GOODS':
      return { buyer: '[REFUND,CONFIRM_GOODS]', seller: '[EXTEND_TIMEOUT]' };
    default:
      return { buyer: '', seller: '' };
  }
}

function time(ms: number | undefined): string {
  return ms === undefined ? '' : beijingTime(ms);
}

/** A 20-digit account number like the sample's (user id + 0156). */
function accountNo(id: string | undefined): string {
  return id === undefined ? '' : `${id}0156`;
}

export function tradeBaseFields(trade: TradeRecord): [string, string][] {
  const a = actions(trade);
  return [
    ['buyer_account', accountNo(trade.buyer?.id)],
    ['buyer_actions', a.buyer],
    ['buyer_login_email', trade.buyer?.email ?? ''],
    ['buyer_type', trade.buyer ? 'PRIVATE_ACCOUNT' : ''],
    ['buyer_user_id', trade.buyer?.id ?? ''],
    ['channel', 'interface/digital'],
    ['create_time', beijingTime(trade.gmtCreate)],
    ['currency', '156'],
    ['gathering_type', '1'],
    ['last_modified_time', beijingTime(trade.lastModified)],
    ['operator_role', 'S'],
    ['out_trade_no', trade.outTradeNo],
    ['partner_id', trade.partner],
    ['seller_account', accountNo(trade.seller.id)],
    ['seller_actions', a.seller],
    ['seller_login_email', trade.seller.email],
    ['seller_type', 'PRIVATE_ACCOUNT'],
    ['seller_user_id', trade.seller.id],
    ['service_fee', '0.00'],
    ['service_fee_ratio', '0.0'],
    ['stop_timeout', 'F'],
    ['total_fee', totalFee(trade)],
    ['trade_from', 'INST_PARTNER'],
    ['trade_no', trade.tradeNo],
    ['trade_status', trade.tradeStatus],
    ['trade_type', 'S'],
  ];
}

export function queryTradeFields(trade: TradeRecord): [string, string][] {
  const total = totalFee(trade);
  const refunded = trade.refundStatus === 'REFUND_SUCCESS';
  const paidOut = trade.tradeStatus === 'TRADE_FINISHED' && !refunded;
  return [
    ['body', trade.body ?? ''],
    ['buyer_email', trade.buyer?.email ?? ''],
    ['buyer_id', trade.buyer?.id ?? ''],
    ['discount', trade.discount],
    ['flag_trade_locked', '0'],
    ['gmt_close', time(trade.gmtClose)],
    ['gmt_create', beijingTime(trade.gmtCreate)],
    ['gmt_last_modified_time', beijingTime(trade.lastModified)],
    ['gmt_payment', time(trade.gmtPayment)],
    ['gmt_send_goods', time(trade.gmtSendGoods)],
    ['gmt_refund', trade.refundStatus === null ? '' : time(trade.gmtRefund)],
    ['is_total_fee_adjust', 'F'],
    ['operator_role', 'B'],
    ['out_trade_no', trade.outTradeNo],
    ['payment_type', '1'],
    ['price', trade.price],
    ['quantity', trade.quantity],
    ['refund_status', trade.refundStatus ?? ''],
    ['seller_email', trade.seller.email],
    ['seller_id', trade.seller.id],
    ['subject', trade.subject],
    ['to_buyer_fee', refunded ? total : '0.00'],
    ['to_seller_fee', paidOut ? total : '0.00'],
    ['total_fee', total],
    ['trade_no', trade.tradeNo],
    ['trade_status', trade.tradeStatus],
    ['use_coupon', 'F'],
  ];
}
