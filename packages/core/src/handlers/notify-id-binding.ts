import type { EscrowContext } from './context.js';

/**
 * Binds the message's notify_id to its trade (out_trade_no, trade_no) on first use, and says why
 * the message must be refused when the id is already bound to another trade: notify_verify only
 * answers whether Alipay issued an id, not for which trade, so an id seen on two trades means one
 * of the messages was made from the other's id. The same id for the same trade (a redelivery, a
 * replay) passes. Null: no conflict (or no notify_id to bind: gateway replies carry none).
 */
export async function notifyIdConflict(ctx: EscrowContext, params: Record<string, string>, at?: Date): Promise<string | null> {
  const notifyId = params['notify_id'];
  const outTradeNo = params['out_trade_no'];
  if (!notifyId || !outTradeNo) return null;
  const tradeNo = params['trade_no'] || null;
  const held = await ctx.store.bindNotifyId({ notifyId, outTradeNo, tradeNo, at: (at ?? ctx.now()).toISOString() });
  if (held.outTradeNo !== outTradeNo) {
    return `notify_id ${notifyId} was first used for order ${held.outTradeNo}; refused for order ${outTradeNo}.`;
  }
  if (held.tradeNo !== null && tradeNo !== null && held.tradeNo !== tradeNo) {
    return `notify_id ${notifyId} was first used for trade_no ${held.tradeNo}; refused for trade_no ${tradeNo}.`;
  }
  return null;
}
