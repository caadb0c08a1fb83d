// The EscrowStore contract, run against every store on every engine (memory; SQLite through
// better-sqlite3 and D1; Postgres through PGlite and a server). Portable: only describe/it and
// the matchers the Deno shim supports, no hooks, so it also runs inside workerd and Deno.
// Not a *.test.ts file itself: test files call runStoreContract(name, factory).
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import type { EffectRecord, EscrowStore, NotificationLogEntry, OrderRecord } from '../../src/store/types.js';

export interface StoreHandle {
  /** A migrated, empty store of its own (no other test sees its rows). */
  store: EscrowStore;
  /** Frees what the store holds (drops its tables, closes connections, removes files). */
  close(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreHandle>;

/** Generous: 50 concurrent transactions over a real connection pool or workerd's D1. */
const SLOW = 60_000;

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
/** The time `minutes` after T0, as the store wants it (toISOString). */
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

function order(outTradeNo: string, overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    outTradeNo,
    partner: '2088101122136241',
    subject: '测试商品 – 担保交易',
    payable: ['138.00', '143.00'],
    sellerId: null,
    sellerEmail: 'seller@example.com',
    phase: 'created',
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

/** `order` moved one version on, as a state machine would write it. */
function advanced(from: OrderRecord, overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    ...from,
    phase: 'paid',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    tradeNo: '2026030121001004550012345678',
    totalFee: '143.00',
    noticeTime: '2026-03-01 16:01:00',
    version: from.version + 1,
    updatedAt: at(1),
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

function logEntry(id: string, overrides: Partial<NotificationLogEntry> = {}): NotificationLogEntry {
  return {
    id,
    channel: 'notify',
    receivedAt: at(0),
    method: 'POST',
    raw: new TextEncoder().encode(`notify_id=${id}&trade_status=WAIT_BUYER_PAY`),
    rawSize: `notify_id=${id}&trade_status=WAIT_BUYER_PAY`.length,
    rawSha256: 'ab'.repeat(32),
    authenticity: 'verified',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=GBK', cookie: '[redacted]' },
    remoteAddress: '110.75.143.1',
    verdict: 'received',
    code: null,
    detail: null,
    outTradeNo: null,
    notifyId: null,
    tradeStatus: null,
    refundStatus: null,
    reply: null,
    replayOf: null,
    ...overrides,
  };
}

/** An order created and then moved to version 2 with the given effects. */
async function orderWithEffects(store: EscrowStore, outTradeNo: string, effects: EffectRecord[]): Promise<OrderRecord> {
  const created = order(outTradeNo);
  expect(await store.createOrder(created)).toBe('created');
  const next = advanced(created);
  expect(await store.commitTransition(next, created.version, effects)).toBe(true);
  return next;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  try {
    await promise;
    throw new Error(`expected an AlipayEscrowError ${code}`);
  } catch (error) {
    expect((error as AlipayEscrowError).code).toBe(code);
  }
}

/** Registers the contract under `describe(name)`. Each test gets a fresh store from `factory`. */
export function runStoreContract(name: string, factory: StoreFactory): void {
  const test = (title: string, body: (store: EscrowStore) => Promise<void>, timeout?: number): void => {
    it(
      title,
      async () => {
        const handle = await factory();
        try {
          await body(handle.store);
        } finally {
          await handle.close();
        }
      },
      timeout,
    );
  };

  describe(`EscrowStore contract: ${name}`, () => {
    describe('orders', () => {
      test('createOrder reports created, then exists, and never overwrites', async (store) => {
        expect(await store.createOrder(order('A1'))).toBe('created');
        expect(await store.createOrder(order('A1', { subject: 'other', version: 7 }))).toBe('exists');
        const stored = await store.getOrder('A1');
        expect(stored?.subject).toBe('测试商品 – 担保交易');
        expect(stored?.version).toBe(1);
      });

      test('getOrder returns undefined for an unknown order', async (store) => {
        expect(await store.getOrder('nope')).toBeUndefined();
      });

      test('an order round-trips with every field, nulls and non-nulls', async (store) => {
        const full = order('A2', {
          sellerId: '2088102122524333',
          sellerEmail: null,
          phase: 'shipped',
          tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
          refundStatus: 'WAIT_SELLER_AGREE',
          refundCycle: 2,
          noticeTime: '2026-03-01 16:05:00',
          tradeNo: '2026030121001004550012345678',
          totalFee: '143.00',
          shipping: { logisticsName: '顺丰速运', invoiceNo: null, transportType: 'EXPRESS', at: at(5) },
          logisticsType: 'EMS',
          payable: ['0.01'],
          version: 5,
        });
        await store.createOrder(full);
        expect(await store.getOrder('A2')).toStrictEqual(full);
        const bare = order('A3');
        await store.createOrder(bare);
        expect(await store.getOrder('A3')).toStrictEqual(bare);
      });

      test('getOrder returns a copy: changing it, or the object passed in, changes nothing stored', async (store) => {
        const input = order('A4', { shipping: { logisticsName: 'EMS', invoiceNo: '1', transportType: 'EMS', at: at(2) } });
        await store.createOrder(input);
        input.payable.push('999.00');
        input.shipping!.invoiceNo = 'changed';
        input.subject = 'changed';
        const first = await store.getOrder('A4');
        first!.payable.push('1.00');
        first!.shipping!.logisticsName = 'changed';
        first!.version = 99;
        const second = await store.getOrder('A4');
        expect(second?.payable).toEqual(['138.00', '143.00']);
        expect(second?.shipping).toEqual({ logisticsName: 'EMS', invoiceNo: '1', transportType: 'EMS', at: at(2) });
        expect(second?.subject).toBe('测试商品 – 担保交易');
        expect(second?.version).toBe(1);
      });
    });

    describe('commitTransition', () => {
      test('writes next and its effects when the version matches', async (store) => {
        const created = order('B1');
        await store.createOrder(created);
        const next = advanced(created);
        const effects = [effect('B1', 'paid'), effect('B1', 'transition:2', { kind: 'transition', detail: 'created→paid' })];
        expect(await store.commitTransition(next, 1, effects)).toBe(true);
        expect(await store.getOrder('B1')).toStrictEqual(next);
        expect(await store.listEffects('B1')).toStrictEqual(effects);
      });

      test('a stale expected version changes nothing and inserts no effects', async (store) => {
        const next = await orderWithEffects(store, 'B2', [effect('B2', 'paid')]);
        const late = advanced(order('B2'), { phase: 'closed', tradeStatus: 'TRADE_CLOSED' });
        expect(await store.commitTransition(late, 1, [effect('B2', 'closed', { kind: 'closed' })])).toBe(false);
        expect(await store.getOrder('B2')).toStrictEqual(next);
        expect((await store.listEffects('B2')).map((e) => e.key)).toEqual(['B2:paid']);
      });

      test('an unknown order is not created and gets no effects', async (store) => {
        expect(await store.commitTransition(advanced(order('B3')), 1, [effect('B3', 'paid')])).toBe(false);
        expect(await store.getOrder('B3')).toBeUndefined();
        expect(await store.listEffects('B3')).toEqual([]);
      });

      test('successive transitions keep the effects in creation order', async (store) => {
        const v1 = order('B4');
        await store.createOrder(v1);
        const v2 = advanced(v1);
        const v3 = advanced(v2, { phase: 'shipped', tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS' });
        const v4 = advanced(v3, { phase: 'finished', tradeStatus: 'TRADE_FINISHED' });
        // Slots chosen so that alphabetical order differs from creation order.
        expect(await store.commitTransition(v2, 1, [effect('B4', 'z-paid'), effect('B4', 'm-transition')])).toBe(true);
        expect(await store.commitTransition(v3, 2, [])).toBe(true);
        expect(await store.commitTransition(v4, 3, [effect('B4', 'a-finished', { kind: 'finished' })])).toBe(true);
        expect((await store.listEffects('B4')).map((e) => e.key)).toEqual(['B4:z-paid', 'B4:m-transition', 'B4:a-finished']);
        expect((await store.getOrder('B4'))?.version).toBe(4);
      });

      test('rejects a next version that is not expectedVersion + 1, writing nothing', async (store) => {
        const created = order('B5');
        await store.createOrder(created);
        await expectCode(store.commitTransition(advanced(created, { version: 3 }), 1, [effect('B5', 'paid')]), 'CONFIG_INVALID');
        expect(await store.getOrder('B5')).toStrictEqual(created);
        expect(await store.listEffects('B5')).toEqual([]);
      });

      test('rejects effects of another order or with repeated keys', async (store) => {
        const created = order('B6');
        await store.createOrder(created);
        await expectCode(store.commitTransition(advanced(created), 1, [effect('OTHER', 'paid')]), 'CONFIG_INVALID');
        await expectCode(store.commitTransition(advanced(created), 1, [effect('B6', 'paid'), effect('B6', 'paid')]), 'CONFIG_INVALID');
        expect((await store.getOrder('B6'))?.version).toBe(1);
        expect(await store.listEffects('B6')).toEqual([]);
      });

      test('an effect key that already exists fails the whole transition', async (store) => {
        const v2 = await orderWithEffects(store, 'B7', [effect('B7', 'paid')]);
        const v3 = advanced(v2, { phase: 'shipped' });
        await expectCode(store.commitTransition(v3, 2, [effect('B7', 'shipped', { kind: 'shipped' }), effect('B7', 'paid')]), 'INTERNAL_ERROR');
        expect(await store.getOrder('B7')).toStrictEqual(v2);
        expect((await store.listEffects('B7')).map((e) => e.key)).toEqual(['B7:paid']);
      });

      test(
        '50 concurrent writers expecting the same version: exactly one wins, with exactly its effects',
        async (store) => {
          const created = order('B8');
          await store.createOrder(created);
          const attempts = Array.from({ length: 50 }, (_, i) => ({
            next: advanced(created, { subject: `writer ${i}` }),
            effects: [effect('B8', `paid-${i}`), effect('B8', `transition-${i}`, { kind: 'transition' })],
          }));
          const results = await Promise.all(attempts.map((a) => store.commitTransition(a.next, 1, a.effects)));
          const winners = results.flatMap((won, i) => (won ? [i] : []));
          expect(winners).toHaveLength(1);
          const winner = attempts[winners[0]!]!;
          expect(await store.getOrder('B8')).toStrictEqual(winner.next);
          expect(await store.listEffects('B8')).toStrictEqual(winner.effects);
        },
        SLOW,
      );

      test('effects stay with their own order', async (store) => {
        await orderWithEffects(store, 'B9', [effect('B9', 'paid')]);
        await orderWithEffects(store, 'B10', [effect('B10', 'paid'), effect('B10', 'transition:2')]);
        expect((await store.listEffects('B9')).map((e) => e.key)).toEqual(['B9:paid']);
        expect((await store.listEffects('B10')).map((e) => e.key)).toEqual(['B10:paid', 'B10:transition:2']);
        expect(await store.listEffects('B11')).toEqual([]);
      });
    });

    describe('effects', () => {
      test('claimEffect takes a pending effect: running, attempts + 1, the lease', async (store) => {
        await orderWithEffects(store, 'C1', [effect('C1', 'paid')]);
        const claimed = await store.claimEffect('C1:paid', at(10), at(11));
        expect(claimed).toStrictEqual({ ...effect('C1', 'paid'), status: 'running', attempts: 1, leaseUntil: at(11) });
        expect(await store.listEffects('C1')).toStrictEqual([claimed]);
      });

      test('a held claim excludes others until its lease has ended, then can be taken over', async (store) => {
        await orderWithEffects(store, 'C2', [effect('C2', 'paid')]);
        expect(await store.claimEffect('C2:paid', at(10), at(15))).toBeDefined();
        expect(await store.claimEffect('C2:paid', at(12), at(20))).toBeUndefined();
        // A lease that ends exactly now has not ended before now.
        expect(await store.claimEffect('C2:paid', at(15), at(20))).toBeUndefined();
        const takeover = await store.claimEffect('C2:paid', at(16), at(21));
        expect(takeover?.attempts).toBe(2);
        expect(takeover?.leaseUntil).toBe(at(21));
        expect(takeover?.status).toBe('running');
      });

      test(
        '50 concurrent claims: exactly one gets the effect',
        async (store) => {
          await orderWithEffects(store, 'C3', [effect('C3', 'paid')]);
          const claims = await Promise.all(Array.from({ length: 50 }, () => store.claimEffect('C3:paid', at(10), at(11))));
          expect(claims.filter((c) => c !== undefined)).toHaveLength(1);
          const [stored] = await store.listEffects('C3');
          expect(stored?.attempts).toBe(1);
          expect(stored?.status).toBe('running');
        },
        SLOW,
      );

      test('claimEffect of an unknown key is undefined', async (store) => {
        expect(await store.claimEffect('none:paid', at(10), at(11))).toBeUndefined();
      });

      test('completeEffect marks it done; a done effect cannot be claimed, released or completed again', async (store) => {
        await orderWithEffects(store, 'C4', [effect('C4', 'paid')]);
        const claimed = await store.claimEffect('C4:paid', at(10), at(11));
        expect(await store.completeEffect('C4:paid', at(10.5), claimed!.attempts)).toBe(true);
        const [done] = await store.listEffects('C4');
        expect(done).toStrictEqual({ ...effect('C4', 'paid'), status: 'done', attempts: 1, doneAt: at(10.5) });
        expect(await store.claimEffect('C4:paid', at(20), at(21))).toBeUndefined();
        expect(await store.releaseEffect('C4:paid', 'too late', 1)).toBe(false);
        expect(await store.completeEffect('C4:paid', at(30), 1)).toBe(false);
        expect(await store.listEffects('C4')).toStrictEqual([done]);
      });

      test('releaseEffect puts it back to pending with the error, to be claimed again', async (store) => {
        await orderWithEffects(store, 'C5', [effect('C5', 'paid')]);
        const claimed = await store.claimEffect('C5:paid', at(10), at(11));
        expect(await store.releaseEffect('C5:paid', 'hook threw: 连接超时', claimed!.attempts)).toBe(true);
        const [released] = await store.listEffects('C5');
        expect(released).toStrictEqual({ ...effect('C5', 'paid'), attempts: 1, lastError: 'hook threw: 连接超时' });
        const again = await store.claimEffect('C5:paid', at(10.2), at(12));
        expect(again?.attempts).toBe(2);
        expect(again?.lastError).toBe('hook threw: 连接超时');
        // the first claim's token no longer settles it
        expect(await store.completeEffect('C5:paid', at(10.3), 1)).toBe(false);
        expect(await store.completeEffect('C5:paid', at(10.4), 2)).toBe(true);
      });

      test('releasing or completing a pending effect changes nothing', async (store) => {
        await orderWithEffects(store, 'C6', [effect('C6', 'paid')]);
        expect(await store.releaseEffect('C6:paid', 'not running', 1)).toBe(false);
        expect(await store.completeEffect('C6:paid', at(10), 1)).toBe(false);
        expect(await store.releaseEffect('none:paid', 'unknown', 1)).toBe(false);
        expect(await store.completeEffect('none:paid', at(10), 1)).toBe(false);
        expect(await store.listEffects('C6')).toStrictEqual([effect('C6', 'paid')]);
      });

      test('after a takeover, the expired holder can neither complete nor release; the new holder can', async (store) => {
        await orderWithEffects(store, 'C11', [effect('C11', 'paid'), effect('C11', 'done')]);
        const first = await store.claimEffect('C11:paid', at(10), at(11));
        const second = await store.claimEffect('C11:paid', at(12), at(13));
        expect([first?.attempts, second?.attempts]).toEqual([1, 2]);
        const running = { ...effect('C11', 'paid'), status: 'running', attempts: 2, leaseUntil: at(13) };
        // the first holder's hook finishes (or throws) late: its claim is gone
        expect(await store.completeEffect('C11:paid', at(12.5), first!.attempts)).toBe(false);
        expect(await store.releaseEffect('C11:paid', 'late failure', first!.attempts)).toBe(false);
        expect((await store.listEffects('C11'))[0]).toStrictEqual(running);
        // a token ahead of the claim settles nothing either
        expect(await store.completeEffect('C11:paid', at(12.5), 3)).toBe(false);
        expect(await store.completeEffect('C11:paid', at(12.6), second!.attempts)).toBe(true);
        expect((await store.listEffects('C11'))[0]).toStrictEqual({ ...running, status: 'done', leaseUntil: null, doneAt: at(12.6) });
        // the same for release: the new holder's release works, the old one's never does
        const third = await store.claimEffect('C11:done', at(20), at(21));
        const fourth = await store.claimEffect('C11:done', at(22), at(23));
        expect(await store.releaseEffect('C11:done', 'stale', third!.attempts)).toBe(false);
        expect(await store.releaseEffect('C11:done', 'hook threw', fourth!.attempts)).toBe(true);
        expect((await store.listEffects('C11'))[1]).toStrictEqual({ ...effect('C11', 'done'), attempts: 2, lastError: 'hook threw' });
      });

      test('a lease that ended without a takeover still lets its holder complete', async (store) => {
        await orderWithEffects(store, 'C12', [effect('C12', 'paid')]);
        const claimed = await store.claimEffect('C12:paid', at(10), at(11));
        expect(await store.completeEffect('C12:paid', at(30), claimed!.attempts)).toBe(true);
        expect((await store.listEffects('C12'))[0]?.status).toBe('done');
      });

      test('completeEffect and releaseEffect reject an attempt that is not a positive integer', async (store) => {
        await orderWithEffects(store, 'C13', [effect('C13', 'paid')]);
        await store.claimEffect('C13:paid', at(10), at(11));
        for (const attempt of [0, -1, 1.5, Number.NaN]) {
          await expectCode(store.completeEffect('C13:paid', at(10.5), attempt), 'CONFIG_INVALID');
          await expectCode(store.releaseEffect('C13:paid', 'x', attempt), 'CONFIG_INVALID');
        }
        await expectCode(store.completeEffect('C13:paid', at(10.5), undefined as unknown as number), 'CONFIG_INVALID');
        expect((await store.listEffects('C13'))[0]).toMatchObject({ status: 'running', attempts: 1 });
      });

      test('unfinishedEffects: pending and expired-running, not done nor running on a live lease', async (store) => {
        const slots = ['pending', 'expired', 'live', 'done'];
        await orderWithEffects(store, 'C7', slots.map((slot) => effect('C7', slot)));
        // Leases far in the past or future, so the store's own clock decides the same way.
        await store.claimEffect('C7:expired', '2000-01-01T00:00:00.000Z', '2000-01-01T00:01:00.000Z');
        await store.claimEffect('C7:live', at(0), '2999-01-01T00:00:00.000Z');
        await store.claimEffect('C7:done', at(0), '2999-01-01T00:00:00.000Z');
        expect(await store.completeEffect('C7:done', at(1), 1)).toBe(true);
        expect((await store.unfinishedEffects('C7')).map((e) => e.key)).toEqual(['C7:pending', 'C7:expired']);
        expect(await store.unfinishedEffects('C8')).toEqual([]);
      });

      test('unfinishedEffects compares leases with the time it is given', async (store) => {
        await orderWithEffects(store, 'C14', [effect('C14', 'pending'), effect('C14', 'running')]);
        const claimed = await store.claimEffect('C14:running', at(10), at(15));
        const keys = async (now: string): Promise<string[]> => (await store.unfinishedEffects('C14', now)).map((e) => e.key);
        expect(await keys(at(12))).toEqual(['C14:pending']);
        // a lease that ends exactly now has not ended before now
        expect(await keys(at(15))).toEqual(['C14:pending']);
        expect(await keys(at(16))).toEqual(['C14:pending', 'C14:running']);
        // non-canonical ISO text is read as the time it names
        expect(await keys('2026-03-01T16:16:00+08:00')).toEqual(['C14:pending', 'C14:running']);
        expect((await store.unfinishedEffects('C14', at(16)))[1]).toStrictEqual(claimed);
        await expectCode(store.unfinishedEffects('C14', 'later'), 'CONFIG_INVALID');
      });

      test('listEffects returns copies', async (store) => {
        await orderWithEffects(store, 'C9', [effect('C9', 'paid')]);
        const [first] = await store.listEffects('C9');
        first!.status = 'done';
        first!.attempts = 9;
        expect(await store.listEffects('C9')).toStrictEqual([effect('C9', 'paid')]);
      });

      test('claimEffect rejects a time it cannot read', async (store) => {
        await orderWithEffects(store, 'C10', [effect('C10', 'paid')]);
        await expectCode(store.claimEffect('C10:paid', 'yesterday', at(1)), 'CONFIG_INVALID');
        expect((await store.listEffects('C10'))[0]?.status).toBe('pending');
      });
    });

    describe('notification log', () => {
      test('raw bytes round-trip exactly (every byte value, 0x00 and 0xFF included)', async (store) => {
        const every = new Uint8Array(512).map((_, i) => i % 256);
        const gbk = new Uint8Array([0x00, 0xff, 0xd6, 0xd0, 0xce, 0xc4, 0x26, 0x3d, 0x0d, 0x0a, 0xff, 0x00]);
        const entries = [
          logEntry('L1', { raw: every }),
          logEntry('L2', { raw: gbk }),
          logEntry('L3', { raw: new Uint8Array(0) }),
          // A view into a larger buffer: only its own bytes are stored.
          logEntry('L4', { raw: new Uint8Array(every.buffer, 255, 3) }),
        ];
        for (const entry of entries) await store.appendLog(entry);
        expect((await store.getLog('L1'))?.raw).toEqual(every);
        expect((await store.getLog('L2'))?.raw).toEqual(gbk);
        expect((await store.getLog('L3'))?.raw).toEqual(new Uint8Array(0));
        expect((await store.getLog('L4'))?.raw).toEqual(new Uint8Array([0xff, 0x00, 0x01]));
        expect((await store.getLog('L4'))?.raw).toBeInstanceOf(Uint8Array);
      });

      test('an entry round-trips with every field', async (store) => {
        const full = logEntry('L5', {
          channel: 'replay',
          method: 'GET',
          headers: { 'user-agent': 'Mozilla/4.0', 'x-note': '中文 “quoted” \\ value' },
          remoteAddress: null,
          verdict: 'anomaly',
          code: 'TOTAL_FEE_MISMATCH',
          detail: 'total_fee 143.00 is not one of 138.00, 140.00',
          outTradeNo: 'O1',
          notifyId: 'ac05099524730693a8b330c5ecf72da9786',
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          refundStatus: 'REFUND_SUCCESS',
          reply: 'success',
          replayOf: 'L0',
        });
        await store.appendLog(full);
        expect(await store.getLog('L5')).toStrictEqual(full);
        expect(await store.getLog('missing')).toBeUndefined();
      });

      test('getLog returns a copy', async (store) => {
        await store.appendLog(logEntry('L6'));
        const first = await store.getLog('L6');
        first!.raw[0] = 0;
        first!.headers['cookie'] = 'leaked';
        first!.verdict = 'applied';
        expect(await store.getLog('L6')).toStrictEqual(logEntry('L6'));
      });

      test('appendLog refuses an id that is already logged, keeping the first entry', async (store) => {
        await store.appendLog(logEntry('L7'));
        await expectCode(store.appendLog(logEntry('L7', { verdict: 'applied' })), 'INTERNAL_ERROR');
        expect(await store.getLog('L7')).toStrictEqual(logEntry('L7'));
      });

      test('updateLog changes only the given fields', async (store) => {
        await store.appendLog(logEntry('L8', { detail: 'keep me' }));
        await store.updateLog('L8', { verdict: 'applied', outTradeNo: 'O8', reply: 'success', code: null });
        expect(await store.getLog('L8')).toStrictEqual(logEntry('L8', { detail: 'keep me', verdict: 'applied', outTradeNo: 'O8', reply: 'success' }));
        await store.updateLog('L8', { detail: null, notifyId: 'n8', tradeStatus: 'TRADE_FINISHED', refundStatus: 'REFUND_CLOSED' });
        expect(await store.getLog('L8')).toStrictEqual(
          logEntry('L8', {
            verdict: 'applied',
            outTradeNo: 'O8',
            reply: 'success',
            notifyId: 'n8',
            tradeStatus: 'TRADE_FINISHED',
            refundStatus: 'REFUND_CLOSED',
          }),
        );
        await store.updateLog('L8', {});
        expect((await store.getLog('L8'))?.verdict).toBe('applied');
      });

      test('updateLog of an unknown id creates nothing', async (store) => {
        await store.updateLog('ghost', { verdict: 'error' });
        expect(await store.getLog('ghost')).toBeUndefined();
        expect(await store.listLog()).toEqual([]);
      });

      test('listLog: newest first, filtered by order, limited', async (store) => {
        // Appended out of time order; L-b and L-c share a time (the later append counts as newer).
        await store.appendLog(logEntry('L-b', { receivedAt: at(2), outTradeNo: 'O1' }));
        await store.appendLog(logEntry('L-a', { receivedAt: at(1), outTradeNo: 'O2' }));
        await store.appendLog(logEntry('L-d', { receivedAt: at(30), outTradeNo: 'O1' }));
        await store.appendLog(logEntry('L-c', { receivedAt: at(2) }));
        await store.appendLog(logEntry('L-e', { receivedAt: at(4), outTradeNo: 'O1' }));
        const ids = (entries: NotificationLogEntry[]): string[] => entries.map((e) => e.id);
        expect(ids(await store.listLog())).toEqual(['L-d', 'L-e', 'L-c', 'L-b', 'L-a']);
        expect(ids(await store.listLog({}))).toEqual(['L-d', 'L-e', 'L-c', 'L-b', 'L-a']);
        expect(ids(await store.listLog({ limit: 2 }))).toEqual(['L-d', 'L-e']);
        expect(ids(await store.listLog({ limit: 0 }))).toEqual([]);
        expect(ids(await store.listLog({ outTradeNo: 'O1' }))).toEqual(['L-d', 'L-e', 'L-b']);
        expect(ids(await store.listLog({ outTradeNo: 'O1', limit: 2 }))).toEqual(['L-d', 'L-e']);
        expect(ids(await store.listLog({ outTradeNo: 'O3' }))).toEqual([]);
        expect((await store.listLog({ outTradeNo: 'O2' }))[0]).toStrictEqual(logEntry('L-a', { receivedAt: at(1), outTradeNo: 'O2' }));
      });

      test('listLog orders by time, not by how the time was written', async (store) => {
        // Non-canonical ISO text is stored as toISOString(), so text order is time order.
        await store.appendLog(logEntry('L-x', { receivedAt: '2026-03-01T16:00:00+08:00' }));
        await store.appendLog(logEntry('L-y', { receivedAt: '2026-03-01T08:00:00.500Z' }));
        expect((await store.listLog()).map((e) => e.id)).toEqual(['L-y', 'L-x']);
        expect((await store.getLog('L-x'))?.receivedAt).toBe('2026-03-01T08:00:00.000Z');
      });

      test('listLog rejects a negative or fractional limit', async (store) => {
        await expectCode(store.listLog({ limit: -1 }), 'CONFIG_INVALID');
        await expectCode(store.listLog({ limit: 1.5 }), 'CONFIG_INVALID');
      });
    });

    describe('bounded log: size, digest, authenticity, pruneLog', () => {
      test('rawSize, rawSha256 and authenticity round-trip, also for an entry that keeps only a prefix', async (store) => {
        const prefix = logEntry('S1', { raw: new Uint8Array(4096).fill(0x61), rawSize: 65_536, rawSha256: 'c0'.repeat(32), authenticity: 'none', verdict: 'rejected', code: 'SIGN_MISMATCH' });
        const signature = logEntry('S2', { authenticity: 'signature', verdict: 'rejected', code: 'NOTIFY_VERIFY_FAILED' });
        await store.appendLog(prefix);
        await store.appendLog(signature);
        expect(await store.getLog('S1')).toStrictEqual(prefix);
        expect(await store.getLog('S2')).toStrictEqual(signature);
        expect((await store.listLog()).map((e) => [e.id, e.rawSize, e.authenticity])).toEqual([
          ['S2', signature.rawSize, 'signature'],
          ['S1', 65_536, 'none'],
        ]);
      });

      test('pruneLog deletes entries received before the time, of every verdict unless told', async (store) => {
        await store.appendLog(logEntry('P-old-rejected', { receivedAt: at(1), verdict: 'rejected' }));
        await store.appendLog(logEntry('P-old-applied', { receivedAt: at(2), verdict: 'applied', outTradeNo: 'O1' }));
        await store.appendLog(logEntry('P-edge', { receivedAt: at(10), verdict: 'rejected' }));
        await store.appendLog(logEntry('P-new', { receivedAt: at(20), verdict: 'rejected' }));
        expect(await store.pruneLog({ before: at(10) })).toBe(2);
        // strictly before: an entry received exactly at the time stays
        expect((await store.listLog()).map((e) => e.id)).toEqual(['P-new', 'P-edge']);
        expect(await store.getLog('P-old-applied')).toBeUndefined();
        expect(await store.listLog({ outTradeNo: 'O1' })).toEqual([]);
        expect(await store.pruneLog({ before: at(10) })).toBe(0);
      });

      test('pruneLog with verdicts deletes only those verdicts; an empty list deletes nothing', async (store) => {
        await store.appendLog(logEntry('V-rejected', { receivedAt: at(1), verdict: 'rejected' }));
        await store.appendLog(logEntry('V-error', { receivedAt: at(2), verdict: 'error' }));
        await store.appendLog(logEntry('V-applied', { receivedAt: at(3), verdict: 'applied' }));
        await store.appendLog(logEntry('V-late', { receivedAt: at(30), verdict: 'rejected' }));
        expect(await store.pruneLog({ before: at(10), verdicts: [] })).toBe(0);
        expect(await store.pruneLog({ before: '2026-03-01T16:10:00+08:00', verdicts: ['rejected', 'error', 'rejected'] })).toBe(2);
        expect((await store.listLog()).map((e) => e.id)).toEqual(['V-late', 'V-applied']);
      });

      test('pruneLog rejects a time it cannot read or an unknown verdict, deleting nothing', async (store) => {
        await store.appendLog(logEntry('X1', { receivedAt: at(1) }));
        await expectCode(store.pruneLog({ before: 'last month' }), 'CONFIG_INVALID');
        await expectCode(store.pruneLog({ before: at(10), verdicts: ['junk' as 'rejected'] }), 'CONFIG_INVALID');
        await expectCode(store.pruneLog(undefined as unknown as { before: string }), 'CONFIG_INVALID');
        expect(await store.getLog('X1')).toBeDefined();
      });
    });

    describe('bindNotifyId', () => {
      const binding = (notifyId: string, outTradeNo: string, tradeNo: string | null = null) => ({ notifyId, outTradeNo, tradeNo, at: at(1) });

      test('the first binding holds: later calls for the same id get it back, whatever they pass', async (store) => {
        expect(await store.bindNotifyId(binding('N1', 'A', 'T-A'))).toStrictEqual({ outTradeNo: 'A', tradeNo: 'T-A' });
        expect(await store.bindNotifyId(binding('N1', 'A', 'T-A'))).toStrictEqual({ outTradeNo: 'A', tradeNo: 'T-A' });
        expect(await store.bindNotifyId(binding('N1', 'B', 'T-B'))).toStrictEqual({ outTradeNo: 'A', tradeNo: 'T-A' });
        expect(await store.bindNotifyId(binding('N2', 'B'))).toStrictEqual({ outTradeNo: 'B', tradeNo: null });
        expect(await store.bindNotifyId(binding('N2', 'B', 'T-B'))).toStrictEqual({ outTradeNo: 'B', tradeNo: null });
      });

      test(
        '20 concurrent bindings of one id to different trades: every caller sees the same winner',
        async (store) => {
          const held = await Promise.all(Array.from({ length: 20 }, (_, i) => store.bindNotifyId(binding('N-race', `O${i}`, `T${i}`))));
          const winner = held[0]!;
          expect(held.every((h) => h.outTradeNo === winner.outTradeNo && h.tradeNo === winner.tradeNo)).toBe(true);
          expect(winner.tradeNo).toBe(`T${winner.outTradeNo.slice(1)}`);
        },
        SLOW,
      );

      test('rejects an empty notify_id or out_trade_no, and a time it cannot read', async (store) => {
        await expectCode(store.bindNotifyId(binding('', 'A')), 'CONFIG_INVALID');
        await expectCode(store.bindNotifyId(binding('N3', '')), 'CONFIG_INVALID');
        await expectCode(store.bindNotifyId({ ...binding('N3', 'A'), at: 'now' }), 'CONFIG_INVALID');
        expect(await store.bindNotifyId(binding('N3', 'C'))).toStrictEqual({ outTradeNo: 'C', tradeNo: null });
      });

      test('pruning the log keeps the bindings', async (store) => {
        await store.bindNotifyId(binding('N4', 'A'));
        await store.appendLog(logEntry('B1', { receivedAt: at(0), notifyId: 'N4' }));
        await store.pruneLog({ before: at(100) });
        expect(await store.bindNotifyId(binding('N4', 'B'))).toStrictEqual({ outTradeNo: 'A', tradeNo: null });
      });
    });

    describe('migrate', () => {
      test('is idempotent and keeps the data', async (store) => {
        await orderWithEffects(store, 'D1', [effect('D1', 'paid')]);
        await store.appendLog(logEntry('LD'));
        await store.migrate();
        await store.migrate();
        expect((await store.getOrder('D1'))?.version).toBe(2);
        expect(await store.listEffects('D1')).toHaveLength(1);
        expect(await store.getLog('LD')).toStrictEqual(logEntry('LD'));
        expect(await store.createOrder(order('D2'))).toBe('created');
      });
    });
  });
}
