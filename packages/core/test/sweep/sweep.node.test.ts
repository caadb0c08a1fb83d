// escrow.sweep on every store engine: its options, unresolved anomalies, and onStuck wiring. The
// gateway flows (reconcile, gateway failures, 1,000 orders) run against the sandbox in
// packages/sandbox/test/sweep.test.ts.
import { describe, expect, it } from 'vitest';
import type { StuckReport } from '../../src/sweep/types.js';
import { createEscrow } from '../../src/escrow-app/create-escrow.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { deliver, manualClock, merchant, notification, orderInput, shop } from '../handlers/harness.js';
import { storeFactories } from '../stores/factories.node.js';

const HOUR = 3_600_000;

describe('sweep options', () => {
  const escrow = createEscrow({ merchant: merchant(), store: createMemoryStore(), logger: null });
  it.each([
    [{ unpaidHours: 0 }, 'unpaidHours'],
    [{ unshippedDays: 1.5 }, 'unshippedDays'],
    [{ refundOpenDays: 366 }, 'refundOpenDays'],
    [{ concurrency: 33 }, 'concurrency'],
    [{ reconcile: 'yes' }, 'reconcile'],
    [{ everyMinutes: 5 }, 'everyMinutes'],
  ])('refuses %j before doing anything', async (options, field) => {
    await expect(escrow.sweep(options as never)).rejects.toMatchObject({ code: 'CONFIG_INVALID', field });
  });

  it('refuses an onStuck hook that is not a function', () => {
    expect(() =>
      createEscrow({ merchant: merchant(), store: createMemoryStore(), hooks: { onStuck: 'page me' as never } }),
    ).toThrow(/hooks.onStuck must be a function/);
  });
});

describe.each(storeFactories())('sweep on $name', (factory) => {
  it('reports an unresolved anomaly once, and no more once a message about its order was applied', async () => {
    const { store, close } = await factory.create();
    try {
      const clock = manualClock();
      const reports: StuckReport[] = [];
      const s = shop(store, { now: clock, hooks: { onStuck: (r) => void reports.push(r) } });
      await s.escrow.createPayment(orderInput('AN-1'));
      const wrong = await notification({
        outTradeNo: 'AN-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '99.00',
      });
      expect((await deliver(s.escrow, wrong)).body).toBe('success');
      const [anomaly] = await s.escrow.listLog({ outTradeNo: 'AN-1', verdicts: ['anomaly'] });

      clock.advance(2 * HOUR);
      expect((await s.escrow.sweep({ reconcile: false })).reported).toEqual([]); // younger than 24 hours
      clock.advance(23 * HOUR);
      const first = await s.escrow.sweep({ reconcile: false, unpaidHours: 100 });
      expect(first.reported).toEqual([
        expect.objectContaining({
          reason: 'anomaly_unresolved',
          outTradeNo: 'AN-1',
          code: 'AMOUNT_MISMATCH',
          logId: anomaly!.id,
          since: anomaly!.receivedAt,
        }),
      ]);
      expect((await s.escrow.sweep({ reconcile: false, unpaidHours: 100 })).alreadyReported).toBe(1);

      const right = await notification({ outTradeNo: 'AN-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
      expect((await deliver(s.escrow, right)).body).toBe('success');
      clock.advance(HOUR);
      const after = await s.escrow.sweep({ reconcile: false, unpaidHours: 100, unshippedDays: 10 });
      expect(after).toMatchObject({ examined: 0, reported: [], alreadyReported: 0 });
      expect(reports).toHaveLength(1);
    } finally {
      await close();
    }
  });
});
