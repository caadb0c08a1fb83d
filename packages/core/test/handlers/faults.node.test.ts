// Things going wrong mid-request: the store failing at any write (before or after it happened),
// a hook throwing, notify_verify timing out. Each time: `fail`, nothing half-applied, and the
// redelivery completes the work.
import { describe, expect, it } from 'vitest';
import { createGatewayClient } from '../../src/gateway/client.js';
import { createEscrow } from '../../src/escrow-app/create-escrow.js';
import { storeFactories } from '../stores/factories.node.js';
import { fakeFetch, hanging } from '../fixtures/fake-fetch.js';
import {
  deliver,
  faultyStore,
  HookRecorder,
  KEY,
  KEYS,
  manualClock,
  merchant,
  notification,
  orderInput,
  PARTNER,
  shop,
} from './harness.js';

const RETRY_AFTER_MS = 2 * 60_000; // Alipay's first redelivery comes about 2 minutes later
/**
 * The writes one paid notification makes: receive (log + notify_id binding), commit (transition,
 * effects and their claim), settle (effects done + the log's outcome).
 */
const WRITES_PER_DELIVERY = 3;

for (const factory of storeFactories()) {
  describe(`store failures mid-request — ${factory.name}`, () => {
    for (const when of ['before', 'after'] as const) {
      it(`the n-th write fails ${when} it happens, for every n: fail, consistent, the retry succeeds`, {
        timeout: 120_000,
      }, async () => {
        for (let n = 1; n <= WRITES_PER_DELIVERY; n++) {
          const { store: inner, close } = await factory.create();
          try {
            const faulty = faultyStore(inner);
            const clock = manualClock();
            const s = shop(faulty.store, { now: clock, effectLeaseMs: 60_000 });
            const id = `FAULT-${when}-${n}`;
            await s.escrow.createPayment(orderInput(id));
            const paid = await notification({ outTradeNo: id, tradeStatus: 'WAIT_SELLER_SEND_GOODS' });

            faulty.arm(n, when);
            const first = await deliver(s.escrow, paid);
            const failed = faulty.failed;
            expect(failed).not.toBeNull();
            expect(failed!.method).toBe((['receive', 'commit', 'settle'] as const)[n - 1]);
            expect(first.body).toBe('fail');

            // nothing half-applied: either no transition, or the transition with all its effects
            const order = (await inner.getOrder(id))!;
            const effects = await inner.listEffects(id);
            expect([0, 1]).toContain(order.version);
            expect(effects.map((e) => e.key)).toEqual(
              order.version === 0 ? [] : [`${id}:paid`, `${id}:transition:WAIT_SELLER_SEND_GOODS/none/0`],
            );
            expect(order.phase).toBe(order.version === 0 ? 'created' : 'paid');

            clock.advance(RETRY_AFTER_MS);
            faulty.arm(0, 'before');
            const retry = await deliver(s.escrow, paid);
            expect(retry.body).toBe('success');

            const final = (await inner.getOrder(id))!;
            expect(final).toMatchObject({ version: 1, phase: 'paid' });
            const done = await inner.listEffects(id);
            expect(done.every((e) => e.status === 'done')).toBe(true);
            // each hook ran once, unless the settlement that marked them done was lost: then twice
            const lostSettlement = failed!.method === 'settle' && when === 'before';
            for (const e of done) {
              expect(s.hooks.count(e.key)).toBe(lostSettlement ? 2 : 1);
            }
            // the retry: a first delivery (nothing committed), a duplicate that claims the effects
            // left running, or a plain duplicate — never more than three writes
            const committedBefore = (failed!.method === 'commit' && when === 'after') || failed!.method === 'settle';
            const allDone = failed!.method === 'settle' && when === 'after';
            expect(faulty.writes).toEqual(
              allDone
                ? ['receive', 'settle']
                : committedBefore
                  ? ['receive', 'claimEffects', 'settle']
                  : ['receive', 'commit', 'settle'],
            );
            expect((await inner.listLog({ outTradeNo: id, limit: 1 }))[0]).toMatchObject({ reply: 'success' });
          } finally {
            await close();
          }
        }
      });
    }
  });
}

describe('hooks that throw', () => {
  it('the last hook throws once: fail; the retry runs only that effect', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store);
      s.hooks.failures.transition = 1;
      await s.escrow.createPayment(orderInput('HOOK-1'));
      const paid = await notification({ outTradeNo: 'HOOK-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });

      expect((await deliver(s.escrow, paid)).body).toBe('fail');
      const transitionKey = 'HOOK-1:transition:WAIT_SELLER_SEND_GOODS/none/0';
      let effects = await s.escrow.listEffects('HOOK-1');
      expect(effects.map((e) => [e.key, e.status, e.attempts])).toEqual([
        ['HOOK-1:paid', 'done', 1],
        [transitionKey, 'pending', 1],
      ]);
      const failed = effects[1]!;
      expect(failed.lastError).toContain('transition hook failed on purpose');
      expect(failed.lastError).not.toContain(KEY);
      expect(failed.lastError).toContain('[redacted]');
      const [logged] = await s.escrow.listLog({ outTradeNo: 'HOOK-1' });
      expect(logged).toMatchObject({ verdict: 'applied', code: 'HOOK_FAILED', reply: 'fail' });
      expect(logged!.detail).not.toContain(KEY);
      expect((await s.escrow.getOrder('HOOK-1'))!.version).toBe(1);

      expect((await deliver(s.escrow, paid)).body).toBe('success');
      expect(s.hooks.keys()).toEqual(['HOOK-1:paid', transitionKey, transitionKey]);
      expect(s.hooks.events[2]!.attempt).toBe(2);
      effects = await s.escrow.listEffects('HOOK-1');
      expect(effects.every((e) => e.status === 'done')).toBe(true);
      expect((await s.escrow.listLog({ outTradeNo: 'HOOK-1', limit: 1 }))[0]).toMatchObject({
        verdict: 'duplicate',
        code: null,
        reply: 'success',
      });
    } finally {
      await close();
    }
  });

  it('an earlier hook that throws holds back the later effects, so hooks never see milestones out of order', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store);
      s.hooks.failures.paid = 2;
      await s.escrow.createPayment(orderInput('HOOK-2'));
      const paid = await notification({ outTradeNo: 'HOOK-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
      const shipped = await notification({ outTradeNo: 'HOOK-2', tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS' });

      expect((await deliver(s.escrow, paid)).body).toBe('fail');
      // the next status arrives while onPaid is still failing: applied, but its effects wait
      expect((await deliver(s.escrow, shipped)).body).toBe('fail');
      expect(s.hooks.events.map((e) => e.kind)).toEqual(['paid', 'paid']);
      expect((await s.escrow.getOrder('HOOK-2'))!.phase).toBe('shipped');

      expect((await deliver(s.escrow, shipped)).body).toBe('success');
      expect(s.hooks.events.map((e) => e.kind)).toEqual([
        'paid',
        'paid',
        'paid',
        'transition',
        'shipped',
        'transition',
      ]);
      // the paid notification's redelivery is now a duplicate with nothing left to do
      expect((await deliver(s.escrow, paid)).body).toBe('success');
      expect(s.hooks.events).toHaveLength(6);
    } finally {
      await close();
    }
  });

  it('a missing hook counts as done', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const escrow = createEscrow({ merchant: merchant(), store, gateway: shop(store).gateway.gateway, hooks: {} });
      await escrow.createPayment(orderInput('NOHOOK-1'));
      expect(
        (await deliver(escrow, await notification({ outTradeNo: 'NOHOOK-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' })))
          .body,
      ).toBe('success');
      expect((await escrow.listEffects('NOHOOK-1')).every((e) => e.status === 'done')).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('notify_verify trouble', () => {
  it('a timeout: fail, nothing applied, logged; a later delivery applies it', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const fake = fakeFetch(hanging);
      const hooks = new HookRecorder();
      const slow = createEscrow({
        merchant: merchant(),
        store,
        hooks: hooks.hooks(),
        gateway: createGatewayClient({
          partner: PARTNER,
          keys: KEYS,
          charset: 'utf-8',
          fetch: fake.fetch,
          timeoutMs: 50,
        }),
      });
      await slow.createPayment(orderInput('ATN-1'));
      const paid = await notification({ outTradeNo: 'ATN-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });

      const reply = await deliver(slow, paid);
      expect(reply.body).toBe('fail');
      expect(fake.calls).toHaveLength(1);
      expect(fake.calls[0]!.url).toContain(`notify_id=${paid.notifyId}`);
      expect((await slow.getOrder('ATN-1'))!).toMatchObject({ version: 0, phase: 'created' });
      expect(await slow.listEffects('ATN-1')).toEqual([]);
      expect(hooks.events).toEqual([]);
      expect((await slow.listLog({ outTradeNo: 'ATN-1' }))[0]).toMatchObject({
        verdict: 'rejected',
        code: 'NOTIFY_VERIFY_TIMEOUT',
        reply: 'fail',
        notifyId: paid.notifyId,
      });

      const healthy = shop(store);
      expect((await deliver(healthy.escrow, paid)).body).toBe('success');
      expect((await healthy.escrow.getOrder('ATN-1'))!.phase).toBe('paid');
    } finally {
      await close();
    }
  });

  it('the gateway answering anything but true: fail, nothing applied', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store, { answer: () => new Response('false') });
      await s.escrow.createPayment(orderInput('ATN-2'));
      expect(
        (await deliver(s.escrow, await notification({ outTradeNo: 'ATN-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS' })))
          .body,
      ).toBe('fail');
      expect((await s.escrow.getOrder('ATN-2'))!.version).toBe(0);
      expect((await s.escrow.listLog({ outTradeNo: 'ATN-2' }))[0]).toMatchObject({
        verdict: 'rejected',
        code: 'NOTIFY_VERIFY_FAILED',
      });
    } finally {
      await close();
    }
  });

  it('a checker that throws: fail, logged as error', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store, {
        notifyVerify: async () => {
          throw new Error('resolver exploded');
        },
      });
      await s.escrow.createPayment(orderInput('ATN-3'));
      expect(
        (await deliver(s.escrow, await notification({ outTradeNo: 'ATN-3', tradeStatus: 'WAIT_SELLER_SEND_GOODS' })))
          .body,
      ).toBe('fail');
      expect((await s.escrow.getOrder('ATN-3'))!.version).toBe(0);
      const [entry] = await s.escrow.listLog();
      expect(entry).toMatchObject({
        verdict: 'error',
        code: 'INTERNAL_ERROR',
        reply: 'fail',
        detail: 'resolver exploded',
      });
    } finally {
      await close();
    }
  });
});
