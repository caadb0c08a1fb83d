// The EscrowStore contract on Deno KV (a fresh in-memory database per test), including the 50
// concurrent compare-and-set and claim cases, and what is particular to this store.
import { expect, describe, it } from 'vitest';
import type { NotificationLogEntry, OrderRecord } from '@alipay-escrow/core';
import { runStoreContract } from '../../core/test/stores/store-contract.js';
import { createDenoKvStore } from '../src/index.js';

runStoreContract('deno kv (:memory:)', async () => {
  // A real Deno.Kv where the package's structural DenoKvLike is expected (type-checked here).
  const kv: Deno.Kv = await Deno.openKv(':memory:');
  return { store: createDenoKvStore(kv), close: async () => kv.close() };
});

const T0 = '2026-03-01T08:00:00.000Z';

function order(outTradeNo: string): OrderRecord {
  return {
    outTradeNo, partner: '2088101122136241', subject: '测试商品', payable: ['10.00'], sellerId: '2088101122136241', sellerEmail: null,
    phase: 'created', tradeStatus: null, refundStatus: null, refundCycle: 0, noticeTime: null, tradeNo: null, totalFee: null, shipping: null,
    logisticsType: null, version: 0, createdAt: T0, updatedAt: T0,
  };
}

function logEntry(id: string, raw: Uint8Array, outTradeNo: string | null = null): NotificationLogEntry {
  return {
    id, channel: 'notify', receivedAt: T0, method: 'POST', raw, rawSize: raw.length, rawSha256: '', authenticity: 'verified',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    remoteAddress: '110.75.143.1', verdict: 'received', code: null, detail: null, outTradeNo, notifyId: null, tradeStatus: null,
    refundStatus: null, reply: null, replayOf: null,
  };
}

async function withKv(body: (kv: Deno.Kv) => Promise<void>): Promise<void> {
  const kv = await Deno.openKv(':memory:');
  try {
    await body(kv);
  } finally {
    kv.close();
  }
}

describe('createDenoKvStore', () => {
  it('keeps stores with different prefixes apart in one database', () =>
    withKv(async (kv) => {
      const shopA = createDenoKvStore(kv, { prefix: ['shop-a'] });
      const shopB = createDenoKvStore(kv, { prefix: ['shop-b', 'escrow'] });
      expect(await shopA.createOrder(order('P1'))).toBe('created');
      expect(await shopB.createOrder(order('P1'))).toBe('created');
      await shopA.appendLog(logEntry('LA', new Uint8Array([1]), 'P1'));
      expect(await shopB.getLog('LA')).toBeUndefined();
      expect(await shopB.listLog()).toEqual([]);
      expect((await shopA.listLog({ outTradeNo: 'P1' })).map((e) => e.id)).toEqual(['LA']);
      const keys: unknown[][] = [];
      for await (const entry of kv.list({ prefix: [] })) keys.push([...entry.key]);
      expect(keys.every((key) => key[0] === 'shop-a' || (key[0] === 'shop-b' && key[1] === 'escrow'))).toBe(true);
    }));

  it('by default keeps everything under alipay_escrow', () =>
    withKv(async (kv) => {
      await createDenoKvStore(kv).createOrder(order('P2'));
      expect((await kv.get(['alipay_escrow', 'order', 'P2'])).versionstamp).toBeTruthy();
    }));

  it('stores a body bigger than one KV value (64 KiB) in chunks, and returns it whole', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      const raw = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
      await store.appendLog(logEntry('BIG', raw, 'P3'));
      const back = await store.getLog('BIG');
      expect(back?.raw).toHaveLength(200_000);
      expect(back?.raw).toEqual(raw);
      expect((await store.listLog({ outTradeNo: 'P3' }))[0]?.raw).toEqual(raw);
    }));

  it('updateLog moves an entry to the order it names, for listLog({ outTradeNo })', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      await store.appendLog(logEntry('MV', new Uint8Array([1, 2, 3])));
      expect(await store.listLog({ outTradeNo: 'P4' })).toEqual([]);
      await store.updateLog('MV', { outTradeNo: 'P4', verdict: 'applied' });
      expect((await store.listLog({ outTradeNo: 'P4' })).map((e) => [e.id, e.verdict])).toEqual([['MV', 'applied']]);
      await store.updateLog('MV', { outTradeNo: 'P5' });
      expect(await store.listLog({ outTradeNo: 'P4' })).toEqual([]);
      expect((await store.listLog({ outTradeNo: 'P5' })).map((e) => e.id)).toEqual(['MV']);
      await store.updateLog('MV', { outTradeNo: null });
      expect(await store.listLog({ outTradeNo: 'P5' })).toEqual([]);
      expect((await store.listLog()).map((e) => e.id)).toEqual(['MV']);
    }));

  it('pruneLog deletes an entry with everything it wrote: record, both indexes, raw chunks', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      await store.createOrder(order('PR1'));
      await store.appendLog(logEntry('BIG', new Uint8Array(150_000).fill(7), 'PR1'));
      await store.bindNotifyId({ notifyId: 'n-PR1', outTradeNo: 'PR1', tradeNo: null, at: T0 });
      expect(await store.pruneLog({ before: '2026-03-02T00:00:00.000Z' })).toBe(1);
      const left: unknown[][] = [];
      for await (const entry of kv.list({ prefix: ['alipay_escrow'] })) left.push([...entry.key].slice(1, 2));
      // only the order and the notify_id binding remain
      expect(left.sort()).toEqual([['notify_id'], ['order']]);
    }));

  it('reads a record written before the bounded log with the documented defaults', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      await store.appendLog(logEntry('OLD', new Uint8Array([1, 2, 3])));
      // what the previous version stored: no rawSize, rawSha256 nor authenticity
      const key = ['alipay_escrow', 'log', 'OLD'];
      const record = (await kv.get<{ entry: Record<string, unknown> }>(key)).value!;
      const { rawSize: _size, rawSha256: _sha, authenticity: _auth, ...entry } = record.entry;
      await kv.set(key, { ...record, entry: { ...entry, verdict: 'rejected', code: 'NOTIFY_VERIFY_FAILED' } });
      expect(await store.getLog('OLD')).toMatchObject({ rawSize: 3, rawSha256: '', authenticity: 'signature' });
    }));
});

describe('two connections to one KV database (two instances of an app)', () => {
  it('50 writers split over both: exactly one transition commits', async () => {
    const dir = await Deno.makeTempDir();
    const one = await Deno.openKv(`${dir}/kv.sqlite`);
    const two = await Deno.openKv(`${dir}/kv.sqlite`);
    try {
      const stores = [createDenoKvStore(one), createDenoKvStore(two)];
      const created = order('SH1');
      await stores[0]!.createOrder(created);
      const attempts = Array.from({ length: 50 }, (_, i) => ({
        store: stores[i % 2]!,
        next: { ...created, version: 1, phase: 'paid' as const, subject: `writer ${i}` },
        effect: { key: `SH1:paid-${i}`, outTradeNo: 'SH1', kind: 'paid' as const, detail: null, status: 'pending' as const, attempts: 0, lastError: null, leaseUntil: null, createdAt: T0, doneAt: null },
      }));
      const results = await Promise.all(attempts.map((a) => a.store.commitTransition(a.next, 0, [a.effect])));
      const winners = results.flatMap((won, i) => (won ? [i] : []));
      expect(winners).toHaveLength(1);
      const winner = attempts[winners[0]!]!;
      expect(await stores[1]!.getOrder('SH1')).toEqual(winner.next);
      expect(await stores[0]!.listEffects('SH1')).toEqual([winner.effect]);
      const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => stores[i % 2]!.claimEffect(winner.effect.key, T0, '2026-03-01T08:01:00.000Z')));
      expect(claims.filter((c) => c !== undefined)).toHaveLength(1);
    } finally {
      one.close();
      two.close();
      await Deno.remove(dir, { recursive: true });
    }
  });
});
