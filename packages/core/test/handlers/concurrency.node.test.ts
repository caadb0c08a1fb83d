// Many deliveries at once, as when Alipay's retries, the return page and several server instances
// race: on every engine exactly one request applies a transition and each effect runs once.
import { describe, expect, it } from 'vitest';
import type { EffectHook } from '../../src/escrow-app/types.js';
import { storeFactories } from '../stores/factories.node.js';
import { deliver, manualClock, notification, orderInput, shop } from './harness.js';

const N = 50;
const LEASE_MS = 60_000;

function later<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A hook whose n-th attempt starts, then waits until told to return or throw. */
class HeldHook {
  readonly attempts: number[] = [];
  private readonly calls = new Map<
    number,
    { started: ReturnType<typeof later<void>>; end: ReturnType<typeof later<'return' | 'throw'>> }
  >();

  private call(attempt: number) {
    let call = this.calls.get(attempt);
    if (call === undefined) {
      call = { started: later<void>(), end: later<'return' | 'throw'>() };
      this.calls.set(attempt, call);
    }
    return call;
  }

  readonly hook: EffectHook = async (event) => {
    this.attempts.push(event.attempt);
    const call = this.call(event.attempt);
    call.started.resolve();
    if ((await call.end.promise) === 'throw') throw new Error(`attempt ${event.attempt} failed late`);
  };

  started(attempt: number): Promise<void> {
    return this.call(attempt).started.promise;
  }

  end(attempt: number, how: 'return' | 'throw'): void {
    this.call(attempt).end.resolve(how);
  }
}

for (const factory of storeFactories()) {
  describe(`concurrent deliveries — ${factory.name}`, () => {
    it(`${N} deliveries of one notification: one transition, each effect once`, { timeout: 120_000 }, async () => {
      const { store, close } = await factory.create();
      try {
        // A clock that stands still: the race is about claims, not leases (a stepping clock would
        // run 50 deliveries' worth of readings past the lease while the first hook waits).
        const s = shop(store, { now: manualClock() });
        s.hooks.delayMs = 5;
        await s.escrow.createPayment(orderInput('RACE-1'));
        const paid = await notification({ outTradeNo: 'RACE-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });

        const replies = await Promise.all(Array.from({ length: N }, () => deliver(s.escrow, paid)));
        const bodies = replies.map((r) => r.body);
        expect(bodies.filter((b) => b === 'success').length).toBeGreaterThanOrEqual(1);
        expect(bodies.filter((b) => b !== 'success' && b !== 'fail')).toEqual([]);
        expect(replies.every((r) => r.status === 200)).toBe(true);

        const order = (await s.escrow.getOrder('RACE-1'))!;
        expect(order).toMatchObject({ version: 1, phase: 'paid', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
        expect(s.hooks.keys().sort()).toEqual(['RACE-1:paid', 'RACE-1:transition:WAIT_SELLER_SEND_GOODS/none/0']);

        const log = await s.escrow.listLog({ outTradeNo: 'RACE-1' });
        expect(log).toHaveLength(N);
        expect(log.filter((e) => e.verdict === 'applied')).toHaveLength(1);
        expect(log.filter((e) => e.verdict === 'duplicate')).toHaveLength(N - 1);
        // each reply is the one logged for it
        expect(log.filter((e) => e.reply === 'success')).toHaveLength(bodies.filter((b) => b === 'success').length);

        const after = await deliver(s.escrow, paid);
        expect(after.body).toBe('success');
        expect(s.hooks.events).toHaveLength(2);
        expect((await s.escrow.listEffects('RACE-1')).every((e) => e.status === 'done' && e.attempts === 1)).toBe(true);
      } finally {
        await close();
      }
    });

    it('three different notifications, 10 deliveries each, interleaved: the furthest state wins, effects once', {
      timeout: 120_000,
    }, async () => {
      const { store, close } = await factory.create();
      try {
        const s = shop(store, { now: manualClock() });
        s.hooks.delayMs = 2;
        await s.escrow.createPayment(orderInput('RACE-2'));
        const messages = await Promise.all(
          ['WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED'].map((tradeStatus) =>
            notification({ outTradeNo: 'RACE-2', tradeStatus }),
          ),
        );
        const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => deliver(s.escrow, messages[i % 3]!)));
        expect(replies.every((r) => r.body === 'success' || r.body === 'fail')).toBe(true);

        // once the race is over, every redelivery is answered success
        for (const m of messages) expect((await deliver(s.escrow, m)).body).toBe('success');
        const order = (await s.escrow.getOrder('RACE-2'))!;
        expect(order).toMatchObject({ phase: 'finished', tradeStatus: 'TRADE_FINISHED' });
        // every milestone fired exactly once whichever notification got there first
        const milestones = s.hooks.events.filter((e) => e.kind !== 'transition').map((e) => e.idempotencyKey);
        expect([...milestones].sort()).toEqual(['RACE-2:finished', 'RACE-2:paid', 'RACE-2:shipped']);
        const keys = s.hooks.keys();
        expect(new Set(keys).size).toBe(keys.length);
        expect((await s.escrow.listEffects('RACE-2')).map((e) => e.key).sort()).toEqual([...keys].sort());
        const applied = (await s.escrow.listLog({ outTradeNo: 'RACE-2' })).filter((e) => e.verdict === 'applied');
        expect(applied).toHaveLength(order.version);
      } finally {
        await close();
      }
    });

    for (const how of ['return', 'throw'] as const) {
      it(`a hook that outlives its lease and then ${how === 'return' ? 'returns' : 'throws'}: settles nothing; the request that took over does`, {
        timeout: 60_000,
      }, async () => {
        const { store, close } = await factory.create();
        try {
          const id = `LEASE-${how}`;
          const clock = manualClock();
          const held = new HeldHook();
          const s = shop(store, { now: clock, effectLeaseMs: LEASE_MS, hooks: { onPaid: held.hook } });
          await s.escrow.createPayment(orderInput(id));
          const paid = await notification({ outTradeNo: id, tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
          const paidEffect = async () => (await s.escrow.listEffects(id)).find((e) => e.kind === 'paid')!;

          const first = deliver(s.escrow, paid);
          await held.started(1);
          clock.advance(LEASE_MS + 1_000);
          const second = deliver(s.escrow, paid);
          await held.started(2);

          // the first call ends while the second holds the effect: the second's run is untouched
          held.end(1, how);
          expect((await first).body).toBe('fail');
          expect(await paidEffect()).toMatchObject({ status: 'running', attempts: 2, lastError: null });
          const late = (await s.escrow.listLog()).at(-1); // the first delivery's entry (oldest)
          expect(late).toMatchObject({
            verdict: 'applied',
            code: how === 'return' ? 'EFFECT_IN_PROGRESS' : 'HOOK_FAILED',
            reply: 'fail',
          });

          held.end(2, 'return');
          expect((await second).body).toBe('success');
          expect(await paidEffect()).toMatchObject({ status: 'done', attempts: 2, lastError: null });
          expect(held.attempts).toEqual([1, 2]);
          expect((await deliver(s.escrow, paid)).body).toBe('success');
          expect(held.attempts).toEqual([1, 2]);
        } finally {
          await close();
        }
      });
    }
  });
}
