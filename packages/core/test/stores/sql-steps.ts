// The SQL store's steps on one engine: each step of a notification costs ONE round trip (receive,
// commit, settle; a duplicate two), and a step that fails writes nothing — the parts the SQL store
// writes as one batch (SQLite, D1) or one statement with data-modifying CTEs (Postgres). Portable
// (describe/it, no hooks): Node runs it on better-sqlite3, PGlite and a Postgres server
// (sql-steps.node.test.ts), workerd on D1 (test/workerd/d1-store.test.ts). Not a *.test.ts file.
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import type { EffectRecord, EscrowStore, NotificationLogEntry, OrderRecord } from '../../src/store/types.js';

/** A migrated, empty SQL store of its own, and how many round trips it made so far. */
export interface CountedStore {
  /** The store. */
  store: EscrowStore;
  /** Frees what it holds. */
  close(): Promise<void>;
  /** Round trips to the database so far (on Postgres: statements sent over the network). */
  roundTrips(): number;
}

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

function order(outTradeNo: string, overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    outTradeNo,
    partner: '2088101122136241',
    subject: '测试商品',
    payable: ['143.00'],
    sellerId: null,
    sellerEmail: 'seller@example.com',
    phase: 'awaiting_payment',
    tradeStatus: null,
    refundStatus: null,
    refundCycle: 0,
    noticeTime: null,
    tradeNo: null,
    totalFee: null,
    shipping: null,
    logisticsType: null,
    version: 1,
    createdAt: at(0),
    updatedAt: at(0),
    ...overrides,
  };
}

function effect(outTradeNo: string, slot: string, overrides: Partial<EffectRecord> = {}): EffectRecord {
  return {
    key: `${outTradeNo}:${slot}`,
    outTradeNo,
    kind: 'paid',
    detail: null,
    status: 'pending',
    attempts: 0,
    lastError: null,
    leaseUntil: null,
    createdAt: at(1),
    doneAt: null,
    ...overrides,
  };
}

function logEntry(id: string, outTradeNo: string, notifyId: string): NotificationLogEntry {
  return {
    id,
    channel: 'notify',
    receivedAt: at(1),
    method: 'POST',
    raw: new TextEncoder().encode(`notify_id=${notifyId}`),
    rawSize: 12,
    rawSha256: 'ab'.repeat(32),
    authenticity: 'verified',
    headers: {},
    remoteAddress: null,
    verdict: 'received',
    code: null,
    detail: null,
    outTradeNo,
    notifyId,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    refundStatus: null,
    reply: null,
    replayOf: null,
  };
}

const paid = (from: OrderRecord): OrderRecord => ({
  ...from,
  phase: 'paid',
  tradeStatus: 'WAIT_SELLER_SEND_GOODS',
  tradeNo: '2026030121001004550012345678',
  version: from.version + 1,
  updatedAt: at(1),
});

const claim = (minutes: number) => ({ now: at(minutes), leaseUntil: at(minutes + 5) });

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as AlipayEscrowError).code;
  }
  return undefined;
}

/** Registers the suite under `describe(name)`; each test gets a fresh store from `factory`. */
export function runSqlSteps(name: string, factory: () => Promise<CountedStore>): void {
  const test = (title: string, body: (handle: CountedStore) => Promise<void>): void => {
    it(title, async () => {
      const handle = await factory();
      try {
        await body(handle);
      } finally {
        await handle.close();
      }
    });
  };
  /** Runs `step` and returns what it resolved to and how many round trips it took. */
  const counted = async <T>(handle: CountedStore, step: () => Promise<T>): Promise<[T, number]> => {
    const before = handle.roundTrips();
    const result = await step();
    return [result, handle.roundTrips() - before];
  };

  describe(`SQL store steps: ${name}`, () => {
    test('a genuine notification costs three round trips, a duplicate of it two', async (handle) => {
      const { store } = handle;
      const created = order('S1');
      await store.createOrder(created);

      const [got, receiveTrips] = await counted(handle, () =>
        store.receive({
          log: logEntry('L1', 'S1', 'N1'),
          outTradeNo: 'S1',
          binding: { notifyId: 'N1', outTradeNo: 'S1', tradeNo: 'T1', at: at(1) },
        }),
      );
      expect(got).toEqual({ order: created, effects: [], binding: { outTradeNo: 'S1', tradeNo: 'T1' } });

      const next = paid(created);
      const owed = [
        effect('S1', 'paid'),
        effect('S1', 'transition:2', {
          kind: 'transition',
          detail: 'awaiting_payment→paid',
          status: 'done',
          doneAt: at(1),
        }),
      ];
      const [committed, commitTrips] = await counted(handle, () =>
        store.commit({ next, expectedVersion: 1, effects: owed, claim: claim(1) }),
      );
      expect(committed).toEqual({
        committed: true,
        claimed: [{ ...owed[0]!, status: 'running', attempts: 1, leaseUntil: at(6) }],
      });

      const [settled, settleTrips] = await counted(handle, () =>
        store.settle({
          done: [{ key: 'S1:paid', attempt: 1 }],
          at: at(2),
          log: { id: 'L1', update: { verdict: 'applied', reply: 'success' } },
        }),
      );
      expect(settled).toEqual({ done: ['S1:paid'], released: [] });
      expect([receiveTrips, commitTrips, settleTrips]).toEqual([1, 1, 1]);

      const [again, duplicateReceiveTrips] = await counted(handle, () =>
        store.receive({
          log: logEntry('L2', 'S1', 'N1'),
          outTradeNo: 'S1',
          binding: { notifyId: 'N1', outTradeNo: 'S1', tradeNo: 'T1', at: at(3) },
        }),
      );
      expect(again.order).toEqual(next);
      expect(again.effects.map((e) => [e.key, e.status, e.doneAt])).toEqual([
        ['S1:paid', 'done', at(2)],
        ['S1:transition:2', 'done', at(1)],
      ]);
      const [, duplicateSettleTrips] = await counted(handle, () =>
        store.settle({ log: { id: 'L2', update: { verdict: 'duplicate', reply: 'success' } } }),
      );
      expect([duplicateReceiveTrips, duplicateSettleTrips]).toEqual([1, 1]);

      expect((await store.getLog('L1'))?.verdict).toBe('applied');
      expect((await store.getLog('L2'))?.verdict).toBe('duplicate');
    });

    test('commit claims, in creation order, the older pending effects with the new ones; a lost compare-and-set claims nothing', async (handle) => {
      const { store } = handle;
      const created = order('S2');
      await store.createOrder(created);
      const v2 = paid(created);
      await store.commit({ next: v2, expectedVersion: 1, effects: [effect('S2', 'paid')], claim: claim(1) });
      expect(await store.settle({ released: [{ key: 'S2:paid', attempt: 1, error: 'hook threw' }] })).toEqual({
        done: [],
        released: ['S2:paid'],
      });

      const v3 = { ...v2, phase: 'shipped' as const, version: 3, updatedAt: at(3) };
      // A writer that read version 1, like the first commit did: it lost.
      const stale = await store.commit({
        next: { ...v2, subject: 'lost' },
        expectedVersion: 1,
        effects: [effect('S2', 'lost')],
        claim: claim(3),
      });
      expect(stale).toEqual({ committed: false, claimed: [] });

      const [won, trips] = await counted(handle, () =>
        store.commit({
          next: v3,
          expectedVersion: 2,
          effects: [effect('S2', 'shipped', { kind: 'shipped' })],
          claim: claim(3),
        }),
      );
      expect(trips).toBe(1);
      expect(won.committed).toBe(true);
      expect(won.claimed.map((e) => [e.key, e.status, e.attempts, e.leaseUntil, e.lastError])).toEqual([
        ['S2:paid', 'running', 2, at(8), 'hook threw'],
        ['S2:shipped', 'running', 1, at(8), null],
      ]);
      expect(await store.getOrder('S2')).toEqual(v3);
      expect((await store.listEffects('S2')).map((e) => e.key)).toEqual(['S2:paid', 'S2:shipped']);
    });

    test('a transition that owes twenty effects commits, claims and settles them in one round trip per step', async (handle) => {
      // More effects than one statement binds on D1 (100 parameters): the step splits its SQL, not its call.
      const { store } = handle;
      const created = order('S20');
      await store.createOrder(created);
      const owed = Array.from({ length: 20 }, (_, i) => effect('S20', `slot-${String(i).padStart(2, '0')}`));
      const [committed, commitTrips] = await counted(handle, () =>
        store.commit({ next: paid(created), expectedVersion: 1, effects: owed, claim: claim(1) }),
      );
      expect(commitTrips).toBe(1);
      expect(committed.claimed).toEqual(owed.map((e) => ({ ...e, status: 'running', attempts: 1, leaseUntil: at(6) })));
      const done = owed.slice(0, 19).map((e) => ({ key: e.key, attempt: 1 }));
      const [settled, settleTrips] = await counted(handle, () =>
        store.settle({ done, released: [{ key: owed[19]!.key, attempt: 1, error: 'hook threw' }], at: at(2) }),
      );
      expect(settleTrips).toBe(1);
      expect(settled).toEqual({ done: done.map((d) => d.key), released: [owed[19]!.key] });
      expect((await store.listEffects('S20')).map((e) => [e.key, e.status, e.doneAt, e.lastError])).toEqual(
        owed.map((e, i) => (i < 19 ? [e.key, 'done', at(2), null] : [e.key, 'pending', null, 'hook threw'])),
      );
    });

    test('a settlement whose claim was taken over changes nothing, in the same step as the others', async (handle) => {
      const { store } = handle;
      const created = order('S3');
      await store.createOrder(created);
      await store.commit({
        next: paid(created),
        expectedVersion: 1,
        effects: [effect('S3', 'a'), effect('S3', 'b')],
        claim: claim(1),
      });
      // The lease (until minute 6) ended: another request takes both over.
      expect((await store.claimEffects('S3', claim(7))).map((e) => [e.key, e.attempts])).toEqual([
        ['S3:a', 2],
        ['S3:b', 2],
      ]);
      const [settled, trips] = await counted(handle, () =>
        store.settle({
          done: [
            { key: 'S3:a', attempt: 1 },
            { key: 'S3:b', attempt: 2 },
          ],
          released: [],
          at: at(8),
        }),
      );
      expect(trips).toBe(1);
      expect(settled).toEqual({ done: ['S3:b'], released: [] });
      expect((await store.listEffects('S3')).map((e) => [e.key, e.status, e.attempts])).toEqual([
        ['S3:a', 'running', 2],
        ['S3:b', 'done', 2],
      ]);
    });

    test('receive with a log id already taken writes nothing: neither the entry nor the notify_id binding', async (handle) => {
      const { store } = handle;
      await store.createOrder(order('S4'));
      await store.appendLog(logEntry('L4', 'S4', 'N0'));
      const binding = { notifyId: 'N4', outTradeNo: 'S4', tradeNo: null, at: at(1) };
      expect(await codeOf(store.receive({ log: logEntry('L4', 'S4', 'N4'), outTradeNo: 'S4', binding }))).toBe(
        'INTERNAL_ERROR',
      );
      expect((await store.getLog('L4'))?.notifyId).toBe('N0');
      // N4 is still free: another trade binds it first.
      const other = await store.receive({ outTradeNo: 'S4-other', binding: { ...binding, outTradeNo: 'S4-other' } });
      expect(other).toEqual({ order: undefined, effects: [], binding: { outTradeNo: 'S4-other', tradeNo: null } });
    });

    test('commit with an effect key already taken writes nothing: neither the order nor its other effects', async (handle) => {
      const { store } = handle;
      const created = order('S5');
      await store.createOrder(created);
      const v2 = paid(created);
      await store.commit({ next: v2, expectedVersion: 1, effects: [effect('S5', 'paid')] });
      const v3 = { ...v2, phase: 'shipped' as const, version: 3 };
      expect(
        await codeOf(
          store.commit({
            next: v3,
            expectedVersion: 2,
            effects: [effect('S5', 'new'), effect('S5', 'paid')],
            claim: claim(2),
          }),
        ),
      ).toBe('INTERNAL_ERROR');
      expect(await store.getOrder('S5')).toEqual(v2);
      expect((await store.listEffects('S5')).map((e) => [e.key, e.status])).toEqual([['S5:paid', 'pending']]);
    });

    test('concurrent commits of one version: exactly one wins, and only its effects exist and are claimed', async (handle) => {
      const { store } = handle;
      const created = order('S6');
      await store.createOrder(created);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          store.commit({
            next: { ...paid(created), subject: `writer ${i}` },
            expectedVersion: 1,
            effects: [effect('S6', `paid-${i}`)],
            claim: claim(1),
          }),
        ),
      );
      const winners = results.flatMap((r, i) => (r.committed ? [i] : []));
      expect(winners).toHaveLength(1);
      const w = winners[0]!;
      expect(results[w]!.claimed.map((e) => e.key)).toEqual([`S6:paid-${w}`]);
      expect(results.filter((r) => !r.committed).every((r) => r.claimed.length === 0)).toBe(true);
      expect((await store.getOrder('S6'))?.subject).toBe(`writer ${w}`);
      expect((await store.listEffects('S6')).map((e) => [e.key, e.status])).toEqual([[`S6:paid-${w}`, 'running']]);
    });
  });
}
