import type { EscrowDeps } from '../deps.js';
import { applyLogged } from '../pipeline/apply-logged.js';
import { refusalError, unknownOrderError } from './operation-errors.js';
import { logGatewayReply, logRefusedReply } from './gateway-reply-log.js';
import { gatewayTradeParams, replyBindingError, replyNoticeTime } from './gateway-reply.js';
import { settleLog } from '../log/settle-log.js';
import type { ApplyOutcome } from '../types.js';

const encoder = new TextEncoder();

/**
 * Asks single_trade_query how Alipay sees the trade and applies that through the same pipeline
 * (channel 'reconcile'): use it when notifications stopped, or after resolving an anomaly.
 * Every reply is logged. Thrown, with the reply logged as rejected and nothing applied: a refusal
 * (TRADE_NOT_EXIST, …); RESPONSE_SIGN_INVALID for a record whose sign is wrong or missing (while
 * the client checks signs, its default); GATEWAY_RESPONSE_INVALID for a record that names no
 * out_trade_no, another order, or another trade_no than the order's.
 * A record that states the refund is ordered against notifications by its last-modified time
 * (reply-notice-time.ts), so an older notice delivered later cannot reopen a refund.
 */
export async function reconcile(deps: EscrowDeps, outTradeNo: string): Promise<ApplyOutcome> {
  const order = await deps.store.getOrder(outTradeNo);
  if (order === undefined) throw unknownOrderError(outTradeNo);
  const askedAt = deps.now();
  let reply;
  try {
    reply = await deps.gateway.singleTradeQuery({ outTradeNo });
  } catch (error) {
    await logRefusedReply(deps, 'reconcile', outTradeNo, error);
    throw error;
  }

  // our own call over the gateway's TLS; proven Alipay's own words when its sign was checked
  const entry = await logGatewayReply(deps, 'reconcile', encoder.encode(reply.raw), reply.signVerified);

  if (!reply.ok) {
    await settleLog(deps.store, entry.id, {
      outTradeNo,
      verdict: 'rejected',
      code: reply.error,
      detail: `single_trade_query refused: ${reply.error}`,
      reply: null,
    });
    throw refusalError('reconcile', reply);
  }
  // read again: a notification may have told us Alipay's trade number while the query was out
  const unbound = replyBindingError('reconcile', (await deps.store.getOrder(outTradeNo)) ?? order, reply);
  if (unbound !== null) {
    await settleLog(deps.store, entry.id, {
      outTradeNo,
      verdict: 'rejected',
      code: unbound.code,
      detail: unbound.message,
      reply: null,
    });
    throw unbound;
  }
  const params = gatewayTradeParams(reply, outTradeNo);
  const noticeTime = replyNoticeTime(reply, askedAt);
  const input = {
    channel: 'reconcile' as const,
    logId: entry.id,
    params,
    ...(noticeTime === undefined ? {} : { noticeTime }),
  };
  return (await applyLogged(deps, input, 'single_trade_query')).outcome;
}
