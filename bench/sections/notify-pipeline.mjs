// The whole notify pipeline, in-process: Request → body read → log → parse → verify → notify_verify
// (stubbed, answers `true` at once) → cross-checks → state machine → store CAS + effects → hooks →
// `success`. Every notification is a genuine, first-seen WAIT_SELLER_SEND_GOODS for its own order,
// so every one commits a transition and runs its effects (no cheap duplicates).
// Results: notify_pipeline_memory_per_s, pipeline_vs_verify (target ≥ 0.7): the memory pipeline,
// one notification at a time, ÷ a bare parse+verify handler over the same bodies (same Request in,
// same `success` Response out, the same stubbed notify_verify); the two sides run next to each other,
// the bare handler first in even rounds and second in odd ones. pipeline_vs_verify_cpu is the same
// ratio in the process's CPU time (process.cpuUsage) instead of wall-clock time: on a machine busy
// with other work, the wall clock also counts the time the process waited for a core, which falls
// on either side at random.
// sqlite_vs_memory_pipeline (target ≥ 0.5): the SQLite FILE store (better-sqlite3, WAL with
// synchronous = FULL, as docs/guide/performance.md recommends: every commit is on disk before its
// call returns, so before `success`) with group commit (sqliteDatabase(db, { groupCommit: true }))
// ÷ the memory store, both with IN_FLIGHT notifications in flight (a worker pool: each of IN_FLIGHT
// workers sends the next notification as soon as its previous one answered), the same bodies
// through both in the same round (notify_pipeline_sqlite_per_s and
// notify_pipeline_memory_concurrent_per_s are those two throughputs). Each ratio is the median of
// the per-round ratios; the order of the sides alternates between rounds.
// For comparison, one notification at a time (the round's first SEQUENTIAL_COUNT bodies, each
// store on a file of its own, WAL + synchronous = FULL): notify_pipeline_sqlite_sequential_per_s
// without group commit (three disk syncs per notification), notify_pipeline_sqlite_group_sequential_per_s
// with it (a lone notification gains nothing, and pays a macrotask per write), and
// sqlite_vs_memory_sequential (the former ÷ the sequential memory pipeline);
// notify_pipeline_sqlite_rollback_per_s: the store on SQLite's default rollback journal
// (journal_mode = DELETE), sequential, over fewer notifications
// because it is that much slower.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import {
  createEscrow,
  createMemoryStore,
  createSqlStore,
  sqliteDatabase,
  verifyNotification,
} from '../../packages/core/dist/index.js';
import { buildTestNotification } from '../../packages/core/dist/testing/index.js';

const PARTNER = '2088101122136241';
const keys = { signType: 'MD5', key: '760bdzec6y9goq7ctyx96ezkz78287de' };
const merchant = {
  partner: PARTNER,
  keys,
  charset: 'utf-8',
  seller: { id: PARTNER },
  notifyUrl: 'https://shop.example.com/alipay/notify',
  returnUrl: 'https://shop.example.com/alipay/return',
};
const PER_ROUND = 1500;
const ROUNDS = 5;
const IN_FLIGHT = 32;
const SEQUENTIAL_COUNT = 200;
const ROLLBACK_COUNT = 150;

/** A gateway whose notify_verify answers `true` in-process (no network in the measured path). */
const stubGateway = {
  notifyVerify: async () => ({ outcome: 'verified', body: 'true', status: 200 }),
  sendGoods: async () => {
    throw new Error('not used');
  },
  singleTradeQuery: async () => {
    throw new Error('not used');
  },
  closeTrade: async () => {
    throw new Error('not used');
  },
};

const noopHooks = { onPaid() {}, onTransition() {} };

/**
 * Registers `count` orders in every escrow (the first `partial.count` only in each of `partial.escrows`)
 * and builds one paid-notification body for each.
 */
async function prepare(escrows, round, count = PER_ROUND, partial = { escrows: [], count: 0 }) {
  const bodies = [];
  const created = [];
  for (let i = 0; i < count; i++) {
    const outTradeNo = `B${round}-${String(i).padStart(6, '0')}`;
    const targets = i < partial.count ? [...escrows, ...partial.escrows] : escrows;
    for (const escrow of targets) {
      // not awaited one by one: a group-commit store registers them in a few transactions
      created.push(
        escrow.createPayment({
          outTradeNo,
          subject: '纯棉T恤',
          price: '128.00',
          quantity: 1,
          logistics: [{ type: 'EXPRESS', fee: '10.00', payment: 'BUYER_PAY' }],
        }),
      );
    }
    const n = await buildTestNotification({
      keys,
      charset: 'utf-8',
      outTradeNo,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '138.00',
      price: '128.00',
      quantity: '1',
      sellerId: PARTNER,
      subject: '纯棉T恤',
    });
    bodies.push(n.body);
  }
  await Promise.all(created);
  return bodies;
}

const notifyRequest = (body) =>
  new Request('https://shop.example.com/alipay/notify', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; text/html; charset=UTF-8' },
    body,
  });

async function timePipeline(escrow, bodies) {
  const requests = bodies.map(notifyRequest);
  const t0 = performance.now();
  for (const request of requests) {
    const response = await escrow.handleNotify(request, { remoteAddress: '121.0.26.1' });
    if ((await response.text()) !== 'success') throw new Error('the pipeline did not answer success');
  }
  return (requests.length / (performance.now() - t0)) * 1000;
}

/** Notifications per second with `inFlight` of them in flight: each worker sends the next as soon as its last one answered. */
async function timeConcurrent(escrow, bodies, inFlight) {
  const requests = bodies.map(notifyRequest);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const response = await escrow.handleNotify(requests[next++], { remoteAddress: '121.0.26.1' });
      if ((await response.text()) !== 'success') throw new Error('the pipeline did not answer success');
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return (requests.length / (performance.now() - t0)) * 1000;
}

/** A migrated SQL store on a new file database at `path`, WAL with synchronous = FULL. */
async function fileStore(path, options) {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const store = createSqlStore(sqliteDatabase(db, options));
  await store.migrate();
  return { db, store };
}

/** The bare handler: read the Request's bytes, parse + verify them, answer a text Response. */
async function bareHandler(request) {
  const reader = request.body.getReader();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const bytes = chunks.length === 1 ? chunks[0] : new Uint8Array(Buffer.concat(chunks));
  const result = await verifyNotification(bytes, { keys, charset: 'utf-8', checkNotifyId: stubGateway.notifyVerify });
  return new Response(result.valid ? 'success' : 'fail', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

async function timeVerify(bodies) {
  return timePipeline({ handleNotify: bareHandler }, bodies);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** `measure()`'s result with the CPU time (user + system, microseconds) the process spent meanwhile. */
async function withCpuTime(measure) {
  const start = process.cpuUsage();
  const perSecond = await measure();
  const used = process.cpuUsage(start);
  return { perSecond, cpuMicros: used.user + used.system };
}

export async function run() {
  const memory = [];
  const memoryConcurrent = [];
  const sqlite = [];
  const sqliteSequential = [];
  const sqliteGroupSequential = [];
  const verify = [];
  const ratios = [];
  const cpuRatios = [];
  const sqliteRatios = [];
  const sequentialRatios = [];
  let rollback = 0;
  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-bench-'));
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const grouped = await fileStore(join(dir, `g${round}.db`), { groupCommit: true });
      const plain = await fileStore(join(dir, `s${round}.db`));
      const groupedAlone = await fileStore(join(dir, `gs${round}.db`), { groupCommit: true });
      try {
        const escrow = (store) => createEscrow({ merchant, store, gateway: stubGateway, hooks: noopHooks });
        const onMemory = escrow(createMemoryStore());
        const onMemoryConcurrent = escrow(createMemoryStore());
        const onSqlite = escrow(grouped.store);
        const onSqliteSequential = escrow(plain.store);
        const onSqliteGroupSequential = escrow(groupedAlone.store);
        const bodies = await prepare([onMemory, onMemoryConcurrent, onSqlite], round, PER_ROUND, {
          escrows: [onSqliteSequential, onSqliteGroupSequential],
          count: SEQUENTIAL_COUNT,
        });
        const sequentialBodies = bodies.slice(0, SEQUENTIAL_COUNT);
        let v;
        let m;
        let mc;
        let q;
        let qs;
        let qgs;
        if (round % 2 === 0) {
          v = await withCpuTime(() => timeVerify(bodies));
          m = await withCpuTime(() => timePipeline(onMemory, bodies));
          qs = await timePipeline(onSqliteSequential, sequentialBodies);
          qgs = await timePipeline(onSqliteGroupSequential, sequentialBodies);
          mc = await timeConcurrent(onMemoryConcurrent, bodies, IN_FLIGHT);
          q = await timeConcurrent(onSqlite, bodies, IN_FLIGHT);
        } else {
          qgs = await timePipeline(onSqliteGroupSequential, sequentialBodies);
          qs = await timePipeline(onSqliteSequential, sequentialBodies);
          m = await withCpuTime(() => timePipeline(onMemory, bodies));
          v = await withCpuTime(() => timeVerify(bodies));
          q = await timeConcurrent(onSqlite, bodies, IN_FLIGHT);
          mc = await timeConcurrent(onMemoryConcurrent, bodies, IN_FLIGHT);
        }
        if (round === 0) continue; // warm-up
        memory.push(m.perSecond);
        memoryConcurrent.push(mc);
        sqlite.push(q);
        sqliteSequential.push(qs);
        sqliteGroupSequential.push(qgs);
        verify.push(v.perSecond);
        ratios.push(m.perSecond / v.perSecond);
        cpuRatios.push(v.cpuMicros / m.cpuMicros);
        sqliteRatios.push(q / mc);
        sequentialRatios.push(qs / m.perSecond);
      } finally {
        grouped.db.close();
        plain.db.close();
        groupedAlone.db.close();
      }
    }
    const db = new Database(join(dir, 'rollback.db'));
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      const store = createSqlStore(sqliteDatabase(db));
      await store.migrate();
      const onRollback = createEscrow({ merchant, store, gateway: stubGateway, hooks: noopHooks });
      rollback = await timePipeline(onRollback, await prepare([onRollback], 'rollback', ROLLBACK_COUNT));
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const results = {
    notify_pipeline_memory_per_s: median(memory),
    notify_pipeline_memory_concurrent_per_s: median(memoryConcurrent),
    notify_pipeline_sqlite_per_s: median(sqlite),
    notify_pipeline_sqlite_sequential_per_s: median(sqliteSequential),
    notify_pipeline_sqlite_group_sequential_per_s: median(sqliteGroupSequential),
    notify_pipeline_sqlite_rollback_per_s: rollback,
    pipeline_vs_verify: median(ratios),
    pipeline_vs_verify_cpu: median(cpuRatios),
    sqlite_vs_memory_pipeline: median(sqliteRatios),
    sqlite_vs_memory_sequential: median(sequentialRatios),
  };
  return {
    rows: [
      { name: 'bare parse + verify handler (notifications/s)', opsPerSec: median(verify) },
      { name: 'notify pipeline, memory store (notifications/s)', opsPerSec: results.notify_pipeline_memory_per_s },
      {
        name: `notify pipeline, memory store, ${IN_FLIGHT} in flight (notifications/s)`,
        opsPerSec: results.notify_pipeline_memory_concurrent_per_s,
      },
      {
        name: `notify pipeline, SQLite file store, WAL + synchronous FULL + group commit, ${IN_FLIGHT} in flight (notifications/s)`,
        opsPerSec: results.notify_pipeline_sqlite_per_s,
      },
      {
        name: 'notify pipeline, SQLite file store, WAL + synchronous FULL, one at a time (notifications/s)',
        opsPerSec: results.notify_pipeline_sqlite_sequential_per_s,
      },
      {
        name: 'notify pipeline, SQLite file store, WAL + synchronous FULL + group commit, one at a time (notifications/s)',
        opsPerSec: results.notify_pipeline_sqlite_group_sequential_per_s,
      },
      {
        name: 'notify pipeline, SQLite file store, rollback journal (the default), one at a time (notifications/s)',
        opsPerSec: rollback,
      },
      { name: 'memory pipeline ÷ bare parse+verify handler (target ≥ 0.7)', ratio: results.pipeline_vs_verify },
      { name: 'memory pipeline ÷ bare parse+verify handler, in CPU time', ratio: results.pipeline_vs_verify_cpu },
      {
        name: `SQLite group-commit pipeline ÷ memory pipeline, ${IN_FLIGHT} in flight each (target ≥ 0.5)`,
        ratio: results.sqlite_vs_memory_pipeline,
      },
      {
        name: 'SQLite pipeline ÷ memory pipeline, one at a time (no target: three disk syncs each)',
        ratio: results.sqlite_vs_memory_sequential,
      },
    ],
    results,
  };
}
