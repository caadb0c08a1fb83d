// The EscrowStore contract on Deno KV (a fresh in-memory database per test), and what is
// particular to this store: key layout and prefixes, chunked bodies, the indexes kept in the same
// atomic operations as their records, KV round trips per step, and concurrency across two
// connections to one database file.
import { expect, describe, it } from 'vitest';
import type { AlipayEscrowError, EscrowStore, OrderRecord } from '@alipay-escrow/core';
import type { EffectRecord, NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { runStoreContract } from '../../core/test/stores/store-contract.js';
import { createDenoKvStore, type DenoKvLike } from '@alipay-escrow/core/deno-kv';

runStoreContract('deno kv (:memory:)', async () => {
  // A real Deno.Kv where the package's structural DenoKvLike is expected (type-checked here).
  const kv: Deno.Kv = await Deno.openKv(':memory:');
  return { store: createDenoKvStore(kv), close: async () => kv.close() };
});

const T0 = '2026-03-01T08:00:00.000Z';
const LATER = '2026-03-01T09:00:00.000Z';
const CLAIM = { now: '2026-03-01T08:01:00.000Z', leaseUntil: '2026-03-01T08:02:00.000Z' };

function order(outTradeNo: string, overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    outTradeNo,
    partner: '2088101122136241',
    subject: '测试商品',
    payable: ['10.00'],
    sellerId: '2088101122136241',
    sellerEmail: null,
    phase: 'created',
    tradeStatus: null,
    refundStatus: null,
    refundCycle: 0,
    noticeTime: null,
    tradeNo: null,
    totalFee: null,
    shipping: null,
    logisticsType: null,
    version: 0,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

const paid = (from: OrderRecord, overrides: Partial<OrderRecord> = {}): OrderRecord => ({
  ...from,
  phase: 'paid',
  tradeStatus: 'WAIT_SELLER_SEND_GOODS',
  version: from.version + 1,
  updatedAt: LATER,
  ...overrides,
});

function effect(outTradeNo: string, slot: string): EffectRecord {
  return {
    key: `${outTradeNo}:${slot}`,
    outTradeNo,
    kind: 'paid',
    detail: null,
    status: 'pending',
    attempts: 0,
    lastError: null,
    leaseUntil: null,
    createdAt: T0,
    doneAt: null,
  };
}

function logEntry(id: string, raw: Uint8Array, outTradeNo: string | null = null): NotificationLogEntry {
  return {
    id,
    channel: 'notify',
    receivedAt: T0,
    method: 'POST',
    raw,
    rawSize: raw.length,
    rawSha256: '',
    authenticity: 'verified',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    remoteAddress: '110.75.143.1',
    verdict: 'received',
    code: null,
    detail: null,
    outTradeNo,
    notifyId: null,
    tradeStatus: null,
    refundStatus: null,
    reply: null,
    replayOf: null,
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

/** The kinds of KV requests a store makes through `kv`, in order (each one network round trip on Deno Deploy). */
function counting(kv: Deno.Kv): { kv: DenoKvLike; calls: string[] } {
  const calls: string[] = [];
  const counted = {
    get: (key: Deno.KvKey) => (calls.push('get'), kv.get(key)),
    getMany: (keys: Deno.KvKey[]) => (calls.push('getMany'), kv.getMany(keys)),
    list: (selector: Deno.KvListSelector, options?: Deno.KvListOptions) => (
      calls.push('list'), kv.list(selector, options)
    ),
    atomic: () => {
      const op = kv.atomic();
      const commit = op.commit.bind(op);
      op.commit = () => (calls.push('commit'), commit());
      return op;
    },
  };
  return { kv: counted as unknown as DenoKvLike, calls };
}

async function keysUnder(kv: Deno.Kv, prefix: Deno.KvKey): Promise<unknown[][]> {
  const keys: unknown[][] = [];
  for await (const entry of kv.list({ prefix })) keys.push([...entry.key]);
  return keys;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect((caught as AlipayEscrowError | undefined)?.code).toBe(code);
}

/** An order moved to paid with `effects` pending slots. */
async function paidWith(store: EscrowStore, outTradeNo: string, slots: number): Promise<EffectRecord[]> {
  const created = order(outTradeNo);
  await store.createOrder(created);
  const effects = Array.from({ length: slots }, (_, i) => effect(outTradeNo, `e${String(i).padStart(2, '0')}`));
  expect((await store.commit({ next: paid(created), expectedVersion: 0, effects })).committed).toBe(true);
  return effects;
}

describe('createDenoKvStore', () => {
  it('keeps stores with different prefixes apart in one database', () =>
    withKv(async (kv) => {
      const shopA = createDenoKvStore(kv, { prefix: ['shop-a'] });
      const shopB = createDenoKvStore(kv, { prefix: ['shop-b', 'escrow'] });
      expect(await shopA.createOrder(order('P1'))).toBe('created');
      expect(await shopB.createOrder(order('P1'))).toBe('created');
      await shopA.receive({
        log: logEntry('LA', new Uint8Array([1]), 'P1'),
        outTradeNo: 'P1',
        binding: { notifyId: 'n1', outTradeNo: 'P1', tradeNo: null, at: T0 },
      });
      await shopA.markAttention({ outTradeNo: 'P1', reason: 'paid_not_shipped', version: 0, at: T0 });
      expect(await shopB.getLog('LA')).toBeUndefined();
      expect(await shopB.listLog()).toEqual([]);
      expect(
        (
          await shopB.receive({
            outTradeNo: 'P1',
            binding: { notifyId: 'n1', outTradeNo: 'P1', tradeNo: 'T2', at: T0 },
          })
        ).binding,
      ).toEqual({ outTradeNo: 'P1', tradeNo: 'T2' });
      expect(await shopB.markAttention({ outTradeNo: 'P1', reason: 'paid_not_shipped', version: 0, at: T0 })).toBe(
        true,
      );
      expect((await shopA.listLog({ outTradeNo: 'P1' })).map((e) => e.id)).toEqual(['LA']);
      const keys = await keysUnder(kv, []);
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
      await store.receive({ log: logEntry('BIG', raw, 'P3'), outTradeNo: 'P3' });
      const back = await store.getLog('BIG');
      expect(back?.raw).toHaveLength(200_000);
      expect(back?.raw).toEqual(raw);
      expect((await store.listLog({ outTradeNo: 'P3' }))[0]?.raw).toEqual(raw);
    }));

  it('settle moves an entry to the order it names and keeps listLog filters in step with its verdict', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      await store.appendLog(logEntry('MV', new Uint8Array([1, 2, 3])));
      expect(await store.listLog({ outTradeNo: 'P4' })).toEqual([]);
      await store.settle({ log: { id: 'MV', update: { outTradeNo: 'P4', verdict: 'applied' } } });
      expect((await store.listLog({ outTradeNo: 'P4' })).map((e) => [e.id, e.verdict])).toEqual([['MV', 'applied']]);
      expect(await store.listLog({ verdicts: ['received'] })).toEqual([]);
      expect((await store.listLog({ verdicts: ['applied'], channels: ['notify'] })).map((e) => e.id)).toEqual(['MV']);
      await store.settle({ log: { id: 'MV', update: { outTradeNo: 'P5', verdict: 'error' } } });
      expect(await store.listLog({ outTradeNo: 'P4' })).toEqual([]);
      expect((await store.listLog({ outTradeNo: 'P5', verdicts: ['error'] })).map((e) => e.id)).toEqual(['MV']);
      await store.settle({ log: { id: 'MV', update: { outTradeNo: null } } });
      expect(await store.listLog({ outTradeNo: 'P5' })).toEqual([]);
      expect((await store.listLog()).map((e) => e.id)).toEqual(['MV']);
    }));

  it('listLog with a verdict filter and a limit returns the newest matching entries, however many others are newer', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      const at = (minute: number) => new Date(Date.parse(T0) + minute * 60_000).toISOString();
      for (let i = 0; i < 30; i++) {
        await store.appendLog({
          ...logEntry(`L${i}`, new Uint8Array([i])),
          receivedAt: at(i),
          verdict: i % 10 === 0 ? 'anomaly' : 'applied',
        });
      }
      expect((await store.listLog({ verdicts: ['anomaly'], limit: 2 })).map((e) => e.id)).toEqual(['L20', 'L10']);
      expect((await store.listLog({ verdicts: ['anomaly'], since: at(10), before: at(20) })).map((e) => e.id)).toEqual([
        'L10',
      ]);
    }));

  it('pruneLog deletes an entry with everything it wrote: record, both indexes, raw chunks', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      await store.createOrder(order('PR1'));
      await store.receive({
        log: logEntry('BIG', new Uint8Array(150_000).fill(7), 'PR1'),
        outTradeNo: 'PR1',
        binding: { notifyId: 'n-PR1', outTradeNo: 'PR1', tradeNo: null, at: T0 },
      });
      await store.markAttention({ outTradeNo: 'PR1', reason: 'stuck', version: 0, at: T0 });
      expect(await store.pruneLog({ before: '2026-03-02T00:00:00.000Z' })).toBe(1);
      const left = (await keysUnder(kv, ['alipay_escrow'])).map((key) => key[1]);
      // only the order (with its age index), the notify_id binding and the mark remain
      expect(left.sort()).toEqual(['attention', 'notify_id', 'order', 'order_age']);
    }));

  it('reads a record written before the bounded log with the documented defaults, and lists it under a filter', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      await store.appendLog(logEntry('OLD', new Uint8Array([1, 2, 3])));
      // what the previous version stored: no rawSize, rawSha256 nor authenticity, and a bare id in the index
      const key = ['alipay_escrow', 'log', 'OLD'];
      const record = (await kv.get<{ entry: Record<string, unknown>; tick: bigint }>(key)).value!;
      const { rawSize: _size, rawSha256: _sha, authenticity: _auth, ...entry } = record.entry;
      await kv.set(key, { ...record, entry: { ...entry, verdict: 'rejected', code: 'NOTIFY_VERIFY_FAILED' } });
      await kv.set(['alipay_escrow', 'log_time', T0, record.tick, 'OLD'], 'OLD');
      expect(await store.getLog('OLD')).toMatchObject({ rawSize: 3, rawSha256: '', authenticity: 'signature' });
      expect((await store.listLog({ verdicts: ['rejected'] })).map((e) => e.id)).toEqual(['OLD']);
      expect(await store.listLog({ verdicts: ['received'] })).toEqual([]);
    }));

  it('keeps one order_age entry per order, following its phase, so listOrders finds it where it is now', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      const created = order('AG1');
      await store.createOrder(created);
      await store.createOrder(order('AG0', { updatedAt: '2026-02-28T00:00:00.000Z' }));
      await store.commit({ next: paid(created), expectedVersion: 0, effects: [] });
      expect((await keysUnder(kv, ['alipay_escrow', 'order_age'])).map((k) => [k[2], k[4]])).toEqual([
        ['created', 'AG0'],
        ['paid', 'AG1'],
      ]);
      expect((await store.listOrders({ phases: ['created'], limit: 10 })).map((o) => o.outTradeNo)).toEqual(['AG0']);
      expect(await store.listOrders({ phases: ['paid'], limit: 10 })).toEqual([paid(created)]);
      expect((await store.listOrders({ limit: 10 })).map((o) => o.outTradeNo)).toEqual(['AG0', 'AG1']);
      expect(
        (
          await store.listOrders({ limit: 10, after: { updatedAt: '2026-02-28T00:00:00.000Z', outTradeNo: 'AG0' } })
        ).map((o) => o.outTradeNo),
      ).toEqual(['AG1']);
      expect(await store.listOrders({ limit: 10, updatedBefore: '2026-02-28T00:00:00.000Z' })).toEqual([]);
    }));

  it('an order object changed by the caller after commit does not change what the next commit replaces', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      const created = order('AG2');
      await store.createOrder(created);
      const next = paid(created);
      await store.commit({ next, expectedVersion: 0, effects: [] });
      next.phase = 'closed';
      next.version = 9;
      await store.commit({ next: { ...paid(created), phase: 'shipped', version: 2 }, expectedVersion: 1, effects: [] });
      expect((await keysUnder(kv, ['alipay_escrow', 'order_age'])).map((k) => [k[2], k[4]])).toEqual([
        ['shipped', 'AG2'],
      ]);
    }));

  it('refuses an effect key another order holds, writing nothing', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      await paidWith(store, 'K1', 1);
      const other = order('K2');
      await store.createOrder(other);
      await expectCode(
        store.commit({ next: paid(other), expectedVersion: 0, effects: [{ ...effect('K2', 'x'), key: 'K1:e00' }] }),
        'INTERNAL_ERROR',
      );
      expect(await store.getOrder('K2')).toEqual(other);
      expect(await store.listEffects('K2')).toEqual([]);
    }));

  it('an order with more effects than one getMany holds: receive, claims and settle see them all, in order', () =>
    withKv(async (kv) => {
      const store = createDenoKvStore(kv);
      const effects = await paidWith(store, 'M1', 25);
      const received = await store.receive({ outTradeNo: 'M1' });
      expect(received.effects.map((e) => e.key)).toEqual(effects.map((e) => e.key));
      const claimed = await store.claimEffects('M1', CLAIM);
      expect(claimed.map((e) => [e.key, e.status, e.attempts])).toEqual(effects.map((e) => [e.key, 'running', 1]));
      // Settled through another instance, which has to look the slots up.
      const other = createDenoKvStore(kv);
      const settled = await other.settle({
        done: claimed.slice(0, 20).map((e) => ({ key: e.key, attempt: 1 })),
        released: claimed.slice(20).map((e) => ({ key: e.key, attempt: 1, error: 'boom' })),
        at: CLAIM.leaseUntil,
      });
      expect(settled.done).toHaveLength(20);
      expect(settled.released).toHaveLength(5);
      expect((await store.listEffects('M1')).map((e) => e.status)).toEqual([
        ...Array(20).fill('done'),
        ...Array(5).fill('pending'),
      ]);
    }));
});

describe('KV round trips per step', () => {
  it('a new notice costs four: receive reads and writes, commit (with its claim) and settle only write', () =>
    withKv(async (raw) => {
      const { kv, calls } = counting(raw);
      const store = createDenoKvStore(kv);
      const created = order('RT1');
      await store.createOrder(created);
      calls.length = 0;
      const binding = { notifyId: 'n-RT1', outTradeNo: 'RT1', tradeNo: null, at: T0 };
      const received = await store.receive({
        log: logEntry('R1', new Uint8Array([1]), 'RT1'),
        outTradeNo: 'RT1',
        binding,
      });
      expect(calls.splice(0)).toEqual(['getMany', 'commit']);
      const { claimed } = await store.commit({
        next: paid(received.order!),
        expectedVersion: 0,
        effects: [effect('RT1', 'paid')],
        claim: CLAIM,
      });
      expect(calls.splice(0)).toEqual(['commit']);
      await store.settle({
        done: [{ key: claimed[0]!.key, attempt: claimed[0]!.attempts }],
        at: CLAIM.now,
        log: { id: 'R1', update: { verdict: 'applied' } },
      });
      expect(calls.splice(0)).toEqual(['commit']);
      expect((await store.listEffects('RT1')).map((e) => e.status)).toEqual(['done']);
      expect((await store.getLog('R1'))?.verdict).toBe('applied');

      // The duplicate: its notify_id is bound already, nothing left to claim.
      calls.length = 0;
      const again = await store.receive({
        log: logEntry('R2', new Uint8Array([1]), 'RT1'),
        outTradeNo: 'RT1',
        binding,
      });
      expect(again.effects.map((e) => e.status)).toEqual(['done']);
      expect(await store.claimEffects('RT1', CLAIM)).toEqual([]);
      await store.settle({ log: { id: 'R2', update: { verdict: 'duplicate' } } });
      expect(calls.splice(0)).toEqual(['getMany', 'commit', 'getMany', 'commit']);
    }));

  it('an instance that did not take the earlier steps reads first: one getMany more per step (two to find an effect)', () =>
    withKv(async (raw) => {
      const { kv, calls } = counting(raw);
      const first = createDenoKvStore(kv);
      const second = createDenoKvStore(kv);
      const created = order('RT2');
      await first.createOrder(created);
      await first.receive({ log: logEntry('R3', new Uint8Array([1]), 'RT2'), outTradeNo: 'RT2' });
      calls.length = 0;
      const { claimed } = await second.commit({
        next: paid(created),
        expectedVersion: 0,
        effects: [effect('RT2', 'paid')],
        claim: CLAIM,
      });
      expect(calls.splice(0)).toEqual(['getMany', 'commit']);
      expect(
        await first.settle({
          done: [{ key: claimed[0]!.key, attempt: 1 }],
          at: CLAIM.now,
          log: { id: 'R3', update: { verdict: 'applied' } },
        }),
      ).toEqual({ done: ['RT2:paid'], released: [] });
      expect(calls.splice(0)).toEqual(['getMany', 'getMany', 'commit']);
    }));
});

describe("snapshots of another instance's work are never trusted without a check", () => {
  it('a commit on an order another instance moved on: not committed, nothing written', () =>
    withKv(async (kv) => {
      const [one, two] = [createDenoKvStore(kv), createDenoKvStore(kv)];
      const created = order('ST1');
      await one.createOrder(created);
      const seen = (await one.receive({ outTradeNo: 'ST1' })).order!;
      await two.receive({ outTradeNo: 'ST1' });
      expect(
        (
          await two.commit({
            next: paid(created, { subject: 'two' }),
            expectedVersion: 0,
            effects: [effect('ST1', 'paid')],
            claim: CLAIM,
          })
        ).committed,
      ).toBe(true);
      expect(
        await one.commit({
          next: paid(seen, { subject: 'one' }),
          expectedVersion: 0,
          effects: [effect('ST1', 'other')],
          claim: CLAIM,
        }),
      ).toEqual({ committed: false, claimed: [] });
      expect((await one.getOrder('ST1'))?.subject).toBe('two');
      expect((await one.listEffects('ST1')).map((e) => e.key)).toEqual(['ST1:paid']);
      expect(await one.claimEffects('ST1', CLAIM)).toEqual([]);
    }));

  it('an effect released by another instance is claimed again, though this instance last saw it running', () =>
    withKv(async (kv) => {
      const [one, two] = [createDenoKvStore(kv), createDenoKvStore(kv)];
      await paidWith(one, 'ST2', 1);
      const [held] = await one.claimEffects('ST2', CLAIM);
      expect(await two.settle({ released: [{ key: held!.key, attempt: 1, error: 'hook threw' }] })).toEqual({
        done: [],
        released: ['ST2:e00'],
      });
      const again = await one.claimEffects('ST2', CLAIM);
      expect(again.map((e) => [e.key, e.attempts, e.lastError])).toEqual([['ST2:e00', 2, 'hook threw']]);
    }));

  it('effects another instance added since this one last looked are claimed with the rest', () =>
    withKv(async (kv) => {
      const [one, two] = [createDenoKvStore(kv), createDenoKvStore(kv)];
      await paidWith(one, 'ST4', 1);
      const seen = (await two.receive({ outTradeNo: 'ST4' })).order!;
      await two.commit({
        next: { ...seen, phase: 'shipped', version: 2 },
        expectedVersion: 1,
        effects: [{ ...effect('ST4', 'shipped'), kind: 'shipped' }],
      });
      // one's snapshot still holds only the first effect (pending): its claim must see the second too
      expect((await one.claimEffects('ST4', CLAIM)).map((e) => e.key)).toEqual(['ST4:e00', 'ST4:shipped']);
    }));

  it('a claim taken over by another instance settles nothing, though this instance last saw it held', () =>
    withKv(async (kv) => {
      const [one, two] = [createDenoKvStore(kv), createDenoKvStore(kv)];
      await paidWith(one, 'ST3', 1);
      await one.receive({ log: logEntry('R4', new Uint8Array([4]), 'ST3'), outTradeNo: 'ST3' });
      const [held] = await one.claimEffects('ST3', CLAIM);
      await two.settle({ log: { id: 'R4', update: { verdict: 'error', code: 'HOOK_FAILED' } } });
      const later = { now: '2026-03-01T08:05:00.000Z', leaseUntil: '2026-03-01T08:06:00.000Z' };
      expect((await two.claimEffects('ST3', later)).map((e) => e.attempts)).toEqual([2]);
      expect(
        await one.settle({
          done: [{ key: held!.key, attempt: 1 }],
          at: later.now,
          log: { id: 'R4', update: { verdict: 'applied' } },
        }),
      ).toEqual({ done: [], released: [] });
      expect((await one.listEffects('ST3')).map((e) => [e.status, e.attempts])).toEqual([['running', 2]]);
      // the log entry's outcome was still written, on top of the other instance's
      expect(await one.getLog('R4')).toMatchObject({ verdict: 'applied', code: 'HOOK_FAILED' });
    }));
});

describe('two connections to one KV database (two instances of an app)', () => {
  async function twoConnections(body: (stores: EscrowStore[]) => Promise<void>): Promise<void> {
    const dir = await Deno.makeTempDir();
    const one = await Deno.openKv(`${dir}/kv.sqlite`);
    const two = await Deno.openKv(`${dir}/kv.sqlite`);
    try {
      await body([createDenoKvStore(one), createDenoKvStore(two)]);
    } finally {
      one.close();
      two.close();
      await Deno.remove(dir, { recursive: true });
    }
  }

  it('50 deliveries of one notice split over both: one transition commits, and each effect is claimed once', () =>
    twoConnections(async (stores) => {
      const created = order('SH1');
      await stores[0]!.createOrder(created);
      const deliveries = Array.from({ length: 50 }, async (_, i) => {
        const store = stores[i % 2]!;
        const { order: read } = await store.receive({
          log: logEntry(`D${i}`, new Uint8Array([i]), 'SH1'),
          outTradeNo: 'SH1',
          binding: { notifyId: 'n-SH1', outTradeNo: 'SH1', tradeNo: null, at: T0 },
        });
        const next = paid(read!, { subject: `writer ${i}` });
        // A delivery that reads the order paid already is a duplicate: it only claims what is left.
        const result =
          read!.version === 0
            ? await store.commit({
                next,
                expectedVersion: 0,
                effects: [effect('SH1', 'paid'), effect('SH1', 'transition')],
                claim: CLAIM,
              })
            : { committed: false, claimed: [] };
        const claimed = result.committed ? result.claimed : await store.claimEffects('SH1', CLAIM);
        return { i, committed: result.committed, claimed: claimed.map((e) => e.key), next };
      });
      const results = await Promise.all(deliveries);
      const winners = results.filter((r) => r.committed);
      expect(winners).toHaveLength(1);
      expect(await stores[1]!.getOrder('SH1')).toEqual(winners[0]!.next);
      expect(results.flatMap((r) => r.claimed).sort()).toEqual(['SH1:paid', 'SH1:transition']);
      expect((await stores[0]!.listEffects('SH1')).map((e) => [e.key, e.status, e.attempts])).toEqual([
        ['SH1:paid', 'running', 1],
        ['SH1:transition', 'running', 1],
      ]);
      expect(await stores[0]!.listLog({ outTradeNo: 'SH1' })).toHaveLength(50);
    }));

  it('50 claims of effects whose lease ended, split over both: each effect goes to one claim', () =>
    twoConnections(async (stores) => {
      const effects = await paidWith(stores[0]!, 'SH2', 3);
      const claims = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 2]!.claimEffects('SH2', CLAIM)));
      expect(
        claims
          .flat()
          .map((e) => e.key)
          .sort(),
      ).toEqual(effects.map((e) => e.key));
      // The lease ends: the next 50 take them over, once each again.
      const later = { now: '2026-03-01T08:05:00.000Z', leaseUntil: '2026-03-01T08:06:00.000Z' };
      const again = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 2]!.claimEffects('SH2', later)));
      expect(again.flat().map((e) => [e.key, e.attempts])).toEqual(effects.map((e) => [e.key, 2]));
      // The first claim lost them: settling with its attempt changes nothing.
      expect(
        await stores[1]!.settle({ done: effects.map((e) => ({ key: e.key, attempt: 1 })), at: later.now }),
      ).toEqual({ done: [], released: [] });
    }));
});
