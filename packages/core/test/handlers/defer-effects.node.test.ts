// deferEffects: an escrow that acts on the app's store from outside the app (the CLI's replay and
// reconcile) commits transitions but runs no effect; the app's own escrow runs each one once.
import { describe, expect, it } from 'vitest';
import { AlipayEscrowError, createMemoryStore } from '../../src/index.js';
import { deliver, notification, orderInput, shop } from './harness.js';

describe('deferEffects', () => {
  it('commits the transition, leaves every owed effect pending, and says EFFECTS_DEFERRED', async () => {
    const store = createMemoryStore();
    const app = shop(store);
    await app.escrow.createPayment(orderInput('D-1'));
    const outside = shop(store, { hooks: {}, deferEffects: true });
    const paid = await notification({ outTradeNo: 'D-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });

    const first = await deliver(outside.escrow, paid);
    expect(first.body).toBe('fail'); // nothing ran here, so Alipay must come back
    const [entry] = await outside.escrow.listLog({ outTradeNo: 'D-1' });
    expect(entry).toMatchObject({ verdict: 'applied', code: 'EFFECTS_DEFERRED' });
    expect((await store.getOrder('D-1'))?.phase).toBe('paid');
    expect((await store.listEffects('D-1')).map((e) => [e.kind, e.status])).toEqual([
      ['paid', 'pending'],
      ['transition', 'pending'],
    ]);
    expect(app.hooks.events).toEqual([]);

    // The redelivery reaches the app: its hooks run, once each.
    expect((await deliver(app.escrow, paid)).body).toBe('success');
    expect((await deliver(app.escrow, paid)).body).toBe('success');
    expect(app.hooks.events.map((e) => e.kind)).toEqual(['paid', 'transition']);
  });

  it('answers success for a duplicate with nothing owed', async () => {
    const store = createMemoryStore();
    const app = shop(store);
    await app.escrow.createPayment(orderInput('D-2'));
    const paid = await notification({ outTradeNo: 'D-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
    expect((await deliver(app.escrow, paid)).body).toBe('success');
    const outside = shop(store, { hooks: {}, deferEffects: true });
    expect((await deliver(outside.escrow, paid)).body).toBe('success');
    const duplicate = (await outside.escrow.listLog({ outTradeNo: 'D-2', verdicts: ['duplicate'] }))[0];
    expect(duplicate).toMatchObject({ verdict: 'duplicate', code: null, reply: 'success' });
  });

  it('refuses effect hooks next to it: they would never be called', () => {
    const store = createMemoryStore();
    let error: unknown;
    try {
      shop(store, { deferEffects: true });
    } catch (thrown) {
      error = thrown;
    }
    expect(AlipayEscrowError.is(error) && error.code).toBe('CONFIG_INVALID');
    expect((error as Error).message).toContain('onPaid');
    expect(() => shop(store, { hooks: { onAnomaly: () => undefined }, deferEffects: true })).not.toThrow();
  });
});
