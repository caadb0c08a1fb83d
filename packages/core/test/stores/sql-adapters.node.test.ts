// What the contract cannot show with one store object: several connections or pools sharing
// one database (as several processes would), a single pg.Client, pool connections surviving
// failed steps and batches, and what each adapter's batch() returns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import type { SqlDatabase } from '../../src/store/sql/database.js';
import { pgliteDatabase } from '../../src/store/sql/pglite-database.js';
import { postgresDatabase } from '../../src/store/sql/postgres-database.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
import { sqliteDatabase } from '../../src/store/sql/sqlite-database.js';
import type { EffectRecord, EscrowStore, OrderRecord } from '../../src/store/types.js';
import { PG_URL_ENV, dropStoreTables, uniqueTablePrefix } from './factories.node.js';
import { runStoreContract } from './store-contract.js';

const T = '2026-03-01T08:00:00.000Z';

function order(outTradeNo: string, version = 1, subject = 'subject'): OrderRecord {
  return {
    outTradeNo,
    partner: '2088101122136241',
    subject,
    payable: ['1.00'],
    sellerId: null,
    sellerEmail: 's@example.com',
    phase: 'created',
    tradeStatus: null,
    refundStatus: null,
    refundCycle: 0,
    noticeTime: null,
    tradeNo: null,
    totalFee: null,
    shipping: null,
    logisticsType: null,
    version,
    createdAt: T,
    updatedAt: T,
  };
}

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
    createdAt: T,
    doneAt: null,
  };
}

/** `writers` race to move order R1 from version 1 to 2; returns the winners' indexes. */
async function race(writers: EscrowStore[], reader: EscrowStore, count: number): Promise<number[]> {
  expect(await reader.createOrder(order('R1'))).toBe('created');
  const results = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      writers[i % writers.length]!.commit({
        next: order('R1', 2, `writer ${i}`),
        expectedVersion: 1,
        effects: [effect('R1', `paid-${i}`)],
        claim: CLAIM,
      }),
    ),
  );
  const winners = results.flatMap((result, i) => (result.committed ? [i] : []));
  expect(winners).toHaveLength(1);
  expect(results.flatMap((result) => result.claimed.map((e) => e.key))).toEqual([`R1:paid-${winners[0]}`]);
  expect((await reader.getOrder('R1'))?.subject).toBe(`writer ${winners[0]}`);
  expect((await reader.listEffects('R1')).map((e) => e.key)).toEqual([`R1:paid-${winners[0]}`]);
  return winners;
}

/** `claimers` race to claim the three pending effects of order C1: each is claimed exactly once. */
async function claimRace(claimers: EscrowStore[], count: number): Promise<void> {
  const reader = claimers[0]!;
  await reader.createOrder(order('C1'));
  await reader.commit({
    next: order('C1', 2),
    expectedVersion: 1,
    effects: [effect('C1', 'a'), effect('C1', 'b'), effect('C1', 'c')],
  });
  const claimed = await Promise.all(
    Array.from({ length: count }, (_, i) => claimers[i % claimers.length]!.claimEffects('C1', CLAIM)),
  );
  expect(
    claimed
      .flat()
      .map((e) => e.key)
      .sort(),
  ).toEqual(['C1:a', 'C1:b', 'C1:c']);
  expect((await reader.listEffects('C1')).map((e) => [e.status, e.attempts])).toEqual([
    ['running', 1],
    ['running', 1],
    ['running', 1],
  ]);
}

const CLAIM = { now: T, leaseUntil: '2026-03-01T08:05:00.000Z' };

describe('sqlite: two connections to one WAL file', () => {
  it('share the rows, and the compare-and-set holds across them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-sqlite-'));
    const first = new Database(join(dir, 'shared.db'));
    const second = new Database(join(dir, 'shared.db'));
    try {
      first.pragma('journal_mode = WAL');
      const a = createSqlStore(sqliteDatabase(first));
      const b = createSqlStore(sqliteDatabase(second));
      await Promise.all([a.migrate(), b.migrate()]);
      await race([a, b], b, 20);
      expect(await a.createOrder(order('R1'))).toBe('exists');
      await claimRace([a, b], 20);
    } finally {
      first.close();
      second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('batch() on every adapter', () => {
  it("reports each statement's changes and rows (a SELECT's, a RETURNING clause's, none otherwise), all or nothing", async () => {
    const engines: [string, SqlDatabase][] = [
      ['better-sqlite3', sqliteDatabase(new Database(':memory:'))],
      ['PGlite', pgliteDatabase(await PGlite.create())],
    ];
    const url = process.env[PG_URL_ENV];
    const pool = url === undefined || url === '' ? undefined : new pg.Pool({ connectionString: url, max: 2 });
    if (pool !== undefined) engines.push(['pg.Pool', postgresDatabase(pool)]);
    try {
      for (const [, db] of engines) {
        const table = `${uniqueTablePrefix()}kv`;
        const results = await db.batch([
          { sql: `CREATE TABLE ${table} (k TEXT PRIMARY KEY, v INTEGER NOT NULL)`, params: [] },
          { sql: `INSERT INTO ${table} (k, v) VALUES (?, ?), (?, ?)`, params: ['a', 1, 'b', 2] },
          { sql: `UPDATE ${table} SET v = v + 10 WHERE k = ? RETURNING k, v`, params: ['b'] },
          { sql: `SELECT k, v FROM ${table} ORDER BY k`, params: [] },
        ]);
        expect(results.slice(1).map((r) => r.rows)).toEqual([
          [],
          [{ k: 'b', v: 12 }],
          [
            { k: 'a', v: 1 },
            { k: 'b', v: 12 },
          ],
        ]);
        expect(results.slice(1, 3).map((r) => r.changes)).toEqual([2, 1]);
        // a failing statement undoes the whole batch
        await expect(
          db.batch([
            { sql: `UPDATE ${table} SET v = 0`, params: [] },
            { sql: `INSERT INTO ${table} (k, v) VALUES (?, ?)`, params: ['a', 3] },
          ]),
        ).rejects.toThrow();
        expect(await db.all(`SELECT v FROM ${table} ORDER BY k`, [])).toEqual([{ v: 1 }, { v: 12 }]);
        await db.batch([{ sql: `DROP TABLE ${table}`, params: [] }]);
      }
    } finally {
      await pool?.end();
    }
  });
});

// Only with a server: PGlite is one in-process connection, so it cannot stand in for these.
const url = process.env[PG_URL_ENV];
if (url !== undefined && url !== '') {
  const pools = (n: number, max: number) =>
    Array.from({ length: n }, () => new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 }));

  runStoreContract('postgres: server via one pg.Client', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const db = postgresDatabase(client);
    const tablePrefix = uniqueTablePrefix();
    const store = createSqlStore(db, { tablePrefix });
    await store.migrate();
    return {
      store,
      close: async () => {
        try {
          await dropStoreTables(db, tablePrefix);
        } finally {
          await client.end();
        }
      },
    };
  });

  describe('postgres server: several pools on one database (as several processes)', () => {
    it('exactly one of 60 writers spread over 3 pools wins', async () => {
      const [p1, p2, p3] = pools(3, 4) as [pg.Pool, pg.Pool, pg.Pool];
      const tablePrefix = uniqueTablePrefix();
      const dbs: SqlDatabase[] = [p1, p2, p3].map((pool) => postgresDatabase(pool));
      const stores = dbs.map((db) => createSqlStore(db, { tablePrefix }));
      try {
        // Concurrent migrate() from every instance at start-up must not collide.
        await Promise.all(stores.map((store) => store.migrate()));
        await race(stores, stores[0]!, 60);
        await claimRace(stores, 60);
      } finally {
        await dropStoreTables(dbs[0]!, tablePrefix);
        await Promise.all([p1, p2, p3].map((pool) => pool.end()));
      }
    }, 60_000);

    it('a failed step writes nothing and its connection goes back usable', async () => {
      const [pool] = pools(1, 2) as [pg.Pool];
      const db = postgresDatabase(pool);
      const tablePrefix = uniqueTablePrefix();
      const store = createSqlStore(db, { tablePrefix });
      try {
        await store.migrate();
        await store.createOrder(order('F1'));
        expect(
          (await store.commit({ next: order('F1', 2), expectedVersion: 1, effects: [effect('F1', 'paid')] })).committed,
        ).toBe(true);
        for (let i = 0; i < 10; i++) {
          try {
            await store.commit({
              next: order('F1', 3),
              expectedVersion: 2,
              effects: [effect('F1', `new-${i}`), effect('F1', 'paid')],
            });
            throw new Error('expected a duplicate-effect error');
          } catch (error) {
            expect((error as AlipayEscrowError).code).toBe('INTERNAL_ERROR');
          }
        }
        expect(pool.totalCount).toBeLessThanOrEqual(2);
        expect((await store.getOrder('F1'))?.version).toBe(2);
        expect((await store.listEffects('F1')).map((e) => e.key)).toEqual(['F1:paid']);
        expect(
          (await store.commit({ next: order('F1', 3), expectedVersion: 2, effects: [effect('F1', 'shipped')] }))
            .committed,
        ).toBe(true);
      } finally {
        await dropStoreTables(db, tablePrefix);
        await pool.end();
      }
    });
  });
}
