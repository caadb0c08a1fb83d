/** `close_trade` (docs/internals/query-and-close.md#close_trade): close an unpaid trade by trade_no or out_order_no (sic). */
import { AlipayEscrowError } from '../errors/error.js';
import type { GatewayContext } from './options.js';
import { childPairs } from './reply.js';
import { checkReplySign } from './reply-sign.js';
import { callSigned } from './signed-call.js';
import { refusalOf } from './trade-reply.js';
import type { CloseTradeInput, CloseTradeResult } from './types.js';
import { checkText, requireOneOf } from './validate.js';

const SERVICE = 'close_trade';
const CALL = 'closeTrade';

export function closeTradeParams(input: CloseTradeInput): Record<string, string | undefined> {
  if (typeof input !== 'object' || input === null) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `${CALL}: the input must be an object.`, {
      hint: 'Pass { tradeNo } or { outOrderNo }.',
    });
  }
  const params = {
    trade_no: checkText(input.tradeNo, { call: CALL, option: 'tradeNo', param: 'trade_no' }, 16, 64, false),
    out_order_no: checkText(
      input.outOrderNo,
      { call: CALL, option: 'outOrderNo', param: 'out_order_no' },
      1,
      64,
      false,
    ),
  };
  requireOneOf(CALL, { tradeNo: params.trade_no, outOrderNo: params.out_order_no }, 'trade_no');
  return params;
}

export async function closeTrade(ctx: GatewayContext, input: CloseTradeInput): Promise<CloseTradeResult> {
  const reply = await callSigned(ctx, SERVICE, closeTradeParams(input));
  if (!reply.ok) return await refusalOf(ctx, reply, SERVICE);
  // The documented success reply is a bare is_success=T. Should one carry <response><x>…</x>,
  // its children are what a sign would cover, as for the other calls (docs/internals/signing.md#xml-reply-sign).
  const content = reply.response?.children[0];
  const signVerified = await checkReplySign(ctx, reply, content ? childPairs(content, SERVICE) : undefined, SERVICE);
  return { ok: true, signVerified, raw: reply.raw };
}
