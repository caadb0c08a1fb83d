// The whole notify pipeline, in-process: Request → body read → log → parse → verify → notify_verify
// (stubbed, answers `true` at once) → cross-checks → state machine → store CAS + effects → hooks →
// `success`. Every notification is a genuine, first-seen WAIT_SELLER_SEND_GOODS for its own order,
// so every one commits a transition and runs its effects (no cheap duplicates).
// Results: notify_pipeline_memory_per_s, notify_pipeline_sqlite_per_s, pipeline_vs_verify (target
// ≥ 0.7): the memory pipeline ÷ a bare parse+verify handler over the same bodies (same Request in,
// same `success` Response out, the same stubbed notify_verify), and sqlite_vs_memory_pipeline
// (target ≥ 0.5): the SQLite FILE store (better-sqlite3, WAL with synchronous = FULL, as
// docs/guide/performance.md recommends: every commit is on disk when it returns) ÷ the memory
// store, the same bodies through both in the same round. Each result is the median of the
// per-round ratios (the order of the sides alternates between rounds). For comparison,
// notify_pipeline_sqlite_rollback_per_s: the same store on SQLite's default rollback journal
// (journal_mode = DELETE), over fewer notifications because it is that much slower.

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

/** Registers PER_ROUND orders in every escrow and builds one paid-notification body for each. */
async function prepare(escrows, round, count = PER_ROUND) {
  const bodies = [];
  for (let i = 0; i < count; i++) {
    const outTradeNo = `B${round}-${String(i).padStart(6, '0')}`;
    for (const escrow of escrows) {
      await escrow.createPayment({
        outTradeNo,
        subject: '纯棉T恤',
        price: '128.00',
        quantity: 1,
        logistics: [{ type: 'EXPRESS', fee: '10.00', payment: 'BUYER_PAY' }],
      });
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
  return bodies;
}

async function timePipeline(escrow, bodies) {
  const requests = bodies.map(
    (body) =>
      new Request('https://shop.example.com/alipay/notify', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; text/html; charset=UTF-8' },
        body,
      }),
  );
  const t0 = performance.now();
  for (const request of requests) {
    const response = await escrow.handleNotify(request, { remoteAddress: '121.0.26.1' });
    if ((await response.text()) !== 'success') throw new Error('the pipeline did not answer success');
  }
  return (requests.length / (performance.now() - t0)) * 1000;
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

export async function run() {
  const memory = [];
  const sqlite = [];
  const verify = [];
  const ratios = [];
  const sqliteRatios = [];
  let rollback = 0;
  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-bench-'));
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const db = new Database(join(dir, `r${round}.db`));
      try {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        const store = createSqlStore(sqliteDatabase(db));
        await store.migrate();
        const onMemory = createEscrow({ merchant, store: createMemoryStore(), gateway: stubGateway, hooks: noopHooks });
        const onSqlite = createEscrow({ merchant, store, gateway: stubGateway, hooks: noopHooks });
        const bodies = await prepare([onMemory, onSqlite], round);
        const v = await timeVerify(bodies);
        let m;
        let q;
        if (round % 2 === 0) {
          m = await timePipeline(onMemory, bodies);
          q = await timePipeline(onSqlite, bodies);
        } else {
          q = await timePipeline(onSqlite, bodies);
          m = await timePipeline(onMemory, bodies);
        }
        if (round === 0) continue; // warm-up
        memory.push(m);
        sqlite.push(q);
        verify.push(v);
        ratios.push(m / v);
        sqliteRatios.push(q / m);
      } finally {
        db.close();
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
    notify_pipeline_sqlite_per_s: median(sqlite),
    notify_pipeline_sqlite_rollback_per_s: rollback,
    pipeline_vs_verify: median(ratios),
    sqlite_vs_memory_pipeline: median(sqliteRatios),
  };
  return {
    rows: [
      { name: 'bare parse + verify handler (notifications/s)', opsPerSec: median(verify) },
      { name: 'notify pipeline, memory store (notifications/s)', opsPerSec: results.notify_pipeline_memory_per_s },
      { name: 'notify pipeline, SQLite file store, WAL + synchronous FULL (notifications/s)', opsPerSec: results.notify_pipeline_sqlite_per_s },
      { name: 'notify pipeline, SQLite file store, rollback journal (the default) (notifications/s)', opsPerSec: rollback },
      { name: 'memory pipeline ÷ bare parse+verify handler (target ≥ 0.7)', ratio: results.pipeline_vs_verify },
      { name: 'SQLite pipeline ÷ memory pipeline (target ≥ 0.5)', ratio: results.sqlite_vs_memory_pipeline },
    ],
    results,
  };
}
