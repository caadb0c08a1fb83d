// The whole notify pipeline, in-process: Request → body read → log → parse → verify → notify_verify
// (stubbed, answers `true` at once) → cross-checks → state machine → store CAS + effects → hooks →
// `success`. Every notification is a genuine, first-seen WAIT_SELLER_SEND_GOODS for its own order,
// so every one commits a transition and runs its effects (no cheap duplicates).
// Results: notify_pipeline_memory_per_s, notify_pipeline_sqlite_per_s, and pipeline_vs_verify:
// the memory pipeline ÷ a bare parse+verify handler over the same bodies (same Request in, same
// `success` Response out, the same stubbed notify_verify), measured round by round.

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

/** Registers PER_ROUND orders in `escrow` and builds one paid-notification body for each. */
async function prepare(escrow, round) {
  const bodies = [];
  for (let i = 0; i < PER_ROUND; i++) {
    const outTradeNo = `B${round}-${String(i).padStart(6, '0')}`;
    await escrow.createPayment({
      outTradeNo,
      subject: '纯棉T恤',
      price: '128.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '10.00', payment: 'BUYER_PAY' }],
    });
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
  const verify = [];
  const ratios = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const escrow = createEscrow({ merchant, store: createMemoryStore(), gateway: stubGateway, hooks: noopHooks });
    const bodies = await prepare(escrow, round);
    const v = await timeVerify(bodies);
    const p = await timePipeline(escrow, bodies);
    if (round === 0) continue; // warm-up
    memory.push(p);
    verify.push(v);
    ratios.push(p / v);
  }

  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-bench-'));
  const sqlite = [];
  try {
    for (let round = 0; round <= 3; round++) {
      const db = new Database(join(dir, `r${round}.db`));
      db.pragma('journal_mode = WAL');
      const store = createSqlStore(sqliteDatabase(db));
      await store.migrate();
      const escrow = createEscrow({ merchant, store, gateway: stubGateway, hooks: noopHooks });
      const bodies = await prepare(escrow, round);
      const p = await timePipeline(escrow, bodies);
      db.close();
      if (round > 0) sqlite.push(p);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const results = {
    notify_pipeline_memory_per_s: median(memory),
    notify_pipeline_sqlite_per_s: median(sqlite),
    pipeline_vs_verify: median(ratios),
  };
  return {
    rows: [
      { name: 'bare parse + verify handler (notifications/s)', opsPerSec: median(verify) },
      { name: 'notify pipeline, memory store (notifications/s)', opsPerSec: results.notify_pipeline_memory_per_s },
      { name: 'notify pipeline, SQLite file store, WAL (notifications/s)', opsPerSec: results.notify_pipeline_sqlite_per_s },
      { name: 'memory pipeline ÷ bare parse+verify handler', ratio: results.pipeline_vs_verify },
    ],
    results,
  };
}
