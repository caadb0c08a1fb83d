import type { EscrowContext } from './context.js';
import { applyLogged } from './apply-logged.js';
import { refusalError, unknownOrderError, wrongTradeError } from './gateway-failure.js';
import { gatewayTradeParams } from './gateway-trade-params.js';
import { newLogEntry } from './log-entry.js';
import { settleLog } from './settle-log.js';
import type { ApplyOutcome } from './types.js';

const encoder = new TextEncoder();

/**
 * Asks single_trade_query how Alipay sees the trade and applies that through the same pipeline
 * (channel 'reconcile'): use it when notifications stopped, or after resolving an anomaly.
 * The reply is logged; a refusal (TRADE_NOT_EXIST, …) is logged and thrown.
 */
export async function reconcile(ctx: EscrowContext, outTradeNo: string): Promise<ApplyOutcome> {
  const order = await ctx.store.getOrder(outTradeNo);
  if (order === undefined) throw unknownOrderError(outTradeNo);
  const reply = await ctx.gateway.singleTradeQuery({ outTradeNo });

  const entry = await newLogEntry({
    channel: 'reconcile',
    method: 'POST',
    raw: encoder.encode(reply.raw),
    // our own call over the gateway's TLS; proven Alipay's own words when its sign was checked
    authenticity: reply.signVerified === true ? 'verified' : 'none',
    headers: {},
    remoteAddress: null,
    receivedAt: ctx.now(),
  });
  await ctx.store.appendLog(entry);

  if (!reply.ok) {
    await settleLog(ctx.store, entry.id, { outTradeNo, verdict: 'rejected', code: reply.error, detail: `single_trade_query refused: ${reply.error}`, reply: null });
    throw refusalError('reconcile', reply);
  }
  if (reply.outTradeNo !== undefined && reply.outTradeNo !== outTradeNo) {
    await settleLog(ctx.store, entry.id, { outTradeNo, verdict: 'rejected', code: 'GATEWAY_RESPONSE_INVALID', detail: `The reply is about order ${reply.outTradeNo}.`, reply: null });
    throw wrongTradeError('reconcile', outTradeNo, reply.outTradeNo);
  }
  const params = gatewayTradeParams(reply, outTradeNo);
  return (await applyLogged(ctx, { channel: 'reconcile', logId: entry.id, params }, 'single_trade_query')).outcome;
}
