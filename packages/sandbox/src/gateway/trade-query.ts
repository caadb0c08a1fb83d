/** `single_trade_query` (docs/internals/query-and-close.md#single_trade_query): by trade_no or out_trade_no; the reply carries the signed `<trade>`. */
import { AlipayEscrowError } from '@alipay-escrow/core';
import type { RawParam } from '@alipay-escrow/core/protocol';
import { signingKeys } from '../config.js';
import type { SandboxContext } from '../context.js';
import type { TradeRecord } from '../store/types.js';
import { givenParam, verifiedCall } from './signed-service.js';
import { queryTradeFields } from './trade-xml-fields.js';
import { recordReply } from './xml-reply.js';

/** The trade named by trade_no and/or a merchant number (both must name the same one). */
export function findTrade(
  ctx: SandboxContext,
  tradeNo: string | undefined,
  outNo: string | undefined,
  outParam: string,
): TradeRecord {
  if (tradeNo === undefined && outNo === undefined) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `Neither trade_no nor ${outParam} is given.`, {
      hint: `Send trade_no or ${outParam}.`,
      field: 'trade_no',
    });
  }
  const byNo = tradeNo === undefined ? undefined : ctx.engine.tradeByTradeNo(tradeNo);
  const byOut = outNo === undefined ? undefined : ctx.engine.trade(outNo);
  const trade = byNo ?? byOut;
  if (trade === undefined || (tradeNo !== undefined && outNo !== undefined && byNo !== byOut)) {
    const named = [
      tradeNo === undefined ? '' : `trade_no ${tradeNo}`,
      outNo === undefined ? '' : `${outParam} ${outNo}`,
    ]
      .filter(Boolean)
      .join(' and ');
    throw new AlipayEscrowError('TRADE_NOT_EXIST', `No trade matches ${named}.`, {
      hint: 'Check the number; a trade exists once the buyer has opened the cashier.',
    });
  }
  return trade;
}

export async function tradeQueryService(raw: RawParam[], ctx: SandboxContext): Promise<Response> {
  const call = await verifiedCall(raw, ctx.config);
  const trade = findTrade(
    ctx,
    givenParam(call.params, 'trade_no'),
    givenParam(call.params, 'out_trade_no'),
    'out_trade_no',
  );
  return recordReply(
    call.params,
    'trade',
    queryTradeFields(trade),
    signingKeys(ctx.config, call.signType)!,
    call.charset,
  );
}
