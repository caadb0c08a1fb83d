/** Paying a trade from the cashier or the test API, test buyer accounts included (see test-buyers.ts). */
import { AlipayEscrowError } from '@alipay-escrow/core';
import type { SandboxContext } from './context.js';
import { applyAction } from './engine/actions.js';
import type { SandboxAccount, TradeRecord } from './store/types.js';
import { TEST_BUYERS, testBuyer, type TestBuyerOutcome } from './test-buyers.js';

/** What became of a payment: paid, or the outcome of a test buyer account. */
export interface PaymentResult {
  /** `paid`, or what the test buyer account did instead. */
  outcome: 'paid' | TestBuyerOutcome;
  /** The trade afterwards (unchanged after `fail` and `hang`). */
  trade: TradeRecord;
}

/**
 * Pays `trade` as `buyer` with logistics option `logistics`. A payment that would be refused
 * anyway (already paid, unknown option, the seller paying) throws the gateway's code whoever pays;
 * otherwise a test buyer account does what {@link TEST_BUYERS} says — `fail` throws SYSTEM_ERROR
 * (409) only when `throwOnFail`, so the cashier can show its own page.
 */
export async function payTrade(
  ctx: SandboxContext,
  trade: TradeRecord,
  buyer: SandboxAccount,
  logistics: number,
  { throwOnFail = true } = {},
): Promise<PaymentResult> {
  const test = testBuyer(buyer.email);
  if (test === undefined)
    return { outcome: 'paid', trade: await ctx.engine.act(trade, { kind: 'pay', buyer, logistics }) };
  const current = ctx.engine.tradeByTradeNo(trade.tradeNo) ?? trade;
  applyAction(current, { kind: 'pay', buyer, logistics }, ctx.config.clock.now()); // the same refusals as a real payment
  switch (test.outcome) {
    case 'fail':
      if (throwOnFail) {
        throw new AlipayEscrowError(
          'SYSTEM_ERROR',
          `The payment by ${test.account.email} failed: that test account's payments always fail.`,
          {
            hint: `Trade ${current.outTradeNo} is still WAIT_BUYER_PAY; pay with another account to pay it.`,
            status: 409,
          },
        );
      }
      return { outcome: 'fail', trade: current };
    case 'hang':
      return { outcome: 'hang', trade: current };
    case 'close':
      return { outcome: 'close', trade: await ctx.engine.act(current, { kind: 'close' }) };
  }
}
