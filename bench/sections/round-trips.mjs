// Store round trips per notification, counted at the SqlDatabase boundary: a wrapping SqlDatabase
// counts every all() and batch() the SQL store makes while the pipeline handles ONE genuine,
// signed WAIT_SELLER_SEND_GOODS notification (core's testing kit) for an order with two hooks
// (onPaid, onTransition): the first delivery, then the same body again (a duplicate, as Alipay's
// retries are). notify_verify is stubbed in-process; nothing else is.
//
// Always, on better-sqlite3 (a file database, WAL):
//   round_trips_first_delivery (target ≤ 3), round_trips_duplicate (target ≤ 2)
// With ALIPAY_ESCROW_PG_URL set, on that Postgres too, in a fresh schema dropped afterwards:
//   pg_round_trips_first_delivery, pg_round_trips_duplicate   all()/batch() calls, as above
//   pg_network_round_trips_first_delivery, pg_network_round_trips_duplicate
//                                   every query the pg Pool and its checked-out clients send
//                                   (BEGIN and COMMIT count: each is one round trip)
//   notify_pipeline_pg_per_s        first deliveries/s through the pipeline, one at a time
// The rows show which calls they were (all vs batch, statements per batch).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createEscrow, createSqlStore, postgresDatabase, sqliteDatabase } from '../../packages/core/dist/index.js';
import { buildTestNotification } from '../../packages/core/dist/testing/index.js';

const PARTNER = '2088101122136241';
const keys = { signType: 'MD5', key: '760bdzec6y9goq7ctyx96ezkz78287de' };
const merchant = {
  partner: PARTNER,
  keys,
  charset: 'utf-8',
  seller: { id: PARTNER },
  notifyUrl: 'https://shop.example.com/alipay/notify',
};
const unused = async () => {
  throw new Error('not used by the bench');
};
const gateway = {
  notifyVerify: async () => ({ outcome: 'verified', body: 'true', status: 200 }),
  sendGoods: unused,
  singleTradeQuery: unused,
  closeTrade: unused,
};
const PG_NOTIFICATIONS = 300;

/** Counts the calls that cross the SqlDatabase boundary, and how many statements each batch held. */
function counting(db) {
  const calls = [];
  return {
    calls,
    db: {
      dialect: db.dialect,
      all(sql, params) {
        calls.push('all');
        return db.all(sql, params);
      },
      batch(statements) {
        calls.push(`batch(${statements.length})`);
        return db.batch(statements);
      },
    },
  };
}

/** A pg Pool whose every query (its own and its clients') is counted: one query, one round trip. */
function countingPool(pool) {
  const counter = { queries: 0 };
  const wrapped = {
    query(text, values) {
      counter.queries += 1;
      return pool.query(text, values);
    },
    async connect() {
      const client = await pool.connect();
      return {
        query(text, values) {
          counter.queries += 1;
          return client.query(text, values);
        },
        release: (err) => client.release(err),
      };
    },
    get totalCount() {
      return pool.totalCount;
    },
  };
  return { counter, pool: wrapped };
}

async function orderAndBody(escrow, outTradeNo) {
  await escrow.createPayment({
    outTradeNo,
    subject: '纯棉T恤',
    price: '128.00',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '10.00', payment: 'BUYER_PAY' }],
  });
  const n = await buildTestNotification({
    keys,
    outTradeNo,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '138.00',
    price: '128.00',
    sellerId: PARTNER,
    subject: '纯棉T恤',
  });
  return n.body;
}

async function deliver(escrow, body) {
  const request = new Request('https://shop.example.com/alipay/notify', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; text/html; charset=UTF-8' },
    body,
  });
  const response = await escrow.handleNotify(request, { remoteAddress: '121.0.26.1' });
  const text = await response.text();
  if (text !== 'success') throw new Error(`the pipeline answered ${JSON.stringify(text)}, not success`);
}

/** Round trips of a first delivery and of its duplicate, on `counted`; hooks must each run once. */
async function countDeliveries(counted, extra = () => 0) {
  const store = createSqlStore(counted.db, counted.tablePrefix ? { tablePrefix: counted.tablePrefix } : {});
  await store.migrate();
  const ran = { onPaid: 0, onTransition: 0 };
  const escrow = createEscrow({
    merchant,
    store,
    gateway,
    hooks: { onPaid: () => void ran.onPaid++, onTransition: () => void ran.onTransition++ },
  });
  const body = await orderAndBody(escrow, 'RT-000001');
  const measure = async () => {
    counted.calls.length = 0;
    const before = extra();
    await deliver(escrow, body);
    return { calls: [...counted.calls], network: extra() - before };
  };
  const first = await measure();
  const duplicate = await measure();
  if (ran.onPaid !== 1 || ran.onTransition !== 1) throw new Error(`hooks ran ${JSON.stringify(ran)}, want each once`);
  return { escrow, first, duplicate };
}

const describe = (calls) => (calls.length === 0 ? 'none' : calls.join(' + '));

async function sqlite() {
  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-bench-rt-'));
  const db = new Database(join(dir, 'rt.db'));
  try {
    db.pragma('journal_mode = WAL');
    const counted = counting(sqliteDatabase(db));
    return await countDeliveries(counted);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(url) {
  const { default: pg } = await import('pg');
  const schema = `alipay_escrow_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}`, max: 4 });
  try {
    const { counter, pool: counted } = countingPool(pool);
    const c = counting(postgresDatabase(counted));
    const { escrow, first, duplicate } = await countDeliveries(c, () => counter.queries);
    const bodies = [];
    for (let i = 0; i < PG_NOTIFICATIONS; i++)
      bodies.push(await orderAndBody(escrow, `PG-${String(i).padStart(6, '0')}`));
    for (const body of bodies.slice(0, 20)) await deliver(escrow, body); // warm-up: connections, plans
    const t0 = performance.now();
    for (const body of bodies.slice(20)) await deliver(escrow, body);
    const perSecond = ((bodies.length - 20) / (performance.now() - t0)) * 1000;
    return { first, duplicate, perSecond };
  } finally {
    await pool.end();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

export async function run() {
  const s = await sqlite();
  const rows = [
    {
      name: `SQLite first delivery: ${s.first.calls.length} round trips (${describe(s.first.calls)}) (ratio: vs target 3)`,
      ratio: s.first.calls.length / 3,
    },
    {
      name: `SQLite duplicate: ${s.duplicate.calls.length} round trips (${describe(s.duplicate.calls)}) (ratio: vs target 2)`,
      ratio: s.duplicate.calls.length / 2,
    },
  ];
  const results = { round_trips_first_delivery: s.first.calls.length, round_trips_duplicate: s.duplicate.calls.length };
  const url = process.env.ALIPAY_ESCROW_PG_URL;
  if (url) {
    const p = await postgres(url);
    rows.push(
      {
        name: `Postgres first delivery: ${p.first.calls.length} store calls (${describe(p.first.calls)}), ${p.first.network} network round trips`,
      },
      {
        name: `Postgres duplicate: ${p.duplicate.calls.length} store calls (${describe(p.duplicate.calls)}), ${p.duplicate.network} network round trips`,
      },
      { name: 'Postgres notify pipeline, first deliveries one at a time (notifications/s)', opsPerSec: p.perSecond },
    );
    Object.assign(results, {
      pg_round_trips_first_delivery: p.first.calls.length,
      pg_round_trips_duplicate: p.duplicate.calls.length,
      pg_network_round_trips_first_delivery: p.first.network,
      pg_network_round_trips_duplicate: p.duplicate.network,
      notify_pipeline_pg_per_s: p.perSecond,
    });
  } else {
    rows.push({ name: 'Postgres: skipped (set ALIPAY_ESCROW_PG_URL=postgres://… to measure it)' });
  }
  return { rows, results };
}
