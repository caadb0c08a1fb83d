// The memory store on every runtime (Node, workerd, Deno): it is the one store with no driver.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { runStoreContract } from './store-contract.js';

runStoreContract('memory', async () => ({ store: createMemoryStore(), close: async () => {} }));

describe('createMemoryStore clock', () => {
  it('unfinishedEffects compares leases with the clock it was given, unless given a time', async () => {
    let now = new Date('2026-03-01T08:00:00.000Z');
    const store = createMemoryStore({ now: () => now });
    const order = {
      outTradeNo: 'M1', partner: '2088101122136241', subject: 's', payable: ['1.00'], sellerId: null, sellerEmail: 'a@b.c',
      phase: 'created', tradeStatus: null, refundStatus: null, refundCycle: 0, noticeTime: null, tradeNo: null, totalFee: null, shipping: null,
      logisticsType: null, version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString(),
    } as const;
    await store.createOrder({ ...order, payable: ['1.00'] });
    const effect = {
      key: 'M1:paid', outTradeNo: 'M1', kind: 'paid', detail: null, status: 'pending', attempts: 0, lastError: null,
      leaseUntil: null, createdAt: now.toISOString(), doneAt: null,
    } as const;
    expect(await store.commitTransition({ ...order, payable: ['1.00'], version: 2 }, 1, [effect])).toBe(true);
    await store.claimEffect('M1:paid', '2026-03-01T08:00:00.000Z', '2026-03-01T08:05:00.000Z');
    expect(await store.unfinishedEffects('M1')).toEqual([]);
    now = new Date('2026-03-01T08:05:00.001Z');
    expect((await store.unfinishedEffects('M1')).map((e) => e.key)).toEqual(['M1:paid']);
    // a time passed in wins over the clock
    expect(await store.unfinishedEffects('M1', '2026-03-01T08:04:00.000Z')).toEqual([]);
  });
});
