// The chaos run: many orders, each following a random flow, against a sandbox that duplicates,
// drops and reorders its notifications, with a merchant (core's createEscrow) whose store throws
// on a share of its writes and whose hooks sometimes fail. Everything is seeded; the sandbox runs
// on a manual clock that the driver advances — through the whole 24 h 22 min retry schedule at
// the end. Transport: real HTTP on 127.0.0.1, or in-process (the sandbox's fetch calls the
// merchant's handleNotify directly, and the merchant's gateway client calls the sandbox's fetch).
import { performance } from 'node:perf_hooks';
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type EffectEvent,
  type Escrow,
  type EscrowOrder,
  type EscrowStore,
} from '@alipay-escrow/core';
import type { LogisticsOptions } from '@alipay-escrow/core/protocol';
import {
  createClock,
  createSandbox,
  type ChaosOptions,
  type DeliveryEvent,
  type Sandbox,
  type SandboxEvent,
} from '../src/index.js';
import { startSandbox } from '../src/node.js';
import { mulberry32, type Random } from '../src/prng.js';
import { KEY, MD5, PARTNER, SELLER_EMAIL, START } from './helpers.js';
import { countingHooks, HookLog, startShop } from './merchant-shop.js';

type Step =
  | 'create'
  | 'pay'
  | 'ship'
  | 'confirm'
  | 'apply'
  | 'agree'
  | 'refuse'
  | 'return_goods'
  | 'confirm_returned'
  | 'cancel'
  | 'close';

/** Flows and their weights. The last two end in an open refund after a refusal (see OPEN_AFTER_REFUSAL). */
export const FLOWS: Record<string, { weight: number; steps: Step[] }> = {
  finish: { weight: 24, steps: ['create', 'pay', 'ship', 'confirm'] },
  'refund-unshipped': { weight: 12, steps: ['create', 'pay', 'apply', 'agree'] },
  'refund-shipped': {
    weight: 12,
    steps: ['create', 'pay', 'ship', 'apply', 'agree', 'return_goods', 'confirm_returned'],
  },
  'refuse-reapply-agree': { weight: 8, steps: ['create', 'pay', 'apply', 'refuse', 'apply', 'agree'] },
  'cancel-then-confirm': { weight: 8, steps: ['create', 'pay', 'ship', 'apply', 'cancel', 'confirm'] },
  'close-unpaid': { weight: 8, steps: ['create', 'close'] },
  abandoned: { weight: 5, steps: ['create'] },
  'paid-only': { weight: 5, steps: ['create', 'pay'] },
  'shipped-only': { weight: 6, steps: ['create', 'pay', 'ship'] },
  'refuse-open': { weight: 6, steps: ['create', 'pay', 'apply', 'refuse'] },
  'reapply-open': { weight: 6, steps: ['create', 'pay', 'apply', 'refuse', 'apply'] },
};

/**
 * Flows ending in an open refund after a refusal: WAIT_SELLER_AGREE and SELLER_REFUSE_BUYER
 * alternate and a notification carries no cycle number, so by the refund table alone a late
 * WAIT_SELLER_AGREE of the first application reads as a new application (a phantom cycle) and a
 * late SELLER_REFUSE_BUYER as a refusal of the second, leaving the merchant on the wrong status
 * until a reconcile. Core orders refund moves by the notices' notify_time, so notifications
 * settle these too; they are counted apart to show it.
 */
export const OPEN_AFTER_REFUSAL = new Set(['refuse-open', 'reapply-open']);

export interface ChaosRunOptions {
  orders: number;
  transport: 'http' | 'in-process';
  chaos: ChaosOptions;
  /** Seeds the flows, amounts, store faults and hook failures. */
  seed: number;
  /** Probability that a store write throws. */
  storeFaultRate: number;
  /** Probability that a hook call throws. */
  hookFaultRate: number;
}

export interface OrderResult {
  outTradeNo: string;
  flow: string;
  sandbox: { tradeStatus: string; refundStatus: string | null };
  merchant: { tradeStatus: string | null; refundStatus: string | null };
  /** After the notifications alone (before any reconcile). */
  matchedByNotifications: boolean;
  /** Its notifications that were never acknowledged, all 8 deliveries spent. */
  exhausted: number;
  /** Refund applications the flow made at the sandbox, and the cycles the merchant counted. */
  applications: number;
  refundCycle: number;
  effectsDone: boolean;
}

export interface ChaosFigures {
  orders: number;
  transport: string;
  flows: Record<string, number>;
  actions: number;
  notifications: number;
  /** HTTP deliveries made (scheduled ones, retries and duplicates; not the dropped ones). */
  deliveries: number;
  duplicates: number;
  drops: number;
  /** Scheduled deliveries after the first (the sandbox retrying). */
  retries: number;
  /** Notifications never acknowledged after all 8 deliveries. */
  exhausted: number;
  storeWrites: number;
  storeFaults: number;
  hookCalls: number;
  hookFaults: number;
  /** Hook runs repeated because the write recording a successful run was lost (at-least-once). */
  hookRerunsAfterLostCompletion: number;
  /**
   * Refund cycles the merchant counted beyond the applications made, and the orders concerned
   * (each fires onRefund/onTransition for an application the buyer never made): what a late
   * WAIT_SELLER_AGREE after SELLER_REFUSE_BUYER gave before refund moves were ordered by
   * notify_time. Must be 0.
   */
  phantomRefundCycles: number;
  ordersWithPhantomCycles: number;
  phantomCyclesByFlow: Record<string, number>;
  /**
   * Refund applications the merchant never counted, and the orders concerned: a later notice
   * overtook an application's own (a notice carries no cycle number, so a skipped cycle cannot be
   * recovered). The status still ends right; the merchant just hears fewer onRefund steps.
   */
  missedRefundCycles: number;
  ordersWithMissedCycles: number;
  /** Orders that needed reconcile at the end: an open refund after a refusal; anything else (e.g. notifications ran out). */
  reconciledOpenAfterRefusal: number;
  reconciledOther: number;
  sandboxHours: number;
  wallMs: number;
}

export interface ChaosRunResult {
  figures: ChaosFigures;
  results: OrderResult[];
  hooks: HookLog;
  /** Successful hook runs per key the completion of which was lost. */
  lostCompletions: Map<string, number>;
  effects: Map<string, { key: string; kind: string; detail: string | null; status: string }[]>;
}

// The store's writes (EscrowStore in packages/core/src/store/types.ts): receive, commit, claimEffects and settle each do one atomic step.
const WRITES = new Set(['createOrder', 'receive', 'commit', 'claimEffects', 'settle', 'appendLog']);

export class InjectedFault extends Error {
  constructor(method: string) {
    super(`injected store fault in ${method}`);
  }
}

/**
 * A store that throws on a share of its writes — half of the time before writing (the write is
 * lost), half after (it went through but the caller hears an error).
 */
function faultyStore(
  inner: EscrowStore,
  random: Random,
  rate: number,
  stats: { writes: number; faults: number; lostCompletions: Map<string, number>; enabled: boolean },
): EscrowStore {
  const wrapped: Record<string, unknown> = {};
  for (const name of Object.keys(inner) as (keyof EscrowStore)[]) {
    const method = (inner[name] as (...args: unknown[]) => Promise<unknown>).bind(inner);
    if (!WRITES.has(name)) {
      wrapped[name] = method;
      continue;
    }
    wrapped[name] = async (...args: unknown[]) => {
      stats.writes++;
      if (!stats.enabled || random() >= rate) return method(...args);
      stats.faults++;
      if (random() < 0.5) await method(...args);
      else if (name === 'settle') {
        // The hooks of `done` succeeded but their completion is lost: they run again.
        for (const { key } of (args[0] as { done?: { key: string }[] }).done ?? [])
          stats.lostCompletions.set(key, (stats.lostCompletions.get(key) ?? 0) + 1);
      }
      throw new InjectedFault(name);
    };
  }
  return wrapped as unknown as EscrowStore;
}

function pickFlow(random: Random): string {
  const total = Object.values(FLOWS).reduce((n, f) => n + f.weight, 0);
  let x = random() * total;
  for (const [name, flow] of Object.entries(FLOWS)) {
    x -= flow.weight;
    if (x < 0) return name;
  }
  return 'finish';
}

function orderFor(i: number, random: Random): EscrowOrder {
  const cents = 1 + Math.floor(random() * 99_999);
  const options: LogisticsOptions =
    random() < 0.5
      ? [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }]
      : [
          { type: 'EMS', fee: String(1 + Math.floor(random() * 20)), payment: 'BUYER_PAY' },
          { type: 'POST', fee: '0', payment: 'BUYER_PAY_AFTER_RECEIVE' },
        ];
  return {
    outTradeNo: `chaos-${String(i).padStart(5, '0')}`,
    subject: `混沌订单 ${i}`,
    price: (cents / 100).toFixed(2),
    quantity: 1 + Math.floor(random() * 3),
    logistics: options,
  };
}

async function retryOnFault<T>(fn: () => Promise<T>, attempts = 50): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof InjectedFault) || i >= attempts) throw e;
    }
  }
}

export async function runChaos(options: ChaosRunOptions): Promise<ChaosRunResult> {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const faultRandom = mulberry32(options.seed ^ 0x5eed);
  const clock = createClock({ mode: 'manual', start: START });
  const now = () => new Date(clock.now());
  const deliveries: DeliveryEvent[] = [];
  const onEvent = (e: SandboxEvent) => {
    if (e.type === 'delivery') deliveries.push(e);
  };
  const stats = { writes: 0, faults: 0, lostCompletions: new Map<string, number>(), enabled: true };
  const store = faultyStore(createMemoryStore({ now }), faultRandom, options.storeFaultRate, stats);
  const hooks = new HookLog();
  const hookRandom = mulberry32(options.seed ^ 0xb00c);
  const hookOptions = countingHooks(hooks, (_e: EffectEvent) => hookRandom() < options.hookFaultRate);

  let escrow: Escrow;
  let sandboxFetch: (path: string, init?: RequestInit) => Promise<Response>;
  let gatewayGet: (url: string) => Promise<Response>;
  let stop: () => Promise<void>;
  const sandboxConfig = {
    partner: PARTNER,
    key: KEY,
    seller: { email: SELLER_EMAIL },
    clock,
    chaos: options.chaos,
    onEvent,
  };

  if (options.transport === 'http') {
    const running = await startSandbox(sandboxConfig);
    const shop = await startShop(running, { store, hooks: hookOptions });
    escrow = shop.escrow;
    sandboxFetch = (path, init) => fetch(`${running.url}${path}`, init);
    gatewayGet = (url) => fetch(url, { redirect: 'manual' });
    stop = async () => {
      await running.stop();
      await shop.stop();
    };
  } else {
    let sandbox: Sandbox | undefined;
    const callSandbox = (input: RequestInfo | URL, init?: RequestInit) => sandbox!.fetch(new Request(input, init));
    const gateway = createGatewayClient({
      partner: PARTNER,
      keys: MD5,
      charset: 'utf-8',
      gatewayUrl: 'http://127.0.0.1:7001/gateway.do',
      fetch: callSandbox as typeof fetch,
    });
    escrow = createEscrow({
      merchant: {
        partner: PARTNER,
        keys: MD5,
        charset: 'utf-8',
        seller: { email: SELLER_EMAIL },
        notifyUrl: 'http://127.0.0.1:7002/alipay/notify',
        gatewayUrl: 'http://127.0.0.1:7001/gateway.do',
      },
      store,
      gateway,
      hooks: hookOptions,
      now,
    });
    const merchantFetch = (input: RequestInfo | URL, init?: RequestInit) =>
      escrow.handleNotify(new Request(input, init), { remoteAddress: '127.0.0.1' });
    sandbox = await createSandbox({ ...sandboxConfig, fetch: merchantFetch as typeof fetch });
    sandboxFetch = (path, init) => callSandbox(`http://127.0.0.1:7001${path}`, init);
    gatewayGet = (url) => callSandbox(url);
    stop = () => sandbox!.close();
  }

  const api = async (path: string, method = 'GET', body?: unknown): Promise<{ status: number; json: any }> => {
    const res = await sandboxFetch(`/sandbox/api/${path}`, {
      method,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' } } : {}),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: await res.json() };
  };

  const orders = Array.from({ length: options.orders }, (_, i) => {
    const flow = pickFlow(random);
    return { order: orderFor(i, random), flow, steps: FLOWS[flow]!.steps, next: 0, logistics: 0 };
  });
  for (const o of orders) o.logistics = Math.floor(random() * o.order.logistics.length);

  let actions = 0;
  async function perform(o: (typeof orders)[number]): Promise<boolean> {
    const step = o.steps[o.next]!;
    const id = encodeURIComponent(o.order.outTradeNo);
    switch (step) {
      case 'create': {
        const payment = await retryOnFault(() => escrow.createPayment(o.order));
        const res = await gatewayGet(payment.url);
        if (res.status !== 302) throw new Error(`create ${o.order.outTradeNo}: ${res.status} ${await res.text()}`);
        return true;
      }
      case 'ship': {
        const mine = await escrow.getOrder(o.order.outTradeNo);
        if (mine?.tradeNo === null || mine === undefined) return false; // not yet heard of the trade
        try {
          await escrow.sendGoods(o.order.outTradeNo, { logisticsName: '混沌快递', transportType: 'EXPRESS' });
          return true;
        } catch (e) {
          if (e instanceof InjectedFault) return false;
          throw e;
        }
      }
      case 'pay': {
        const res = await api(`trades/${id}/pay`, 'POST', { logistics: o.logistics });
        if (res.status !== 200) throw new Error(`pay ${o.order.outTradeNo}: ${JSON.stringify(res.json)}`);
        return true;
      }
      default: {
        const [verb, body] = step === 'confirm' || step === 'close' ? [step, {}] : ['refund', { action: step }];
        const res = await api(`trades/${id}/${verb}`, 'POST', body);
        if (res.status !== 200) throw new Error(`${step} ${o.order.outTradeNo}: ${JSON.stringify(res.json)}`);
        return true;
      }
    }
  }

  try {
    // Rounds: each order takes its next step when it can, then a second passes (deliveries go
    // out); steps of one order are a second apart, inside the 3 s reorder window.
    for (let round = 0; orders.some((o) => o.next < o.steps.length); round++) {
      if (round > 5000) throw new Error('the flows do not finish');
      let acted = false;
      for (const o of orders) {
        if (o.next >= o.steps.length) continue;
        if (await perform(o)) {
          o.next++;
          actions++;
          acted = true;
        }
      }
      await clock.advance(acted ? 1 : 30);
    }
    // Through the whole retry schedule (24 h 22 min after the last notification), with margin.
    await clock.advance(26 * 3600);

    const trades = new Map<string, { tradeStatus: string; refundStatus: string | null }>();
    for (const t of (await api('trades')).json.trades as {
      outTradeNo: string;
      tradeStatus: string;
      refundStatus: string | null;
    }[])
      trades.set(t.outTradeNo, t);

    const acknowledgedIds = new Set(deliveries.filter((d) => d.delivered).map((d) => d.notifyId));
    const exhaustedByOrder = new Map<string, Set<string>>();
    for (const d of deliveries) {
      if (acknowledgedIds.has(d.notifyId)) continue;
      const set = exhaustedByOrder.get(d.outTradeNo) ?? new Set<string>();
      set.add(d.notifyId);
      exhaustedByOrder.set(d.outTradeNo, set);
    }
    const results: OrderResult[] = [];
    let reconciledOpenAfterRefusal = 0;
    let reconciledOther = 0;
    const effects = new Map<string, { key: string; kind: string; detail: string | null; status: string }[]>();
    for (const o of orders) {
      const id = o.order.outTradeNo;
      const theirs = trades.get(id)!;
      let mine = (await escrow.getOrder(id))!;
      const same = () => mine.tradeStatus === theirs.tradeStatus && mine.refundStatus === theirs.refundStatus;
      const matchedByNotifications = same();
      let list = await escrow.listEffects(id);
      if (!matchedByNotifications || list.some((e) => e.status !== 'done')) {
        if (OPEN_AFTER_REFUSAL.has(o.flow)) reconciledOpenAfterRefusal++;
        else reconciledOther++;
        // A reconcile job: query, apply, run what is owed; again a minute later (after any effect
        // lease has run out) until everything is done.
        for (let i = 0; i < 50; i++) {
          try {
            const outcome = await escrow.reconcile(id);
            if (outcome.effectsDone) break;
          } catch (e) {
            if (!(e instanceof InjectedFault)) throw e;
          }
          await clock.advance(61);
        }
        mine = (await escrow.getOrder(id))!;
        list = await escrow.listEffects(id);
      }
      effects.set(id, list);
      results.push({
        outTradeNo: id,
        flow: o.flow,
        sandbox: theirs,
        merchant: { tradeStatus: mine.tradeStatus, refundStatus: mine.refundStatus },
        matchedByNotifications,
        exhausted: exhaustedByOrder.get(id)?.size ?? 0,
        applications: o.steps.filter((step) => step === 'apply').length,
        refundCycle: mine.refundCycle,
        effectsDone: list.every((e) => e.status === 'done'),
      });
    }

    // CHAOS_DEBUG=1: every unacknowledged delivery, with the merchant's log and effects for its order.
    if (process.env['CHAOS_DEBUG']) {
      const acked = new Set(deliveries.filter((d) => d.delivered).map((d) => d.notifyId));
      for (const d of deliveries)
        if (!acked.has(d.notifyId))
          console.log(
            'unacknowledged',
            d.outTradeNo,
            d.tradeStatus,
            d.refundStatus,
            d.number,
            d.httpStatus,
            d.reply,
            d.error ?? '',
          );
      for (const id of new Set(deliveries.filter((d) => !acked.has(d.notifyId)).map((d) => d.outTradeNo))) {
        for (const e of (await escrow.listLog({ outTradeNo: id })).reverse())
          console.log('  log', e.receivedAt, id, e.channel, e.tradeStatus, e.refundStatus, e.verdict, e.code, e.reply);
        for (const e of await escrow.listEffects(id))
          console.log('  effect', e.key, e.status, e.attempts, e.leaseUntil, e.lastError, e.createdAt, e.doneAt);
      }
    }
    const scheduled = deliveries.filter((d) => !d.duplicate);
    const flows: Record<string, number> = {};
    for (const o of orders) flows[o.flow] = (flows[o.flow] ?? 0) + 1;
    const notifications = new Set(deliveries.map((d) => d.notifyId));
    let reruns = 0;
    for (const n of stats.lostCompletions.values()) reruns += n;
    const drops = deliveries.filter((d) => d.error?.includes('chaos drop')).length;
    const figures: ChaosFigures = {
      orders: options.orders,
      transport: options.transport,
      flows,
      actions,
      notifications: notifications.size,
      deliveries: deliveries.length - drops,
      duplicates: deliveries.filter((d) => d.duplicate).length,
      drops,
      retries: scheduled.filter((d) => d.number > 1).length,
      exhausted: notifications.size - acknowledgedIds.size,
      storeWrites: stats.writes,
      storeFaults: stats.faults,
      hookCalls: [...hooks.ok.values(), ...hooks.failed.values()].reduce((a, b) => a + b, 0),
      hookFaults: [...hooks.failed.values()].reduce((a, b) => a + b, 0),
      hookRerunsAfterLostCompletion: reruns,
      phantomRefundCycles: results.reduce((n, r) => n + Math.max(0, r.refundCycle - r.applications), 0),
      ordersWithPhantomCycles: results.filter((r) => r.refundCycle > r.applications).length,
      phantomCyclesByFlow: results.reduce<Record<string, number>>((acc, r) => {
        if (r.refundCycle > r.applications) acc[r.flow] = (acc[r.flow] ?? 0) + r.refundCycle - r.applications;
        return acc;
      }, {}),
      missedRefundCycles: results.reduce((n, r) => n + Math.max(0, r.applications - r.refundCycle), 0),
      ordersWithMissedCycles: results.filter((r) => r.refundCycle < r.applications).length,
      reconciledOpenAfterRefusal,
      reconciledOther,
      sandboxHours: Math.round((clock.now() - START) / 360_000) / 10,
      wallMs: Math.round(performance.now() - started),
    };
    return { figures, results, hooks, lostCompletions: stats.lostCompletions, effects };
  } finally {
    await stop();
  }
}
