// Effects a tool with deferEffects left pending (the CLI's replay/reconcile) are run by the app's
// next sweep, once; a hook that throws there is reported to onStuck and run again next time.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/index.js';
import { deliver, notification, orderInput, shop } from '../handlers/harness.js';

async function deferredPayment(outTradeNo: string) {
  const store = createMemoryStore();
  const app = shop(store);
  const paid = await notification({ outTradeNo, tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
  // Paid before the app had the order: an UNKNOWN_ORDER anomaly, then the order is created…
  expect((await deliver(app.escrow, paid)).body).toBe('fail');
  await app.escrow.createPayment(orderInput(outTradeNo));
  const [entry] = await app.escrow.listLog({ outTradeNo, verdicts: ['anomaly'] });
  // …and replayed from outside the app, which cannot call its hooks.
  const outside = shop(store, { hooks: {}, deferEffects: true });
  const replayed = await outside.escrow.replay(entry!.id);
  expect(replayed).toMatchObject({ verdict: 'applied', code: 'EFFECTS_DEFERRED' });
  return { store, app };
}

describe('sweep runs deferred effects', () => {
  it('runs onPaid and onTransition once, on the first sweep after the replay', async () => {
    const { app } = await deferredPayment('DS-1');
    expect(app.hooks.events).toEqual([]);
    const first = await app.escrow.sweep();
    expect(first.effectsRun).toEqual([
      { outTradeNo: 'DS-1', keys: [expect.stringContaining('paid'), expect.stringContaining('transition')] },
    ]);
    expect(app.hooks.events.map((e) => e.kind)).toEqual(['paid', 'transition']);
    const second = await app.escrow.sweep();
    expect(second.effectsRun).toEqual([]);
    expect(app.hooks.events).toHaveLength(2);
  });

  it('reports a hook that throws as effects_owed, and runs it again on the next sweep', async () => {
    const { app } = await deferredPayment('DS-2');
    app.hooks.failures.paid = 1;
    const stuck: string[] = [];
    const withStuck = shop(app.store, {
      hooks: { ...app.hooks.hooks(), onStuck: (report) => void stuck.push(`${report.reason}:${report.code}`) },
    });
    const first = await withStuck.escrow.sweep();
    expect(first.effectsRun).toEqual([]);
    expect(stuck).toEqual(['effects_owed:HOOK_FAILED']);
    const second = await withStuck.escrow.sweep();
    expect(second.effectsRun).toEqual([
      { outTradeNo: 'DS-2', keys: [expect.stringContaining('paid'), expect.stringContaining('transition')] },
    ]);
    expect(app.hooks.events.filter((e) => e.kind === 'paid')).toHaveLength(2); // the throw, then the run that succeeded
  });
});
