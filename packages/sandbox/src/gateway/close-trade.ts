/** `close_trade` (docs/internals/query-and-close.md#close_trade): by trade_no or out_order_no (sic); only an unpaid trade closes. */
import type { RawParam } from '@alipay-escrow/core/protocol';
import type { SandboxContext } from '../context.js';
import { givenParam, verifiedCall } from './signed-service.js';
import { findTrade } from './trade-query.js';
import { bareSuccessReply } from './xml-reply.js';

export async function closeTradeService(raw: RawParam[], ctx: SandboxContext): Promise<Response> {
  const call = await verifiedCall(raw, ctx.config);
  const trade = findTrade(
    ctx,
    givenParam(call.params, 'trade_no'),
    givenParam(call.params, 'out_order_no'),
    'out_order_no',
  );
  await ctx.engine.act(trade, { kind: 'close' });
  return bareSuccessReply();
}
