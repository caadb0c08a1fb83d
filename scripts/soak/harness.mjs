// The crash-and-scale-out soak run (see scripts/soak/README.md): N orders through the sandbox
// with chaos, the merchant side as separate processes (scripts/soak/merchant.mjs) that SIGKILL
// themselves at random points and are restarted by the supervisor, behind a round-robin proxy.
// The sandbox runs on a manual clock the harness advances, redelivering on Alipay's schedule.
// At the end it checks, against the sandbox's own record:
//   - every order equals the gateway's trade (trade and refund status);
//   - every effect is done and its hook ran; a hook ran more than once only where a crash fell
//     between its success and its "done" write (the crash record names it), else a violation;
//   - every notification the sandbox saw acknowledged `success` has a merchant log entry with
//     that notify_id, replied `success` with its transition committed (applied / duplicate / stale).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEscrow } from '@alipay-escrow/core';
import { createClock } from '@alipay-escrow/sandbox';
import { startSandbox } from '@alipay-escrow/sandbox/node';
import { openRunDatabase } from './database.mjs';
import { startProxy } from './proxy.mjs';
import { MerchantInstance } from './supervisor.mjs';
import {
  KEY,
  PARTNER,
  SELLER_EMAIL,
  ledgerHooks,
  merchantConfig,
  openStore,
  readCrashes,
  readLedger,
} from './setup.mjs';

/** The flows an order may follow (steps at the sandbox's test API, `ship` by the merchant). */
export const FLOWS = {
  finish: { weight: 30, steps: ['create', 'pay', 'ship', 'confirm'] },
  'refund-unshipped': { weight: 12, steps: ['create', 'pay', 'apply', 'agree'] },
  'refund-shipped': {
    weight: 10,
    steps: ['create', 'pay', 'ship', 'apply', 'agree', 'return_goods', 'confirm_returned'],
  },
  'cancel-then-confirm': { weight: 8, steps: ['create', 'pay', 'ship', 'apply', 'cancel', 'confirm'] },
  'close-unpaid': { weight: 10, steps: ['create', 'close'] },
  abandoned: { weight: 5, steps: ['create'] },
  'paid-only': { weight: 10, steps: ['create', 'pay'] },
  'shipped-only': { weight: 15, steps: ['create', 'pay', 'ship'] },
};

/** The four crash points and their default probability each time a notification passes one. */
export const CRASH_POINTS = ['mid-body', 'after-receive', 'after-commit', 'in-hook'];

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickFlow(random) {
  const total = Object.values(FLOWS).reduce((n, f) => n + f.weight, 0);
  let x = random() * total;
  for (const [name, flow] of Object.entries(FLOWS)) {
    x -= flow.weight;
    if (x < 0) return name;
  }
  return 'finish';
}

async function pool(items, concurrency, fn) {
  let i = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]);
  });
  await Promise.all(workers);
}

const COMMITTED = new Set(['applied', 'duplicate', 'stale']);

/**
 * Runs one soak. Options: orders, engine ('sqlite' | 'postgres'), instances (merchant processes),
 * crashRate (probability per crash point and notification), chaos (the sandbox's), seed,
 * concurrency (orders acted on at once). Resolves to `{ figures, violations }`.
 */
export async function runSoak(options) {
  const { orders: count, engine, instances: instanceCount = 1, crashRate = 0.02, seed = 1, concurrency = 16 } = options;
  const chaos = options.chaos ?? { dup: 0.1, drop: 0.1, reorder: true, seed };
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-soak-'));
  const ledgerFile = join(dir, 'ledger.tsv');
  const crashFile = join(dir, 'crashes.jsonl');
  const database = await openRunDatabase(engine, dir);
  const clock = createClock({ mode: 'manual' });
  const clockStart = clock.now();
  const deliveries = [];
  const sandbox = await startSandbox({
    partner: PARTNER,
    key: KEY,
    seller: { email: SELLER_EMAIL },
    clock,
    chaos,
    deliveryTimeoutMs: 20_000,
    onEvent: (e) => {
      if (e.type === 'delivery') deliveries.push(e);
    },
  });
  const own = await openStore(database.db);
  await own.store.migrate();
  const plan = {
    db: database.db,
    gatewayUrl: sandbox.gatewayUrl,
    notifyUrl: '',
    ledgerFile,
    crashFile,
    crashRates: Object.fromEntries(CRASH_POINTS.map((p) => [p, crashRate])),
  };
  const instances = Array.from({ length: instanceCount }, (_, i) => new MerchantInstance(`m${i + 1}`, plan));
  const proxy = await startProxy(instances, () => clock.now());
  const notifyUrl = `${proxy.url}/alipay/notify`;
  for (const instance of instances) instance.plan.notifyUrl = notifyUrl;
  // The merchant's own jobs (createPayment, sendGoods, the final reconcile) run here, on the same
  // store, with hooks writing to the same ledger and never crashing.
  const escrow = createEscrow({
    merchant: merchantConfig(sandbox.gatewayUrl, notifyUrl),
    store: own.store,
    hooks: ledgerHooks(ledgerFile, 'harness'),
    now: () => new Date(clock.now()),
    logger: null,
  });
  const api = async (path, method = 'GET', body) => {
    const res = await fetch(`${sandbox.url}/sandbox/api/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, json: await res.json() };
  };

  const random = mulberry32(seed);
  const orders = Array.from({ length: count }, (_, i) => {
    const flow = pickFlow(random);
    const cents = 1 + Math.floor(random() * 99_999);
    return {
      flow,
      steps: FLOWS[flow].steps,
      next: 0,
      order: {
        outTradeNo: `soak-${seed}-${String(i).padStart(6, '0')}`,
        subject: `压测订单 ${i}`,
        price: (cents / 100).toFixed(2),
        quantity: 1,
        logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
      },
    };
  });
  const figures = {
    orders: count,
    engine: database.engine,
    instances: instanceCount,
    crashRate,
    chaos,
    actions: 0,
    shipRetries: 0,
    reconciled: 0,
  };

  // The sandbox's clock moves only while every merchant is up: a restart (about a second of real
  // time) must not swallow hours of the fast clock's retries.
  const tick = async (seconds) => {
    await Promise.all(instances.map((i) => i.up()));
    const t0 = performance.now();
    await clock.advance(seconds);
    if (process.env.SOAK_DEBUG && performance.now() - t0 > 300)
      console.error(`[harness] advance(${seconds}) took ${Math.round(performance.now() - t0)} ms`);
  };

  async function perform(o) {
    const step = o.steps[o.next];
    const id = encodeURIComponent(o.order.outTradeNo);
    switch (step) {
      case 'create': {
        const payment = await escrow.createPayment(o.order);
        const res = await fetch(payment.url, { redirect: 'manual' });
        if (res.status !== 302) throw new Error(`create ${o.order.outTradeNo}: ${res.status} ${await res.text()}`);
        return true;
      }
      case 'ship': {
        const mine = await escrow.getOrder(o.order.outTradeNo);
        if (mine?.tradeNo == null) return false; // not yet told of the payment (a crash ate it): wait
        try {
          await escrow.sendGoods(o.order.outTradeNo, { logisticsName: '压测快递', transportType: 'EXPRESS' });
        } catch (e) {
          figures.shipRetries++;
          const theirs = (await api(`trades/${id}`)).json;
          if (theirs.tradeStatus !== 'WAIT_BUYER_CONFIRM_GOODS') throw e;
        }
        return true;
      }
      case 'pay':
      default: {
        const [verb, body] =
          step === 'pay' || step === 'confirm' || step === 'close' ? [step, {}] : ['refund', { action: step }];
        const res = await api(`trades/${id}/${verb}`, 'POST', body);
        if (res.status !== 200) throw new Error(`${step} ${o.order.outTradeNo}: ${JSON.stringify(res.json)}`);
        return true;
      }
    }
  }

  try {
    await Promise.all(instances.map((i) => i.start()));
    // Rounds: every order takes its next step if it can, then two sandbox seconds pass (deliveries
    // due go out; an order's steps stay inside the 3 s reorder window); with nothing to do, a
    // minute passes, so redeliveries come.
    for (let round = 0; orders.some((o) => o.next < o.steps.length); round++) {
      if (round > 3000) {
        const stuck = orders.filter((o) => o.next < o.steps.length).slice(0, 5);
        if (process.env.SOAK_DEBUG) {
          console.log(
            proxy.stats,
            instances.map((i) => [i.port, i.kills, i.restarts, i.unexpectedExits]),
          );
          const id = stuck[0].order.outTradeNo;
          console.log(
            await escrow.getOrder(id),
            await escrow.listEffects(id),
            (await escrow.listLog({ outTradeNo: id })).map((e) => [
              e.receivedAt,
              e.channel,
              e.tradeStatus,
              e.verdict,
              e.code,
              e.detail,
              e.reply,
            ]),
          );
          console.log(
            deliveries
              .filter((d) => d.outTradeNo === id)
              .map((d) => [d.at, d.tradeStatus, d.number, d.httpStatus, d.reply, d.error, d.delivered]),
          );
        }
        const last = deliveries.slice(-5).map((d) => `${d.outTradeNo} ${d.httpStatus} ${d.reply} ${d.error ?? ''}`);
        throw new Error(
          `the flows do not finish: ${stuck.map((o) => `${o.order.outTradeNo} at ${o.steps[o.next]}`).join(', ')}; last deliveries: ${last.join(' | ')}`,
        );
      }
      let acted = false;
      await pool(
        orders.filter((o) => o.next < o.steps.length),
        concurrency,
        async (o) => {
          if (await perform(o)) {
            o.next++;
            figures.actions++;
            acted = true;
          }
        },
      );
      figures.rounds = round + 1;
      await tick(acted ? 2 : 60);
    }
    figures.flowsMs = Math.round(performance.now() - started);
    // Through the whole retry schedule (24 h 22 min after the last notification), with margin.
    for (let s = 0; s < 26 * 3600; s += 60) await tick(60);
    figures.drainMs = Math.round(performance.now() - started) - figures.flowsMs;
    for (const instance of instances) await instance.stop();

    const trades = new Map((await api('trades')).json.trades.map((t) => [t.outTradeNo, t]));
    const violations = [];
    const mismatchedBeforeReconcile = [];
    // What the notifications alone left: orders that differ from the gateway or have effects not
    // done are reconciled (the merchant's reconcile job), counted, and checked again.
    for (const o of orders) {
      const id = o.order.outTradeNo;
      const theirs = trades.get(id);
      // An order nobody paid may have heard nothing yet: its null status stands for WAIT_BUYER_PAY.
      const same = (mine) =>
        mine !== undefined &&
        theirs !== undefined &&
        (mine.tradeStatus ?? 'WAIT_BUYER_PAY') === theirs.tradeStatus &&
        mine.refundStatus === theirs.refundStatus;
      let mine = await escrow.getOrder(id);
      let effects = await escrow.listEffects(id);
      if (!same(mine) || effects.some((e) => e.status !== 'done')) {
        mismatchedBeforeReconcile.push({
          id,
          flow: o.flow,
          merchant: mine && { tradeStatus: mine.tradeStatus, refundStatus: mine.refundStatus },
          gateway: theirs && { tradeStatus: theirs.tradeStatus, refundStatus: theirs.refundStatus },
          unfinished: effects.filter((e) => e.status !== 'done').map((e) => `${e.key}:${e.status}`),
        });
        figures.reconciled++;
        for (let i = 0; i < 5; i++) {
          const outcome = await escrow.reconcile(id);
          if (outcome.effectsDone) break;
          await clock.advance(61); // past the lease of an effect a crash left running
        }
        mine = await escrow.getOrder(id);
        effects = await escrow.listEffects(id);
      }
      if (!same(mine))
        violations.push({
          kind: 'order-differs',
          id,
          merchant: mine && { tradeStatus: mine.tradeStatus, refundStatus: mine.refundStatus },
          gateway: theirs && { tradeStatus: theirs.tradeStatus, refundStatus: theirs.refundStatus },
        });
      for (const e of effects)
        if (e.status !== 'done') violations.push({ kind: 'effect-not-done', key: e.key, status: e.status });
      o.effects = effects;
    }

    const runs = readLedger(ledgerFile);
    const crashes = readCrashes(crashFile);
    const excused = new Map();
    for (const c of crashes) for (const key of c.unsettled) excused.set(key, (excused.get(key) ?? 0) + 1);
    let effectCount = 0;
    const reruns = [];
    for (const o of orders) {
      for (const e of o.effects) {
        effectCount++;
        const n = runs.get(e.key) ?? 0;
        if (n === 0) violations.push({ kind: 'effect-never-ran', key: e.key });
        if (n > 1) {
          if (n - 1 > (excused.get(e.key) ?? 0))
            violations.push({
              kind: 'ran-twice-without-crash',
              key: e.key,
              runs: n,
              crashesBetweenSuccessAndDone: excused.get(e.key) ?? 0,
            });
          else reruns.push({ idempotencyKey: e.key, runs: n });
        }
      }
    }
    for (const key of runs.keys())
      if (!orders.some((o) => key.startsWith(`${o.order.outTradeNo}:`)))
        violations.push({ kind: 'ledger-key-unknown', key });

    // Every notification the sandbox saw acknowledged: committed on the merchant's side.
    const log = await escrow.listLog({ channels: ['notify'] });
    const byNotifyId = new Map();
    for (const entry of log)
      if (entry.notifyId !== null) byNotifyId.set(entry.notifyId, [...(byNotifyId.get(entry.notifyId) ?? []), entry]);
    const acknowledged = new Set(
      deliveries.filter((d) => d.reply === 'success' && d.httpStatus === 200).map((d) => d.notifyId),
    );
    for (const notifyId of acknowledged) {
      const entries = byNotifyId.get(notifyId) ?? [];
      if (!entries.some((e) => e.reply === 'success' && COMMITTED.has(e.verdict))) {
        violations.push({
          kind: 'acknowledged-not-committed',
          notifyId,
          entries: entries.map((e) => ({ verdict: e.verdict, reply: e.reply, code: e.code })),
        });
      }
    }
    // A process that could not even start (its packages unreadable, e.g. while being rebuilt) is
    // told apart from one that died while serving.
    for (const instance of instances)
      for (const exit of instance.unexpectedExits)
        violations.push({
          kind: exit.error === undefined ? 'merchant-died-unplanned' : 'merchant-failed-to-start',
          instance: instance.name,
          ...exit,
        });

    const notifications = new Set(deliveries.map((d) => d.notifyId));
    const crashesByPoint = Object.fromEntries(
      CRASH_POINTS.map((p) => [p, crashes.filter((c) => c.point === p).length]),
    );
    Object.assign(figures, {
      notifications: notifications.size,
      deliveries: deliveries.filter((d) => !(d.error ?? '').includes('chaos drop')).length,
      drops: deliveries.filter((d) => (d.error ?? '').includes('chaos drop')).length,
      duplicates: deliveries.filter((d) => d.duplicate).length,
      failedDeliveries: deliveries.filter((d) => d.reply !== 'success').length,
      acknowledged: acknowledged.size,
      // Log entries a crash left undecided (verdict `received`): what a crash after receive leaves.
      logLeftReceived: log.filter((e) => e.verdict === 'received').length,
      unacknowledgedNotifications: notifications.size - acknowledged.size,
      deliveriesPerInstance: proxy.stats.perInstance,
      refusedByProxy: proxy.stats.refused,
      brokenByCrash: proxy.stats.broken,
      crashes: crashes.length,
      crashesByPoint,
      crashesPerInstance: Object.fromEntries(instances.map((i) => [i.name, i.kills])),
      restarts: instances.reduce((n, i) => n + i.restarts, 0),
      effects: effectCount,
      hookRuns: [...runs.values()].reduce((a, b) => a + b, 0),
      reruns: reruns.length,
      rerunKeys: reruns.slice(0, 20),
      mismatchedBeforeReconcile: mismatchedBeforeReconcile.slice(0, 20),
      sandboxHours: Math.round((clock.now() - clockStart) / 360_000) / 10,
      wallMs: Math.round(performance.now() - started),
      violations: violations.length,
    });
    return { figures, violations };
  } finally {
    for (const instance of instances) await instance.stop();
    await proxy.stop();
    await sandbox.stop();
    await own.close();
    await database.close();
    if (!options.keepDir) rmSync(dir, { recursive: true, force: true });
  }
}
