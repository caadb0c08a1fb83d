import type { NotifyIdBinding } from '../../store/types.js';
import { isoText } from '../iso-text.js';

/**
 * The binding of the message's notify_id to its trade (out_trade_no, trade_no) that the first
 * step (`receive`) makes unless the id is bound already; undefined when the message carries no
 * notify_id or no out_trade_no (gateway replies carry none).
 */
export function notifyIdBindingOf(params: Record<string, string>, at: Date): NotifyIdBinding | undefined {
  const notifyId = params['notify_id'];
  const outTradeNo = params['out_trade_no'];
  if (!notifyId || !outTradeNo) return undefined;
  return { notifyId, outTradeNo, tradeNo: params['trade_no'] || null, at: isoText(at) };
}

/**
 * Why the message must be refused, given the binding that holds for its notify_id: notify_verify
 * only answers whether Alipay issued an id, not for which trade, so an id seen on two trades means
 * one of the messages was made from the other's id. The same id for the same trade (a
 * redelivery, a replay) passes. Null: no conflict (or nothing was bound).
 */
export function notifyIdConflict(
  params: Record<string, string>,
  held: Pick<NotifyIdBinding, 'outTradeNo' | 'tradeNo'> | undefined,
): string | null {
  if (held === undefined) return null;
  const notifyId = params['notify_id'];
  const outTradeNo = params['out_trade_no'];
  const tradeNo = params['trade_no'] || null;
  if (held.outTradeNo !== outTradeNo) {
    return `notify_id ${notifyId} was first used for order ${held.outTradeNo}; refused for order ${outTradeNo}.`;
  }
  if (held.tradeNo !== null && tradeNo !== null && held.tradeNo !== tradeNo) {
    return `notify_id ${notifyId} was first used for trade_no ${held.tradeNo}; refused for trade_no ${tradeNo}.`;
  }
  return null;
}
