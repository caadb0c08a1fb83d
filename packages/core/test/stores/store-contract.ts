// The EscrowStore contract, run against every store on every engine (memory; SQLite through
// better-sqlite3 and D1; Postgres through PGlite and a server). Portable: only describe/it and
// the matchers the Deno shim supports, no hooks, so it also runs inside workerd and Deno.
// Not a *.test.ts file itself: test files call runStoreContract(name, factory).
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import { createGatewayClient } from '../../src/gateway/client.js';
import { createEscrow } from '../../src/escrow-app/create-escrow.js';
import type { EffectEvent, Escrow } from '../../src/escrow-app/types.js';
import type {
  EffectClaim,
  EffectRecord,
  EscrowStore,
  NotificationLogEntry,
  NotifyIdBinding,
  OrderRecord,
} from '../../src/store/types.js';
import {
  acceptingNotifyIds,
  buildTestNotification,
  TEST_DEFAULTS,
  type TestNotification,
} from '../../src/testing/index.js';

export interface StoreHandle {
  /** A migrated, empty store of its own (no other test sees its rows). */
  store: EscrowStore;
  /** Frees what the store holds (drops its tables, closes connections, removes files). */
  close(): Promise<void>;
  /**
   * For a store over a database: how many round trips it has made so far (every `all()` and
   * `batch()` of its SqlDatabase, counted by a wrapper). Without it, the round-trip tests count
   * the store's method calls instead (what a store that is in-process does per call).
   */
  roundTrips?: () => number;
}

export type StoreFactory = () => Promise<StoreHandle>;

/** Generous: 50 concurrent transactions over a real connection pool or workerd's D1. */
const SLOW = 60_000;

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
/** The time `minutes` after T0, as the store wants it (toISOString). */
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
/** A claim at minute `now` whose lease ends at minute `until`. */
const claim = (now: number, until: number): EffectClaim => ({ now: at(now), leaseUntil: at(until) });

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

const binding = (notifyId: string, outTradeNo: string, tradeNo: string | null = null): NotifyIdBinding => ({
  notifyId,
  outTradeNo,
  tradeNo,
  at: at(1),
});

/** An order created and then moved to version 2 with the given effects (nothing claimed). */
async function orderWithEffects(store: EscrowStore, outTradeNo: string, effects: EffectRecord[]): Promise<OrderRecord> {
  const created = order(outTradeNo);
  expect(await store.createOrder(created)).toBe('created');
  const next = advanced(created);
  expect(await store.commit({ next, expectedVersion: created.version, effects })).toStrictEqual({
    committed: true,
    claimed: [],
  });
  return next;
}

const keysOf = (effects: EffectRecord[]): string[] => effects.map((e) => e.key);
const ids = (entries: NotificationLogEntry[]): string[] => entries.map((e) => e.id);

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  try {
    await promise;
    throw new Error(`expected an AlipayEscrowError ${code}`);
  } catch (error) {
    expect((error as AlipayEscrowError).code).toBe(code);
  }
}

// ---- Through the escrow: what one notification costs, and 50 deliveries at once ----------------

const MERCHANT_KEYS = { signType: 'MD5', key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f' } as const;
const METHODS = [
  'migrate',
  'createOrder',
  'getOrder',
  'listOrders',
  'receive',
  'commit',
  'listEffects',
  'claimEffects',
  'settle',
  'appendLog',
  'getLog',
  'listLog',
  'pruneLog',
  'markAttention',
  'clearAttention',
] as const satisfies readonly (keyof EscrowStore)[];

/** The store, and a counter of its round trips: the factory's, or else one per method call. */
function counted(handle: StoreHandle): { store: EscrowStore; roundTrips: () => number } {
  if (handle.roundTrips !== undefined) return { store: handle.store, roundTrips: handle.roundTrips };
  let calls = 0;
  const wrapped = {} as Record<string, unknown>;
  for (const method of METHODS) {
    const original = (handle.store[method] as (...args: unknown[]) => Promise<unknown>).bind(handle.store);
    wrapped[method] = (...args: unknown[]) => {
      calls += 1;
      return original(...args);
    };
  }
  return { store: wrapped as unknown as EscrowStore, roundTrips: () => calls };
}

interface TestShop {
  escrow: Escrow;
  /** Every hook call, in order. */
  events: EffectEvent[];
  /** POSTs a notification; answers the reply body. */
  deliver(message: TestNotification): Promise<string>;
}

/** An escrow over `store` with onPaid and onTransition, notify_verify answered `true`, no network. */
function testShop(store: EscrowStore, hookDelay = false): TestShop {
  const events: EffectEvent[] = [];
  const record = async (event: EffectEvent): Promise<void> => {
    events.push(event);
    // a macrotask: concurrent deliveries interleave while a hook runs
    if (hookDelay) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const offline = createGatewayClient({
    partner: '2088101122130001',
    keys: MERCHANT_KEYS,
    charset: 'utf-8',
    fetch: async () => {
      throw new Error('the store contract makes no gateway call');
    },
  });
  const escrow = createEscrow({
    merchant: {
      partner: '2088101122130001',
      keys: MERCHANT_KEYS,
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId, email: TEST_DEFAULTS.sellerEmail },
      notifyUrl: 'https://shop.example.com/alipay/notify',
      returnUrl: 'https://shop.example.com/alipay/return',
    },
    store,
    gateway: { ...offline, notifyVerify: acceptingNotifyIds() },
    hooks: { onPaid: record, onTransition: record },
  });
  return {
    escrow,
    events,
    deliver: async (message) =>
      (await escrow.handleNotify(message.request(), { remoteAddress: '110.75.143.1' })).text(),
  };
}

async function placeOrder(shop: TestShop, outTradeNo: string): Promise<void> {
  await shop.escrow.createPayment({
    outTradeNo,
    subject: '测试商品',
    price: '10.00',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
}

const paidNotice = (
  outTradeNo: string,
  keys: typeof MERCHANT_KEYS | { signType: 'MD5'; key: string } = MERCHANT_KEYS,
): Promise<TestNotification> =>
  buildTestNotification({ keys, outTradeNo, tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '10.00' });

/** Registers the contract under `describe(name)`. Each test gets a fresh store from `factory`. */
export function runStoreContract(name: string, factory: StoreFactory): void {
  const withHandle = (title: string, body: (handle: StoreHandle) => Promise<void>, timeout?: number): void => {
    it(
      title,
      async () => {
        const handle = await factory();
        try {
          await body(handle);
        } finally {
          await handle.close();
        }
      },
      timeout,
    );
  };
  const test = (title: string, body: (store: EscrowStore) => Promise<void>, timeout?: number): void =>
    withHandle(title, (handle) => body(handle.store), timeout);

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
        const input = order('A4', {
          shipping: { logisticsName: 'EMS', invoiceNo: '1', transportType: 'EMS', at: at(2) },
        });
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

    describe('listOrders', () => {
      /** Orders in several phases and ages; O-b and O-c share a time. */
      const seed = async (store: EscrowStore): Promise<void> => {
        await store.createOrder(order('O-d', { phase: 'paid', updatedAt: at(30) }));
        await store.createOrder(order('O-c', { phase: 'paid', updatedAt: at(10) }));
        await store.createOrder(order('O-a', { phase: 'created', updatedAt: at(5) }));
        await store.createOrder(order('O-b', { phase: 'shipped', updatedAt: at(10) }));
        await store.createOrder(order('O-e', { phase: 'paid', updatedAt: at(1) }));
      };
      const nos = (orders: OrderRecord[]): string[] => orders.map((o) => o.outTradeNo);

      test('oldest updatedAt first (then out_trade_no), filtered by phases and updatedBefore', async (store) => {
        await seed(store);
        expect(nos(await store.listOrders({ limit: 100 }))).toEqual(['O-e', 'O-a', 'O-b', 'O-c', 'O-d']);
        expect(nos(await store.listOrders({ phases: ['paid'], limit: 100 }))).toEqual(['O-e', 'O-c', 'O-d']);
        expect(
          nos(await store.listOrders({ phases: ['paid', 'shipped', 'paid'], updatedBefore: at(30), limit: 100 })),
        ).toEqual(['O-e', 'O-b', 'O-c']);
        // strictly before; a non-canonical time is read as the time it names
        expect(nos(await store.listOrders({ updatedBefore: '2026-03-01T16:10:00+08:00', limit: 100 }))).toEqual([
          'O-e',
          'O-a',
        ]);
        expect(await store.listOrders({ phases: [], limit: 100 })).toEqual([]);
        expect(await store.listOrders({ phases: ['closed'], limit: 100 })).toEqual([]);
        expect((await store.listOrders({ phases: ['created'], limit: 1 }))[0]).toStrictEqual(
          order('O-a', { phase: 'created', updatedAt: at(5) }),
        );
      });

      test('pages with the cursor of the last order: every order once, in order', async (store) => {
        await seed(store);
        const seen: string[] = [];
        let after: { updatedAt: string; outTradeNo: string } | undefined;
        for (let page = 0; page < 5; page++) {
          const orders = await store.listOrders({ limit: 2, ...(after === undefined ? {} : { after }) });
          expect(orders.length).toBeLessThanOrEqual(2);
          if (orders.length === 0) break;
          seen.push(...nos(orders));
          const last = orders[orders.length - 1]!;
          after = { updatedAt: last.updatedAt, outTradeNo: last.outTradeNo };
        }
        expect(seen).toEqual(['O-e', 'O-a', 'O-b', 'O-c', 'O-d']);
        // the cursor combines with the filters
        expect(
          nos(await store.listOrders({ phases: ['paid'], after: { updatedAt: at(10), outTradeNo: 'O-b' }, limit: 10 })),
        ).toEqual(['O-c', 'O-d']);
      });

      test('sees the state a commit wrote', async (store) => {
        const created = order('O-m', { updatedAt: at(0) });
        await store.createOrder(created);
        expect(nos(await store.listOrders({ phases: ['paid'], limit: 10 }))).toEqual([]);
        await store.commit({ next: advanced(created, { updatedAt: at(7) }), expectedVersion: 1, effects: [] });
        expect(await store.listOrders({ phases: ['paid'], limit: 10 })).toStrictEqual([
          advanced(created, { updatedAt: at(7) }),
        ]);
        expect(await store.listOrders({ phases: ['created'], limit: 10 })).toEqual([]);
      });

      test('returns copies', async (store) => {
        await seed(store);
        const [first] = await store.listOrders({ limit: 1 });
        first!.payable.push('1.00');
        first!.phase = 'closed';
        expect((await store.listOrders({ limit: 1 }))[0]).toStrictEqual(
          order('O-e', { phase: 'paid', updatedAt: at(1) }),
        );
      });

      test('rejects a limit outside 1 to 1000, an unknown phase and a time it cannot read', async (store) => {
        await seed(store);
        for (const limit of [0, -1, 1.5, 1001, Number.NaN])
          await expectCode(store.listOrders({ limit }), 'CONFIG_INVALID');
        await expectCode(store.listOrders({} as { limit: number }), 'CONFIG_INVALID');
        await expectCode(store.listOrders({ phases: ['junk' as 'paid'], limit: 10 }), 'CONFIG_INVALID');
        await expectCode(store.listOrders({ updatedBefore: 'yesterday', limit: 10 }), 'CONFIG_INVALID');
        await expectCode(
          store.listOrders({ after: { updatedAt: 'then', outTradeNo: 'O-a' }, limit: 10 }),
          'CONFIG_INVALID',
        );
        expect(await store.listOrders({ limit: 1000 })).toHaveLength(5);
      });
    });

    describe('receive', () => {
      test('appends the entry, binds the notify_id and reads the order with every effect (done ones too)', async (store) => {
        await orderWithEffects(store, 'R1', [
          effect('R1', 'z-paid'),
          effect('R1', 'a-transition', { kind: 'transition', status: 'done', doneAt: at(1) }),
        ]);
        const entry = logEntry('LR1', { outTradeNo: 'R1', notifyId: 'N-R1' });
        const received = await store.receive({ log: entry, outTradeNo: 'R1', binding: binding('N-R1', 'R1', 'T1') });
        expect(received).toStrictEqual({
          order: await store.getOrder('R1'),
          effects: await store.listEffects('R1'),
          binding: { outTradeNo: 'R1', tradeNo: 'T1' },
        });
        expect(keysOf(received.effects)).toEqual(['R1:z-paid', 'R1:a-transition']);
        expect(await store.getLog('LR1')).toStrictEqual(entry);
      });

      test('an unknown order: no order, no effects; the entry and binding are still written', async (store) => {
        const received = await store.receive({
          log: logEntry('LR2'),
          outTradeNo: 'R-none',
          binding: binding('N-R2', 'R-none'),
        });
        expect(received).toStrictEqual({
          order: undefined,
          effects: [],
          binding: { outTradeNo: 'R-none', tradeNo: null },
        });
        expect(await store.getLog('LR2')).toStrictEqual(logEntry('LR2'));
        expect(
          (await store.receive({ outTradeNo: 'R-other', binding: binding('N-R2', 'R-other') })).binding,
        ).toStrictEqual({ outTradeNo: 'R-none', tradeNo: null });
      });

      test('without a log entry it only reads (and binds); without an order it only appends', async (store) => {
        await orderWithEffects(store, 'R3', [effect('R3', 'paid')]);
        const read = await store.receive({ outTradeNo: 'R3' });
        // (toEqual: a store may leave `binding` out or set it undefined)
        expect(read).toEqual({ order: await store.getOrder('R3'), effects: [effect('R3', 'paid')] });
        expect(await store.listLog()).toEqual([]);
        expect(await store.receive({ log: logEntry('LR3'), outTradeNo: null })).toEqual({
          order: undefined,
          effects: [],
        });
        expect(ids(await store.listLog())).toEqual(['LR3']);
      });

      test('returns copies', async (store) => {
        await orderWithEffects(store, 'R4', [effect('R4', 'paid')]);
        const first = await store.receive({ outTradeNo: 'R4' });
        first.order!.payable.push('1.00');
        first.effects[0]!.status = 'done';
        const second = await store.receive({ outTradeNo: 'R4' });
        expect(second.order?.payable).toEqual(['138.00', '143.00']);
        expect(second.effects).toStrictEqual([effect('R4', 'paid')]);
      });

      test('a log id already taken throws INTERNAL_ERROR and writes nothing: no entry change, no binding', async (store) => {
        await store.appendLog(logEntry('LR5'));
        await expectCode(
          store.receive({
            log: logEntry('LR5', { verdict: 'applied' }),
            outTradeNo: 'R5',
            binding: binding('N-R5', 'R5'),
          }),
          'INTERNAL_ERROR',
        );
        expect(await store.getLog('LR5')).toStrictEqual(logEntry('LR5'));
        // the notify_id is still free: another trade can take it
        expect((await store.receive({ outTradeNo: 'R6', binding: binding('N-R5', 'R6') })).binding).toStrictEqual({
          outTradeNo: 'R6',
          tradeNo: null,
        });
      });

      test('rejects a bad binding or time, writing nothing', async (store) => {
        const attempts = [
          { log: logEntry('LR7'), outTradeNo: '', binding: binding('N-R7', '') },
          { log: logEntry('LR7'), outTradeNo: 'R7', binding: binding('', 'R7') },
          { log: logEntry('LR7'), outTradeNo: 'R7', binding: { ...binding('N-R7', 'R7'), at: 'now' } },
          // a binding is for the order the step reads
          { log: logEntry('LR7'), outTradeNo: 'R7', binding: binding('N-R7', 'R8') },
          { log: logEntry('LR7'), outTradeNo: null, binding: binding('N-R7', 'R7') },
          { log: logEntry('LR7', { receivedAt: 'today' }), outTradeNo: 'R7', binding: binding('N-R7', 'R7') },
        ];
        for (const input of attempts) await expectCode(store.receive(input), 'CONFIG_INVALID');
        expect(await store.getLog('LR7')).toBeUndefined();
        expect((await store.receive({ outTradeNo: 'R9', binding: binding('N-R7', 'R9') })).binding).toStrictEqual({
          outTradeNo: 'R9',
          tradeNo: null,
        });
      });

      test('the first binding holds: later calls for the same id get it back, whatever they pass', async (store) => {
        const bind = async (b: NotifyIdBinding) =>
          (await store.receive({ outTradeNo: b.outTradeNo, binding: b })).binding;
        expect(await bind(binding('N1', 'A', 'T-A'))).toStrictEqual({ outTradeNo: 'A', tradeNo: 'T-A' });
        expect(await bind(binding('N1', 'A', 'T-A'))).toStrictEqual({ outTradeNo: 'A', tradeNo: 'T-A' });
        expect(await bind(binding('N1', 'B', 'T-B'))).toStrictEqual({ outTradeNo: 'A', tradeNo: 'T-A' });
        expect(await bind(binding('N2', 'B'))).toStrictEqual({ outTradeNo: 'B', tradeNo: null });
        expect(await bind(binding('N2', 'B', 'T-B'))).toStrictEqual({ outTradeNo: 'B', tradeNo: null });
      });

      test(
        '20 concurrent receives binding one id to different trades: every caller sees the same winner',
        async (store) => {
          const held = await Promise.all(
            Array.from({ length: 20 }, (_, i) =>
              store.receive({
                log: logEntry(`LB${i}`),
                outTradeNo: `O${i}`,
                binding: binding('N-race', `O${i}`, `T${i}`),
              }),
            ),
          );
          const winner = held[0]!.binding!;
          expect(
            held.every((h) => h.binding?.outTradeNo === winner.outTradeNo && h.binding.tradeNo === winner.tradeNo),
          ).toBe(true);
          expect(winner.tradeNo).toBe(`T${winner.outTradeNo.slice(1)}`);
          expect(await store.listLog()).toHaveLength(20);
        },
        SLOW,
      );

      test('pruning the log keeps the bindings', async (store) => {
        await store.receive({
          log: logEntry('B1', { receivedAt: at(0), notifyId: 'N4' }),
          outTradeNo: 'A',
          binding: binding('N4', 'A'),
        });
        expect(await store.pruneLog({ before: at(100) })).toBe(1);
        expect((await store.receive({ outTradeNo: 'B', binding: binding('N4', 'B') })).binding).toStrictEqual({
          outTradeNo: 'A',
          tradeNo: null,
        });
      });
    });

    describe('commit', () => {
      test('writes next and its effects when the version matches; without a claim, claims nothing', async (store) => {
        const created = order('B1');
        await store.createOrder(created);
        const next = advanced(created);
        const effects = [
          effect('B1', 'paid'),
          effect('B1', 'transition:2', { kind: 'transition', detail: 'created→paid' }),
        ];
        expect(await store.commit({ next, expectedVersion: 1, effects })).toStrictEqual({
          committed: true,
          claimed: [],
        });
        expect(await store.getOrder('B1')).toStrictEqual(next);
        expect(await store.listEffects('B1')).toStrictEqual(effects);
      });

      test('with a claim: claims the new pending effects and the older claimable ones, in creation order', async (store) => {
        const v2 = await orderWithEffects(
          store,
          'B2',
          ['old-pending', 'old-expired', 'old-live', 'old-done'].map((slot) => effect('B2', slot)),
        );
        // Set up by claims and settlements: old-pending released twice (its error kept), old-expired
        // running on a lease that ends at minute 5, old-live on one that ends at minute 60.
        expect(await store.claimEffects('B2', claim(0, 5))).toHaveLength(4);
        const first = await store.settle({
          done: [{ key: 'B2:old-done', attempt: 1 }],
          released: [
            { key: 'B2:old-pending', attempt: 1, error: 'boom' },
            { key: 'B2:old-live', attempt: 1, error: null },
          ],
          at: at(2),
        });
        expect(first).toStrictEqual({ done: ['B2:old-done'], released: ['B2:old-pending', 'B2:old-live'] });
        expect(keysOf(await store.claimEffects('B2', claim(3, 60)))).toEqual(['B2:old-pending', 'B2:old-live']);
        await store.settle({ released: [{ key: 'B2:old-pending', attempt: 2, error: null }] });
        const fresh = [
          effect('B2', 'shipped', { kind: 'shipped' }),
          effect('B2', 'no-hook', { kind: 'transition', status: 'done', doneAt: at(2) }),
        ];
        const v3 = advanced(v2, { phase: 'shipped', updatedAt: at(10) });
        const result = await store.commit({ next: v3, expectedVersion: 2, effects: fresh, claim: claim(10, 11) });
        expect(result.committed).toBe(true);
        expect(keysOf(result.claimed)).toEqual(['B2:old-pending', 'B2:old-expired', 'B2:shipped']);
        expect(result.claimed.map((e) => [e.status, e.attempts, e.leaseUntil])).toEqual([
          ['running', 3, at(11)],
          ['running', 2, at(11)],
          ['running', 1, at(11)],
        ]);
        // a release without an error keeps the one the effect has
        expect(result.claimed[0]!.lastError).toBe('boom');
        // what it returns is what is stored
        const stored = await store.listEffects('B2');
        expect(stored.filter((e) => result.claimed.some((c) => c.key === e.key))).toStrictEqual(result.claimed);
        expect(stored.find((e) => e.key === 'B2:old-live')).toMatchObject({
          status: 'running',
          attempts: 2,
          leaseUntil: at(60),
        });
        expect(stored.find((e) => e.key === 'B2:no-hook')).toMatchObject({ status: 'done', attempts: 0 });
        expect(await store.getOrder('B2')).toStrictEqual(v3);
      });

      test('a stale expected version changes nothing, inserts no effects and claims nothing', async (store) => {
        const next = await orderWithEffects(store, 'B3', [effect('B3', 'paid')]);
        const late = advanced(order('B3'), { phase: 'closed', tradeStatus: 'TRADE_CLOSED' });
        expect(
          await store.commit({
            next: late,
            expectedVersion: 1,
            effects: [effect('B3', 'closed', { kind: 'closed' })],
            claim: claim(10, 11),
          }),
        ).toStrictEqual({
          committed: false,
          claimed: [],
        });
        expect(await store.getOrder('B3')).toStrictEqual(next);
        expect(await store.listEffects('B3')).toStrictEqual([effect('B3', 'paid')]);
      });

      test('an unknown order is not created and gets no effects', async (store) => {
        expect(
          await store.commit({
            next: advanced(order('B4')),
            expectedVersion: 1,
            effects: [effect('B4', 'paid')],
            claim: claim(1, 2),
          }),
        ).toStrictEqual({
          committed: false,
          claimed: [],
        });
        expect(await store.getOrder('B4')).toBeUndefined();
        expect(await store.listEffects('B4')).toEqual([]);
      });

      test('successive transitions keep the effects in creation order', async (store) => {
        const v1 = order('B5');
        await store.createOrder(v1);
        const v2 = advanced(v1);
        const v3 = advanced(v2, { phase: 'shipped', tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS' });
        const v4 = advanced(v3, { phase: 'finished', tradeStatus: 'TRADE_FINISHED' });
        // Slots chosen so that alphabetical order differs from creation order.
        expect(
          (
            await store.commit({
              next: v2,
              expectedVersion: 1,
              effects: [effect('B5', 'z-paid'), effect('B5', 'm-transition')],
            })
          ).committed,
        ).toBe(true);
        expect((await store.commit({ next: v3, expectedVersion: 2, effects: [] })).committed).toBe(true);
        const last = await store.commit({
          next: v4,
          expectedVersion: 3,
          effects: [effect('B5', 'a-finished', { kind: 'finished' })],
          claim: claim(5, 6),
        });
        expect(keysOf(last.claimed)).toEqual(['B5:z-paid', 'B5:m-transition', 'B5:a-finished']);
        expect(keysOf(await store.listEffects('B5'))).toEqual(['B5:z-paid', 'B5:m-transition', 'B5:a-finished']);
        expect((await store.getOrder('B5'))?.version).toBe(4);
      });

      test('rejects a next version that is not expectedVersion + 1, effects of another order, repeated keys and a bad claim time — writing nothing', async (store) => {
        const created = order('B6');
        await store.createOrder(created);
        await expectCode(
          store.commit({
            next: advanced(created, { version: 3 }),
            expectedVersion: 1,
            effects: [effect('B6', 'paid')],
          }),
          'CONFIG_INVALID',
        );
        await expectCode(
          store.commit({ next: advanced(created), expectedVersion: 1, effects: [effect('OTHER', 'paid')] }),
          'CONFIG_INVALID',
        );
        await expectCode(
          store.commit({
            next: advanced(created),
            expectedVersion: 1,
            effects: [effect('B6', 'paid'), effect('B6', 'paid')],
          }),
          'CONFIG_INVALID',
        );
        await expectCode(
          store.commit({
            next: advanced(created),
            expectedVersion: 1,
            effects: [effect('B6', 'paid')],
            claim: { now: 'soon', leaseUntil: at(1) },
          }),
          'CONFIG_INVALID',
        );
        expect(await store.getOrder('B6')).toStrictEqual(created);
        expect(await store.listEffects('B6')).toEqual([]);
      });

      test('an effect key that already exists fails the whole step with INTERNAL_ERROR: nothing written, nothing claimed', async (store) => {
        const v2 = await orderWithEffects(store, 'B7', [effect('B7', 'paid')]);
        const v3 = advanced(v2, { phase: 'shipped' });
        await expectCode(
          store.commit({
            next: v3,
            expectedVersion: 2,
            effects: [effect('B7', 'shipped', { kind: 'shipped' }), effect('B7', 'paid')],
            claim: claim(5, 6),
          }),
          'INTERNAL_ERROR',
        );
        expect(await store.getOrder('B7')).toStrictEqual(v2);
        expect(await store.listEffects('B7')).toStrictEqual([effect('B7', 'paid')]);
      });

      test(
        '50 concurrent writers expecting the same version: exactly one wins, with exactly its effects, and only it claims',
        async (store) => {
          const created = order('B8');
          await store.createOrder(created);
          const attempts = Array.from({ length: 50 }, (_, i) => ({
            next: advanced(created, { subject: `writer ${i}` }),
            effects: [effect('B8', `paid-${i}`), effect('B8', `transition-${i}`, { kind: 'transition' })],
          }));
          const results = await Promise.all(
            attempts.map((a) =>
              store.commit({ next: a.next, expectedVersion: 1, effects: a.effects, claim: claim(1, 2) }),
            ),
          );
          const winners = results.flatMap((r, i) => (r.committed ? [i] : []));
          expect(winners).toHaveLength(1);
          const winner = attempts[winners[0]!]!;
          expect(await store.getOrder('B8')).toStrictEqual(winner.next);
          const running = winner.effects.map((e) => ({ ...e, status: 'running', attempts: 1, leaseUntil: at(2) }));
          expect(results[winners[0]!]!.claimed).toStrictEqual(running);
          expect(results.filter((r) => !r.committed).every((r) => r.claimed.length === 0)).toBe(true);
          expect(await store.listEffects('B8')).toStrictEqual(running);
        },
        SLOW,
      );

      test('effects stay with their own order', async (store) => {
        await orderWithEffects(store, 'B9', [effect('B9', 'paid')]);
        await orderWithEffects(store, 'B10', [effect('B10', 'paid'), effect('B10', 'transition:2')]);
        expect(keysOf(await store.listEffects('B9'))).toEqual(['B9:paid']);
        expect(keysOf(await store.listEffects('B10'))).toEqual(['B10:paid', 'B10:transition:2']);
        expect(await store.listEffects('B11')).toEqual([]);
        expect(keysOf(await store.claimEffects('B9', claim(1, 2)))).toEqual(['B9:paid']);
        expect((await store.listEffects('B10')).every((e) => e.status === 'pending')).toBe(true);
      });
    });

    describe('claimEffects', () => {
      test('claims every pending effect: running, attempts + 1, the lease; what it returns is stored', async (store) => {
        await orderWithEffects(store, 'C1', [effect('C1', 'paid'), effect('C1', 'transition', { kind: 'transition' })]);
        const claimed = await store.claimEffects('C1', claim(10, 11));
        expect(claimed).toStrictEqual([
          { ...effect('C1', 'paid'), status: 'running', attempts: 1, leaseUntil: at(11) },
          { ...effect('C1', 'transition', { kind: 'transition' }), status: 'running', attempts: 1, leaseUntil: at(11) },
        ]);
        expect(await store.listEffects('C1')).toStrictEqual(claimed);
      });

      test('a held claim excludes others until its lease has ended, then can be taken over', async (store) => {
        await orderWithEffects(store, 'C2', [effect('C2', 'paid')]);
        expect(await store.claimEffects('C2', claim(10, 15))).toHaveLength(1);
        expect(await store.claimEffects('C2', claim(12, 20))).toEqual([]);
        // A lease that ends exactly now has not ended before now.
        expect(await store.claimEffects('C2', claim(15, 20))).toEqual([]);
        const [takeover] = await store.claimEffects('C2', claim(16, 21));
        expect(takeover?.attempts).toBe(2);
        expect(takeover?.leaseUntil).toBe(at(21));
        expect(takeover?.status).toBe('running');
      });

      test('compares leases with the time it is given, read as a time', async (store) => {
        await orderWithEffects(store, 'C3', [effect('C3', 'paid')]);
        await store.claimEffects('C3', claim(10, 15));
        expect(await store.claimEffects('C3', { now: '2026-03-01T16:14:59.999+08:00', leaseUntil: at(20) })).toEqual(
          [],
        );
        const [taken] = await store.claimEffects('C3', {
          now: '2026-03-01T16:15:00.001+08:00',
          leaseUntil: '2026-03-01T16:20:00+08:00',
        });
        expect(taken).toMatchObject({ attempts: 2, leaseUntil: at(20) });
      });

      test(
        '50 concurrent claims: each effect goes to exactly one',
        async (store) => {
          await orderWithEffects(store, 'C4', [
            effect('C4', 'paid'),
            effect('C4', 'transition', { kind: 'transition' }),
          ]);
          const claims = await Promise.all(Array.from({ length: 50 }, () => store.claimEffects('C4', claim(10, 11))));
          const keys = claims.flatMap(keysOf).sort();
          expect(keys).toEqual(['C4:paid', 'C4:transition']);
          expect((await store.listEffects('C4')).map((e) => [e.status, e.attempts])).toEqual([
            ['running', 1],
            ['running', 1],
          ]);
        },
        SLOW,
      );

      test('an unknown order, or one whose effects are all done, yields nothing', async (store) => {
        expect(await store.claimEffects('none', claim(10, 11))).toEqual([]);
        await orderWithEffects(store, 'C5', [effect('C5', 'paid', { status: 'done', doneAt: at(1) })]);
        expect(await store.claimEffects('C5', claim(10, 11))).toEqual([]);
      });

      test('rejects a time it cannot read, claiming nothing', async (store) => {
        await orderWithEffects(store, 'C6', [effect('C6', 'paid')]);
        await expectCode(store.claimEffects('C6', { now: 'yesterday', leaseUntil: at(1) }), 'CONFIG_INVALID');
        await expectCode(store.claimEffects('C6', { now: at(1), leaseUntil: 'later' }), 'CONFIG_INVALID');
        expect(await store.listEffects('C6')).toStrictEqual([effect('C6', 'paid')]);
      });

      test('listEffects returns copies', async (store) => {
        await orderWithEffects(store, 'C7', [effect('C7', 'paid')]);
        const [first] = await store.listEffects('C7');
        first!.status = 'done';
        first!.attempts = 9;
        expect(await store.listEffects('C7')).toStrictEqual([effect('C7', 'paid')]);
      });
    });

    describe('settle', () => {
      test('done: marked done at `at`; a done effect cannot be claimed, released or done again', async (store) => {
        await orderWithEffects(store, 'S1', [effect('S1', 'paid')]);
        const [claimed] = await store.claimEffects('S1', claim(10, 11));
        expect(
          await store.settle({ done: [{ key: 'S1:paid', attempt: claimed!.attempts }], at: at(10.5) }),
        ).toStrictEqual({ done: ['S1:paid'], released: [] });
        const [done] = await store.listEffects('S1');
        expect(done).toStrictEqual({ ...effect('S1', 'paid'), status: 'done', attempts: 1, doneAt: at(10.5) });
        expect(await store.claimEffects('S1', claim(20, 21))).toEqual([]);
        expect(await store.settle({ released: [{ key: 'S1:paid', attempt: 1, error: 'too late' }] })).toStrictEqual({
          done: [],
          released: [],
        });
        expect(await store.settle({ done: [{ key: 'S1:paid', attempt: 1 }], at: at(30) })).toStrictEqual({
          done: [],
          released: [],
        });
        expect(await store.listEffects('S1')).toStrictEqual([done]);
      });

      test('released: back to pending with the error, to be claimed again; the old token settles nothing', async (store) => {
        await orderWithEffects(store, 'S2', [effect('S2', 'paid')]);
        const [claimed] = await store.claimEffects('S2', claim(10, 11));
        expect(
          await store.settle({
            released: [{ key: 'S2:paid', attempt: claimed!.attempts, error: 'hook threw: 连接超时' }],
          }),
        ).toStrictEqual({
          done: [],
          released: ['S2:paid'],
        });
        const [released] = await store.listEffects('S2');
        expect(released).toStrictEqual({ ...effect('S2', 'paid'), attempts: 1, lastError: 'hook threw: 连接超时' });
        const [again] = await store.claimEffects('S2', claim(10.2, 12));
        expect(again?.attempts).toBe(2);
        expect(again?.lastError).toBe('hook threw: 连接超时');
        expect((await store.settle({ done: [{ key: 'S2:paid', attempt: 1 }], at: at(10.3) })).done).toEqual([]);
        expect((await store.settle({ done: [{ key: 'S2:paid', attempt: 2 }], at: at(10.4) })).done).toEqual([
          'S2:paid',
        ]);
      });

      test('settling a pending or unknown effect changes nothing', async (store) => {
        await orderWithEffects(store, 'S3', [effect('S3', 'paid')]);
        expect(
          await store.settle({
            done: [
              { key: 'S3:paid', attempt: 1 },
              { key: 'none:paid', attempt: 1 },
            ],
            released: [{ key: 'none:other', attempt: 1, error: 'unknown' }],
            at: at(10),
          }),
        ).toStrictEqual({ done: [], released: [] });
        expect(await store.settle({ released: [{ key: 'S3:paid', attempt: 1, error: 'not running' }] })).toStrictEqual({
          done: [],
          released: [],
        });
        expect(await store.listEffects('S3')).toStrictEqual([effect('S3', 'paid')]);
      });

      test('after a takeover, the expired holder can neither finish nor release; the new holder can', async (store) => {
        await orderWithEffects(store, 'S4', [effect('S4', 'paid')]);
        const [first] = await store.claimEffects('S4', claim(10, 11));
        const [second] = await store.claimEffects('S4', claim(12, 13));
        expect([first?.attempts, second?.attempts]).toEqual([1, 2]);
        const running = { ...effect('S4', 'paid'), status: 'running', attempts: 2, leaseUntil: at(13) };
        // the first holder's hook finishes (or throws) late: its claim is gone
        expect(
          await store.settle({ done: [{ key: 'S4:paid', attempt: first!.attempts }], at: at(12.5) }),
        ).toStrictEqual({ done: [], released: [] });
        expect(
          await store.settle({ released: [{ key: 'S4:paid', attempt: first!.attempts, error: 'late failure' }] }),
        ).toStrictEqual({ done: [], released: [] });
        expect(await store.listEffects('S4')).toStrictEqual([running]);
        // a token ahead of the claim settles nothing either
        expect((await store.settle({ done: [{ key: 'S4:paid', attempt: 3 }], at: at(12.5) })).done).toEqual([]);
        expect(
          (await store.settle({ released: [{ key: 'S4:paid', attempt: second!.attempts, error: 'hook threw' }] }))
            .released,
        ).toEqual(['S4:paid']);
        expect(await store.listEffects('S4')).toStrictEqual([
          { ...effect('S4', 'paid'), attempts: 2, lastError: 'hook threw' },
        ]);
        const [third] = await store.claimEffects('S4', claim(20, 21));
        expect(
          (await store.settle({ done: [{ key: 'S4:paid', attempt: third!.attempts }], at: at(20.5) })).done,
        ).toEqual(['S4:paid']);
        expect(await store.listEffects('S4')).toStrictEqual([
          { ...effect('S4', 'paid'), status: 'done', attempts: 3, lastError: 'hook threw', doneAt: at(20.5) },
        ]);
      });

      test('a lease that ended without a takeover still lets its holder finish', async (store) => {
        await orderWithEffects(store, 'S5', [effect('S5', 'paid')]);
        const [claimed] = await store.claimEffects('S5', claim(10, 11));
        expect(
          (await store.settle({ done: [{ key: 'S5:paid', attempt: claimed!.attempts }], at: at(30) })).done,
        ).toEqual(['S5:paid']);
      });

      test('settles several effects, done and released, with the log outcome in one call', async (store) => {
        await orderWithEffects(
          store,
          'S6',
          ['a', 'b', 'c'].map((slot) => effect('S6', slot)),
        );
        await store.appendLog(logEntry('LS6'));
        const claimed = await store.claimEffects('S6', claim(10, 11));
        const [a, b, c] = claimed.map((e) => ({ key: e.key, attempt: e.attempts }));
        const settled = await store.settle({
          done: [a!],
          released: [
            { ...b!, error: 'onTransition threw' },
            { ...c!, error: null },
          ],
          at: at(10.5),
          log: { id: 'LS6', update: { verdict: 'applied', code: 'HOOK_FAILED', reply: 'fail', outTradeNo: 'S6' } },
        });
        expect(settled).toStrictEqual({ done: ['S6:a'], released: ['S6:b', 'S6:c'] });
        expect((await store.listEffects('S6')).map((e) => [e.status, e.attempts, e.lastError])).toEqual([
          ['done', 1, null],
          ['pending', 1, 'onTransition threw'],
          ['pending', 1, null],
        ]);
        expect(await store.getLog('LS6')).toStrictEqual(
          logEntry('LS6', { verdict: 'applied', code: 'HOOK_FAILED', reply: 'fail', outTradeNo: 'S6' }),
        );
      });

      test('the log outcome is written even when every claim was lost', async (store) => {
        await orderWithEffects(store, 'S7', [effect('S7', 'paid')]);
        await store.appendLog(logEntry('LS7'));
        expect(
          await store.settle({
            done: [{ key: 'S7:paid', attempt: 5 }],
            at: at(1),
            log: { id: 'LS7', update: { verdict: 'duplicate' } },
          }),
        ).toStrictEqual({
          done: [],
          released: [],
        });
        expect((await store.getLog('LS7'))?.verdict).toBe('duplicate');
      });

      test('log update: changes only the given fields; an unknown id creates nothing', async (store) => {
        await store.appendLog(logEntry('L8', { detail: 'keep me' }));
        await store.settle({
          log: { id: 'L8', update: { verdict: 'applied', outTradeNo: 'O8', reply: 'success', code: null } },
        });
        expect(await store.getLog('L8')).toStrictEqual(
          logEntry('L8', { detail: 'keep me', verdict: 'applied', outTradeNo: 'O8', reply: 'success' }),
        );
        await store.settle({
          log: {
            id: 'L8',
            update: { detail: null, notifyId: 'n8', tradeStatus: 'TRADE_FINISHED', refundStatus: 'REFUND_CLOSED' },
          },
        });
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
        await store.settle({ log: { id: 'L8', update: {} } });
        expect((await store.getLog('L8'))?.verdict).toBe('applied');
        await store.settle({ log: { id: 'ghost', update: { verdict: 'error' } } });
        expect(await store.getLog('ghost')).toBeUndefined();
        expect(ids(await store.listLog())).toEqual(['L8']);
      });

      test('rejects a bad attempt, a missing `at` and a key named twice, changing nothing (the log included)', async (store) => {
        await orderWithEffects(store, 'S9', [effect('S9', 'paid')]);
        await store.appendLog(logEntry('LS9'));
        await store.claimEffects('S9', claim(10, 11));
        const log = { id: 'LS9', update: { verdict: 'applied' as const } };
        for (const attempt of [0, -1, 1.5, Number.NaN, undefined as unknown as number]) {
          await expectCode(store.settle({ done: [{ key: 'S9:paid', attempt }], at: at(10.5), log }), 'CONFIG_INVALID');
          await expectCode(
            store.settle({ released: [{ key: 'S9:paid', attempt, error: 'x' }], log }),
            'CONFIG_INVALID',
          );
        }
        await expectCode(store.settle({ done: [{ key: 'S9:paid', attempt: 1 }], log }), 'CONFIG_INVALID');
        await expectCode(store.settle({ done: [{ key: 'S9:paid', attempt: 1 }], at: 'now', log }), 'CONFIG_INVALID');
        await expectCode(
          store.settle({
            done: [{ key: 'S9:paid', attempt: 1 }],
            released: [{ key: 'S9:paid', attempt: 1, error: null }],
            at: at(10.5),
            log,
          }),
          'CONFIG_INVALID',
        );
        expect(await store.listEffects('S9')).toStrictEqual([
          { ...effect('S9', 'paid'), status: 'running', attempts: 1, leaseUntil: at(11) },
        ]);
        expect(await store.getLog('LS9')).toStrictEqual(logEntry('LS9'));
      });
    });

    describe('notification log', () => {
      test('raw bytes round-trip exactly (every byte value, 0x00 and 0xFF included)', async (store) => {
        const every = new Uint8Array(512).map((_, i) => i % 256);
        const gbk = new Uint8Array([0x00, 0xff, 0xd6, 0xd0, 0xce, 0xc4, 0x26, 0x3d, 0x0d, 0x0a, 0xff, 0x00]);
        await store.appendLog(logEntry('L1', { raw: every }));
        // receive appends the same way
        await store.receive({ log: logEntry('L2', { raw: gbk }), outTradeNo: null });
        await store.appendLog(logEntry('L3', { raw: new Uint8Array(0) }));
        // A view into a larger buffer: only its own bytes are stored.
        await store.appendLog(logEntry('L4', { raw: new Uint8Array(every.buffer, 255, 3) }));
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
        await store.receive({ log: { ...full, id: 'L5r' }, outTradeNo: 'O1' });
        expect(await store.getLog('L5r')).toStrictEqual({ ...full, id: 'L5r' });
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

      test('appendLog refuses an id that is already logged, keeping the first entry; and a time it cannot read', async (store) => {
        await store.appendLog(logEntry('L7'));
        await expectCode(store.appendLog(logEntry('L7', { verdict: 'applied' })), 'INTERNAL_ERROR');
        expect(await store.getLog('L7')).toStrictEqual(logEntry('L7'));
        await expectCode(store.appendLog(logEntry('L7b', { receivedAt: 'today' })), 'CONFIG_INVALID');
        expect(await store.getLog('L7b')).toBeUndefined();
      });

      test('listLog: newest first, filtered by order, limited', async (store) => {
        // Appended out of time order; L-b and L-c share a time (the later append counts as newer).
        await store.appendLog(logEntry('L-b', { receivedAt: at(2), outTradeNo: 'O1' }));
        await store.appendLog(logEntry('L-a', { receivedAt: at(1), outTradeNo: 'O2' }));
        await store.appendLog(logEntry('L-d', { receivedAt: at(30), outTradeNo: 'O1' }));
        await store.appendLog(logEntry('L-c', { receivedAt: at(2) }));
        await store.appendLog(logEntry('L-e', { receivedAt: at(4), outTradeNo: 'O1' }));
        expect(ids(await store.listLog())).toEqual(['L-d', 'L-e', 'L-c', 'L-b', 'L-a']);
        expect(ids(await store.listLog({}))).toEqual(['L-d', 'L-e', 'L-c', 'L-b', 'L-a']);
        expect(ids(await store.listLog({ limit: 2 }))).toEqual(['L-d', 'L-e']);
        expect(ids(await store.listLog({ limit: 0 }))).toEqual([]);
        expect(ids(await store.listLog({ outTradeNo: 'O1' }))).toEqual(['L-d', 'L-e', 'L-b']);
        expect(ids(await store.listLog({ outTradeNo: 'O1', limit: 2 }))).toEqual(['L-d', 'L-e']);
        expect(ids(await store.listLog({ outTradeNo: 'O3' }))).toEqual([]);
        expect((await store.listLog({ outTradeNo: 'O2' }))[0]).toStrictEqual(
          logEntry('L-a', { receivedAt: at(1), outTradeNo: 'O2' }),
        );
      });

      test('listLog filters by verdicts, channels, since (inclusive) and before (exclusive), combined', async (store) => {
        await store.appendLog(logEntry('F1', { receivedAt: at(1), verdict: 'rejected', channel: 'notify' }));
        await store.appendLog(
          logEntry('F2', { receivedAt: at(2), verdict: 'applied', channel: 'return', outTradeNo: 'O1' }),
        );
        await store.appendLog(
          logEntry('F3', { receivedAt: at(3), verdict: 'error', channel: 'notify', outTradeNo: 'O1' }),
        );
        await store.appendLog(
          logEntry('F4', { receivedAt: at(4), verdict: 'anomaly', channel: 'reconcile', outTradeNo: 'O2' }),
        );
        await store.appendLog(
          logEntry('F5', { receivedAt: at(5), verdict: 'applied', channel: 'replay', outTradeNo: 'O1' }),
        );
        expect(ids(await store.listLog({ verdicts: ['error', 'anomaly'] }))).toEqual(['F4', 'F3']);
        expect(ids(await store.listLog({ verdicts: ['applied', 'applied'] }))).toEqual(['F5', 'F2']);
        expect(ids(await store.listLog({ channels: ['notify'] }))).toEqual(['F3', 'F1']);
        expect(ids(await store.listLog({ channels: ['return', 'replay'] }))).toEqual(['F5', 'F2']);
        expect(ids(await store.listLog({ since: at(3) }))).toEqual(['F5', 'F4', 'F3']);
        expect(ids(await store.listLog({ before: at(3) }))).toEqual(['F2', 'F1']);
        expect(ids(await store.listLog({ since: '2026-03-01T16:02:00+08:00', before: at(5) }))).toEqual([
          'F4',
          'F3',
          'F2',
        ]);
        expect(
          ids(
            await store.listLog({
              outTradeNo: 'O1',
              verdicts: ['applied', 'error'],
              since: at(2),
              before: at(5),
              limit: 1,
            }),
          ),
        ).toEqual(['F3']);
        expect(await store.listLog({ verdicts: [] })).toEqual([]);
        expect(await store.listLog({ channels: [] })).toEqual([]);
      });

      test('listLog orders by time, not by how the time was written', async (store) => {
        // Non-canonical ISO text is stored as toISOString(), so text order is time order.
        await store.appendLog(logEntry('L-x', { receivedAt: '2026-03-01T16:00:00+08:00' }));
        await store.receive({ log: logEntry('L-y', { receivedAt: '2026-03-01T08:00:00.500Z' }), outTradeNo: null });
        expect(ids(await store.listLog())).toEqual(['L-y', 'L-x']);
        expect((await store.getLog('L-x'))?.receivedAt).toBe('2026-03-01T08:00:00.000Z');
      });

      test('listLog rejects a negative or fractional limit, an unknown verdict or channel, and a time it cannot read', async (store) => {
        await expectCode(store.listLog({ limit: -1 }), 'CONFIG_INVALID');
        await expectCode(store.listLog({ limit: 1.5 }), 'CONFIG_INVALID');
        await expectCode(store.listLog({ verdicts: ['junk' as 'applied'] }), 'CONFIG_INVALID');
        await expectCode(store.listLog({ channels: ['email' as 'notify'] }), 'CONFIG_INVALID');
        await expectCode(store.listLog({ since: 'last week' }), 'CONFIG_INVALID');
        await expectCode(store.listLog({ before: 'tomorrow' }), 'CONFIG_INVALID');
      });
    });

    describe('bounded log: size, digest, authenticity, pruneLog', () => {
      test('rawSize, rawSha256 and authenticity round-trip, also for an entry that keeps only a prefix', async (store) => {
        const prefix = logEntry('S1', {
          raw: new Uint8Array(4096).fill(0x61),
          rawSize: 65_536,
          rawSha256: 'c0'.repeat(32),
          authenticity: 'none',
          verdict: 'rejected',
          code: 'SIGN_MISMATCH',
        });
        const signature = logEntry('S2', {
          authenticity: 'signature',
          verdict: 'rejected',
          code: 'NOTIFY_VERIFY_FAILED',
        });
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
        expect(ids(await store.listLog())).toEqual(['P-new', 'P-edge']);
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
        expect(
          await store.pruneLog({ before: '2026-03-01T16:10:00+08:00', verdicts: ['rejected', 'error', 'rejected'] }),
        ).toBe(2);
        expect(ids(await store.listLog())).toEqual(['V-late', 'V-applied']);
      });

      test('pruneLog rejects a time it cannot read or an unknown verdict, deleting nothing', async (store) => {
        await store.appendLog(logEntry('X1', { receivedAt: at(1) }));
        await expectCode(store.pruneLog({ before: 'last month' }), 'CONFIG_INVALID');
        await expectCode(store.pruneLog({ before: at(10), verdicts: ['junk' as 'rejected'] }), 'CONFIG_INVALID');
        await expectCode(store.pruneLog(undefined as unknown as { before: string }), 'CONFIG_INVALID');
        expect(await store.getLog('X1')).toBeDefined();
      });

      test('pruneLog never touches orders or effects', async (store) => {
        await orderWithEffects(store, 'PX', [effect('PX', 'paid')]);
        await store.receive({ log: logEntry('PX-log', { receivedAt: at(1), outTradeNo: 'PX' }), outTradeNo: 'PX' });
        expect(await store.pruneLog({ before: at(100) })).toBe(1);
        expect((await store.getOrder('PX'))?.version).toBe(2);
        expect(await store.listEffects('PX')).toStrictEqual([effect('PX', 'paid')]);
      });
    });

    describe('attention marks', () => {
      const mark = (outTradeNo: string, reason: string, version: number) => ({
        outTradeNo,
        reason,
        version,
        at: at(1),
      });

      test('markAttention is insert-if-absent per order, reason and version', async (store) => {
        expect(await store.markAttention(mark('M1', 'paid_not_shipped', 2))).toBe(true);
        expect(await store.markAttention({ ...mark('M1', 'paid_not_shipped', 2), at: at(5) })).toBe(false);
        expect(await store.markAttention(mark('M1', 'paid_not_shipped', 3))).toBe(true);
        expect(await store.markAttention(mark('M1', 'refund_waiting', 2))).toBe(true);
        expect(await store.markAttention(mark('M2', 'paid_not_shipped', 2))).toBe(true);
      });

      test('clearAttention removes one mark, so the next report is made again; an absent mark is ignored', async (store) => {
        await store.markAttention(mark('M3', 'paid_not_shipped', 2));
        await store.markAttention(mark('M3', 'paid_not_shipped', 3));
        await store.clearAttention({ outTradeNo: 'M3', reason: 'paid_not_shipped', version: 2 });
        await store.clearAttention({ outTradeNo: 'M3', reason: 'never', version: 2 });
        expect(await store.markAttention(mark('M3', 'paid_not_shipped', 2))).toBe(true);
        expect(await store.markAttention(mark('M3', 'paid_not_shipped', 3))).toBe(false);
      });

      test(
        '20 concurrent marks of one report: exactly one makes it',
        async (store) => {
          const made = await Promise.all(
            Array.from({ length: 20 }, () => store.markAttention(mark('M4', 'paid_not_shipped', 2))),
          );
          expect(made.filter(Boolean)).toHaveLength(1);
        },
        SLOW,
      );

      test('rejects an empty order or reason, a bad version or time', async (store) => {
        await expectCode(store.markAttention(mark('', 'r', 1)), 'CONFIG_INVALID');
        await expectCode(store.markAttention(mark('M5', '', 1)), 'CONFIG_INVALID');
        await expectCode(store.markAttention(mark('M5', 'r', -1)), 'CONFIG_INVALID');
        await expectCode(store.markAttention(mark('M5', 'r', 1.5)), 'CONFIG_INVALID');
        await expectCode(store.markAttention({ ...mark('M5', 'r', 1), at: 'now' }), 'CONFIG_INVALID');
        await expectCode(store.clearAttention({ outTradeNo: 'M5', reason: '', version: 1 }), 'CONFIG_INVALID');
        expect(await store.markAttention(mark('M5', 'r', 1))).toBe(true);
      });
    });

    describe('migrate', () => {
      test('is idempotent and keeps the data', async (store) => {
        await orderWithEffects(store, 'D1', [effect('D1', 'paid')]);
        await store.receive({ log: logEntry('LD'), outTradeNo: 'D1', binding: binding('N-D', 'D1') });
        await store.markAttention({ outTradeNo: 'D1', reason: 'r', version: 2, at: at(1) });
        await store.migrate();
        await store.migrate();
        expect((await store.getOrder('D1'))?.version).toBe(2);
        expect(await store.listEffects('D1')).toHaveLength(1);
        expect(await store.getLog('LD')).toStrictEqual(logEntry('LD'));
        expect((await store.receive({ outTradeNo: 'D2', binding: binding('N-D', 'D2') })).binding).toStrictEqual({
          outTradeNo: 'D1',
          tradeNo: null,
        });
        expect(await store.markAttention({ outTradeNo: 'D1', reason: 'r', version: 2, at: at(2) })).toBe(false);
        expect(await store.createOrder(order('D2'))).toBe('created');
      });
    });

    describe('deliveries: the three steps under concurrency', () => {
      test(
        '50 concurrent pipelines (receive → commit with claim, or claimEffects): each effect is claimed by exactly one',
        async (store) => {
          const created = order('P1');
          await store.createOrder(created);
          const effects = [effect('P1', 'paid'), effect('P1', 'transition', { kind: 'transition' })];
          const pipelines = Array.from({ length: 50 }, async (_, i) => {
            const received = await store.receive({
              log: logEntry(`LP${i}`, { outTradeNo: 'P1' }),
              outTradeNo: 'P1',
              binding: binding('N-P1', 'P1'),
            });
            const current = received.order!;
            if (current.version === 1) {
              const result = await store.commit({
                next: advanced(current),
                expectedVersion: 1,
                effects,
                claim: claim(1, 2),
              });
              if (result.committed) return result.claimed;
            }
            // lost the race: a duplicate, which claims what is left
            return store.claimEffects('P1', claim(1, 2));
          });
          const claimed = (await Promise.all(pipelines)).flat();
          expect(keysOf(claimed).sort()).toEqual(['P1:paid', 'P1:transition']);
          expect((await store.listEffects('P1')).map((e) => [e.status, e.attempts])).toEqual([
            ['running', 1],
            ['running', 1],
          ]);
          expect((await store.getOrder('P1'))?.version).toBe(2);
          expect(await store.listLog({ outTradeNo: 'P1' })).toHaveLength(50);
        },
        SLOW,
      );

      test(
        '50 concurrent deliveries of one notification through the escrow: each hook runs exactly once',
        async (store) => {
          const shop = testShop(store, true);
          await placeOrder(shop, 'P2');
          const paid = await paidNotice('P2');
          const replies = await Promise.all(Array.from({ length: 50 }, () => shop.deliver(paid)));
          expect(replies.every((r) => r === 'success' || r === 'fail')).toBe(true);
          expect(replies).toContain('success');
          expect(shop.events.map((e) => [e.kind, e.attempt]).sort()).toEqual([
            ['paid', 1],
            ['transition', 1],
          ]);
          expect((await store.listEffects('P2')).every((e) => e.status === 'done')).toBe(true);
          expect(await shop.deliver(paid)).toBe('success');
          expect(shop.events).toHaveLength(2);
          expect(await shop.escrow.listLog({ outTradeNo: 'P2', verdicts: ['received', 'error'] })).toEqual([]);
        },
        SLOW,
      );
    });

    describe('round trips of one notification (store calls, or database round trips when the factory counts them)', () => {
      withHandle(
        'a genuine first delivery ≤ 3, its duplicate ≤ 2, a forged one exactly 1',
        async (handle) => {
          const { store, roundTrips } = counted(handle);
          const shop = testShop(store);
          await placeOrder(shop, 'RT1');
          const paid = await paidNotice('RT1');

          let before = roundTrips();
          expect(await shop.deliver(paid)).toBe('success');
          const first = roundTrips() - before;
          expect(shop.events.map((e) => e.kind)).toEqual(['paid', 'transition']);
          expect(first).toBeLessThanOrEqual(3);

          before = roundTrips();
          expect(await shop.deliver(paid)).toBe('success');
          expect(roundTrips() - before).toBeLessThanOrEqual(2);
          expect(shop.events).toHaveLength(2);

          const forged = await paidNotice('RT1', { signType: 'MD5', key: 'not-the-merchant-key-0123456789ab' });
          before = roundTrips();
          expect(await shop.deliver(forged)).toBe('fail');
          expect(roundTrips() - before).toBe(1);

          const [refused, duplicate, applied] = await shop.escrow.listLog({ outTradeNo: 'RT1' });
          expect([refused?.verdict, duplicate?.verdict, applied?.verdict]).toEqual([
            'rejected',
            'duplicate',
            'applied',
          ]);
          expect([refused?.reply, duplicate?.reply, applied?.reply]).toEqual(['fail', 'success', 'success']);
          expect((await store.getOrder('RT1'))?.phase).toBe('paid');
        },
        SLOW,
      );
    });
  });
}
