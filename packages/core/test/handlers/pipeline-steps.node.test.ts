// The pipeline's three steps as a merchant sees them: hooks run between the commit and the
// settlement, in creation order; a hook that throws, or an effect another request holds, stops
// the run and holds back the effects after it; the log can be read by verdict, channel and time.
import { describe, expect, it } from 'vitest';
import type { EffectEvent } from '../../src/escrow-app/types.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { storeFactories } from '../stores/factories.node.js';
import { deliver, manualClock, notification, orderInput, shop, T0 } from './harness.js';

const PAID = 'WAIT_SELLER_SEND_GOODS';
const SHIPPED = 'WAIT_BUYER_CONFIRM_GOODS';

for (const factory of storeFactories()) {
  describe(`hooks between commit and settle — ${factory.name}`, () => {
    it('the first hook that throws stops the run: it keeps its error, the effects after it are released unrun', async () => {
      const { store, close } = await factory.create();
      try {
        const s = shop(store);
        s.hooks.failures.paid = 1;
        await s.escrow.createPayment(orderInput('STEP-1'));
        const paid = await notification({ outTradeNo: 'STEP-1', tradeStatus: PAID });

        expect((await deliver(s.escrow, paid)).body).toBe('fail');
        expect(s.hooks.events.map((e) => e.kind)).toEqual(['paid']);
        const effects = await s.escrow.listEffects('STEP-1');
        expect(effects.map((e) => [e.kind, e.status, e.leaseUntil])).toEqual([
          ['paid', 'pending', null],
          ['transition', 'pending', null],
        ]);
        expect(effects[0]!.lastError).toContain('paid hook failed on purpose');
        expect(effects[1]!.lastError).toBeNull();
        expect((await s.escrow.listLog({ outTradeNo: 'STEP-1' }))[0]).toMatchObject({
          verdict: 'applied',
          code: 'HOOK_FAILED',
          reply: 'fail',
        });

        expect((await deliver(s.escrow, paid)).body).toBe('success');
        expect(s.hooks.events.map((e) => e.kind)).toEqual(['paid', 'paid', 'transition']);
      } finally {
        await close();
      }
    });

    it('an effect held by another request holds back the later ones: EFFECT_IN_PROGRESS, fail, then both complete in order', async () => {
      const { store, close } = await factory.create();
      try {
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        let started!: () => void;
        const paidStarted = new Promise<void>((resolve) => (started = resolve));
        const events: EffectEvent[] = [];
        const s = shop(store, {
          now: manualClock(),
          hooks: {
            onPaid: async (e) => {
              events.push(e);
              started();
              await gate;
            },
            onShipped: (e) => void events.push(e),
            onTransition: (e) => void events.push(e),
          },
        });
        await s.escrow.createPayment(orderInput('STEP-2'));
        const paid = await notification({ outTradeNo: 'STEP-2', tradeStatus: PAID });
        const shipped = await notification({ outTradeNo: 'STEP-2', tradeStatus: SHIPPED });

        const first = deliver(s.escrow, paid);
        await paidStarted;
        // onPaid is running: the shipment commits, but its effects must wait for the paid ones
        const second = await deliver(s.escrow, shipped);
        expect(second.body).toBe('fail');
        expect((await s.escrow.getOrder('STEP-2'))!.phase).toBe('shipped');
        expect(events.map((e) => e.kind)).toEqual(['paid']);
        const [entry] = await s.escrow.listLog({ outTradeNo: 'STEP-2', limit: 1 });
        expect(entry).toMatchObject({
          verdict: 'applied',
          code: 'EFFECT_IN_PROGRESS',
          reply: 'fail',
          tradeStatus: SHIPPED,
        });
        const held = await s.escrow.listEffects('STEP-2');
        expect(held.slice(2).every((e) => e.status === 'pending' && e.lastError === null)).toBe(true);

        release();
        expect((await first).body).toBe('success');
        expect((await deliver(s.escrow, shipped)).body).toBe('success');
        expect(events.map((e) => e.kind)).toEqual(['paid', 'transition', 'shipped', 'transition']);
        expect((await s.escrow.listEffects('STEP-2')).every((e) => e.status === 'done')).toBe(true);
      } finally {
        await close();
      }
    });
  });
}

describe('escrow.listLog filters', () => {
  it('by verdicts, channels, since and before, passed on to the store', async () => {
    const clock = manualClock();
    const s = shop(createMemoryStore(), { now: clock });
    await s.escrow.createPayment(orderInput('LOG-1'));
    const paid = await notification({ outTradeNo: 'LOG-1', tradeStatus: PAID });
    expect((await deliver(s.escrow, paid)).body).toBe('success');
    clock.advance(60_000);
    const forged = await notification({
      outTradeNo: 'LOG-1',
      tradeStatus: PAID,
      keys: { signType: 'MD5', key: 'another-key-0123456789abcdef0123' },
    } as never);
    expect((await deliver(s.escrow, forged)).body).toBe('fail');
    clock.advance(60_000);
    expect((await deliver(s.escrow, paid)).body).toBe('success');

    const verdicts = async (filter: Parameters<typeof s.escrow.listLog>[0]) =>
      (await s.escrow.listLog(filter)).map((e) => e.verdict);
    expect(await verdicts({})).toEqual(['duplicate', 'rejected', 'applied']);
    expect(await verdicts({ verdicts: ['rejected', 'applied'] })).toEqual(['rejected', 'applied']);
    expect(await verdicts({ channels: ['return'] })).toEqual([]);
    expect(await verdicts({ channels: ['notify'], since: new Date(T0 + 60_000).toISOString() })).toEqual([
      'duplicate',
      'rejected',
    ]);
    expect(await verdicts({ before: new Date(T0 + 60_000).toISOString() })).toEqual(['applied']);
    expect(await verdicts({ outTradeNo: 'LOG-1', verdicts: ['duplicate', 'applied'], limit: 1 })).toEqual([
      'duplicate',
    ]);
    await expect(s.escrow.listLog({ verdicts: ['nonsense' as 'applied'] })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
    await expect(s.escrow.listLog({ since: 'yesterday' })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
