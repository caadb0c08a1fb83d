/** `single_trade_query` (docs/internals/query-and-close.md#single_trade_query): the trade as Alipay sees it, by trade_no or out_trade_no. */
import { AlipayEscrowError } from '../errors/error.js';
import type { GatewayContext } from './options.js';
import { callSigned } from './signed-call.js';
import { tradeResultOf } from './trade-reply.js';
import type { TradeQueryInput, TradeQueryResult } from './types.js';
import { checkText, requireOneOf } from './validate.js';

const SERVICE = 'single_trade_query';
const CALL = 'singleTradeQuery';

export function tradeQueryParams(input: TradeQueryInput): Record<string, string | undefined> {
  if (typeof input !== 'object' || input === null) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `${CALL}: the input must be an object.`, {
      hint: 'Pass { tradeNo } or { outTradeNo }.',
    });
  }
  const params = {
    trade_no: checkText(input.tradeNo, { call: CALL, option: 'tradeNo', param: 'trade_no' }, 16, 64, false),
    out_trade_no: checkText(
      input.outTradeNo,
      { call: CALL, option: 'outTradeNo', param: 'out_trade_no' },
      1,
      64,
      false,
    ),
  };
  requireOneOf(CALL, { tradeNo: params.trade_no, outTradeNo: params.out_trade_no }, 'trade_no');
  return params;
}

export async function singleTradeQuery(ctx: GatewayContext, input: TradeQueryInput): Promise<TradeQueryResult> {
  const reply = await callSigned(ctx, SERVICE, tradeQueryParams(input));
  return await tradeResultOf(ctx, reply, 'trade', SERVICE);
}
