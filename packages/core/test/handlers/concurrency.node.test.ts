// Many deliveries at once, as when Alipay's retries, the return page and several server instances
// race: on every engine exactly one request applies a transition and each effect runs once.
import { describe, expect, it } from 'vitest';
import { storeFactories } from '../stores/factories.node.js';
import { deliver, notification, orderInput, shop } from './harness.js';

const N = 50;

for (const factory of storeFactories()) {
  describe(`concurrent deliveries — ${factory.name}`, () => {
    it(`${N} deliveries of one notification: one transition, each effect once`, { timeout: 120_000 }, async () => {
      const { store, close } = await factory.create();
      try {
        const s = shop(store);
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

    it('three different notifications, 10 deliveries each, interleaved: the furthest state wins, effects once', { timeout: 120_000 }, async () => {
      const { store, close } = await factory.create();
      try {
        const s = shop(store);
        s.hooks.delayMs = 2;
        await s.escrow.createPayment(orderInput('RACE-2'));
        const messages = await Promise.all(
          ['WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS', 'TRADE_FINISHED'].map((tradeStatus) => notification({ outTradeNo: 'RACE-2', tradeStatus })),
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
  });
}
