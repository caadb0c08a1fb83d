/**
 * Turning a parsed reply into the typed result of a trade call (send goods: `<tradeBase>`,
 * single_trade_query: `<trade>`), checking the reply's sign on the way.
 */
import { xmlChild } from '../protocol/xml.js';
import type { GatewayContext } from './options.js';
import { childPairs, invalidReply, type GatewayReply } from './reply.js';
import { refusingReply } from './refused-reply.js';
import { checkReplySign } from './reply-sign.js';
import type { GatewayRefusal, TradeReply } from './types.js';

/** Codes after which the same call may simply be sent again (docs/internals/send-goods.md#retrying: the interface is idempotent, SR p6). */
const RETRYABLE = new Set(['RETRY', 'SYSTEM_ERROR']);

const encoder = new TextEncoder();

/**
 * The typed result of a trade call: the record on is_success=T, the refusal otherwise. A reply
 * that cannot be read or whose sign fails throws with the reply kept for the log (refused-reply.ts).
 */
export async function tradeResultOf(
  ctx: GatewayContext,
  reply: GatewayReply,
  element: 'tradeBase' | 'trade',
  service: string,
): Promise<TradeReply | GatewayRefusal> {
  return await refusingReply<TradeReply | GatewayRefusal>(
    () => encoder.encode(reply.raw),
    () => (reply.ok ? tradeReplyOf(ctx, reply, element, service) : refusalOf(ctx, reply, service)),
  );
}

/** is_success=F: the sign (if any) covers `<error>` only (docs/internals/signing.md#xml-reply-sign). */
export async function refusalOf(ctx: GatewayContext, reply: GatewayReply, service: string): Promise<GatewayRefusal> {
  const error = reply.error!;
  const signVerified = await checkReplySign(ctx, reply, [['error', error]], service);
  return { ok: false, error, retryable: RETRYABLE.has(error), signVerified, raw: reply.raw };
}

/**
 * is_success=T with `<response><{element}>…`: the trade record, its required fields, its sign. The
 * record is what reconcile and sendGoods apply to orders, so its sign is required (an absent or
 * empty `<sign>` throws RESPONSE_SIGN_INVALID) unless verifyResponseSign is off.
 */
export async function tradeReplyOf(
  ctx: GatewayContext,
  reply: GatewayReply,
  element: 'tradeBase' | 'trade',
  service: string,
): Promise<TradeReply> {
  const record = reply.response ? xmlChild(reply.response, element) : undefined;
  if (!record) throw invalidReply(service, `the reply says is_success=T but has no <response><${element}>`);
  const pairs = childPairs(record, service);
  const signVerified = await checkReplySign(ctx, reply, pairs, service, true);
  const trade = Object.fromEntries(pairs);
  const tradeNo = trade['trade_no'];
  const tradeStatus = trade['trade_status'];
  if (!tradeNo) throw invalidReply(service, `<${element}> has no trade_no`);
  if (!tradeStatus) throw invalidReply(service, `<${element}> has no trade_status`);
  const outTradeNo = trade['out_trade_no'] || trade['out_order_no'];
  return {
    ok: true,
    tradeNo,
    ...(outTradeNo ? { outTradeNo } : {}),
    tradeStatus,
    trade,
    signVerified,
    raw: reply.raw,
  };
}
