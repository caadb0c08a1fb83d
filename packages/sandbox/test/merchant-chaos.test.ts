// The chaos run (see chaos-run.ts): 1,000 orders with duplicated, dropped and reordered
// notifications, a merchant store that fails ~5% of its writes and hooks that fail ~2% of their
// calls. At the end — after the whole retry schedule, and a reconcile for the orders the
// notifications cannot settle — every merchant order equals the sandbox's trade, every effect is
// done, and every hook ran successfully exactly once, or once more for each successful run whose
// completion write was lost (the at-least-once window the idempotency key is for). No order counts
// a refund cycle the buyer never applied for (a phantom cycle: a late WAIT_SELLER_AGREE after
// SELLER_REFUSE_BUYER taken for a new application), and notifications alone settle the orders
// ending in an open refund after a refusal too. The figures are printed.
import { describe, expect, it } from 'vitest';
import { runChaos, type ChaosRunOptions, type ChaosRunResult } from './chaos-run.js';

const CHAOS = { dup: 0.3, drop: 0.2, reorder: true, seed: 42 };

function check(run: ChaosRunResult): void {
  const { figures, results, hooks, lostCompletions, effects } = run;
  console.log(`chaos run (${figures.transport}): ${JSON.stringify(figures, null, 1)}`);

  // Every merchant order equals the sandbox's trade.
  const differing = results.filter(
    (r) => r.sandbox.tradeStatus !== r.merchant.tradeStatus || r.sandbox.refundStatus !== r.merchant.refundStatus,
  );
  expect(differing).toEqual([]);
  // Notifications alone settled every order whose notifications did not all run out — those
  // ending in an open refund after a refusal included (refund moves are ordered by notify_time).
  const unsettled = results.filter((r) => !r.matchedByNotifications && r.exhausted === 0);
  expect(unsettled).toEqual([]);
  // No phantom refund cycle: never more cycles than the buyer's applications.
  const phantom = results
    .filter((r) => r.refundCycle > r.applications)
    .map((r) => `${r.outTradeNo} (${r.flow}): ${r.refundCycle} cycles for ${r.applications} applications`);
  expect(phantom).toEqual([]);
  expect(figures.phantomRefundCycles).toBe(0);
  expect(results.filter((r) => !r.matchedByNotifications).length).toBeLessThan(figures.orders / 10);
  expect(results.every((r) => r.effectsDone)).toBe(true);

  // Every effect's hook ran successfully once, plus once per lost completion.
  let checked = 0;
  for (const [id, list] of effects) {
    for (const e of list) {
      expect(e.status, e.key).toBe('done');
      expect(hooks.ok.get(e.key) ?? 0, e.key).toBe(1 + (lostCompletions.get(e.key) ?? 0));
      checked++;
    }
    expect(hooks.keysOf(id).sort()).toEqual(list.map((e) => e.key).sort());
  }
  expect(checked).toBeGreaterThan(figures.orders * 2);

  // The milestones agree with where each trade ended.
  for (const r of results) {
    const keys = new Set(effects.get(r.outTradeNo)!.map((e) => e.key.slice(r.outTradeNo.length + 1)));
    const t = r.sandbox.tradeStatus;
    if (t === 'WAIT_SELLER_SEND_GOODS' || t === 'WAIT_BUYER_CONFIRM_GOODS' || t === 'TRADE_FINISHED')
      expect(keys.has('paid'), r.outTradeNo).toBe(true);
    if (t === 'WAIT_BUYER_CONFIRM_GOODS' || t === 'TRADE_FINISHED')
      expect(keys.has('shipped'), r.outTradeNo).toBe(true);
    if (t === 'TRADE_FINISHED') expect(keys.has('finished'), r.outTradeNo).toBe(true);
    if (t === 'TRADE_CLOSED') expect(keys.has('closed'), r.outTradeNo).toBe(true);
    if (r.sandbox.refundStatus !== null)
      expect(
        [...keys].some((k) => k.startsWith('refund:') && k.endsWith(`:${r.sandbox.refundStatus}`)),
        r.outTradeNo,
      ).toBe(true);
  }

  // The chaos really happened.
  expect(figures.duplicates).toBeGreaterThan(0);
  expect(figures.drops).toBeGreaterThan(0);
  expect(figures.storeFaults).toBeGreaterThan(0);
  expect(figures.retries).toBeGreaterThan(figures.drops);
}

const BASE: Omit<ChaosRunOptions, 'orders' | 'transport'> = {
  chaos: CHAOS,
  seed: 7,
  storeFaultRate: 0.05,
  hookFaultRate: 0.02,
};

describe('chaos', () => {
  it('1,000 orders over real HTTP on 127.0.0.1: merchant orders equal the sandbox trades, every effect ran once', {
    timeout: 120_000,
  }, async () => {
    check(await runChaos({ ...BASE, orders: 1000, transport: 'http' }));
  });

  it('1,000 more orders in process (the sandbox calls handleNotify directly), another seed: the same', {
    timeout: 120_000,
  }, async () => {
    check(await runChaos({ ...BASE, orders: 1000, transport: 'in-process', seed: 8 }));
  });
});
