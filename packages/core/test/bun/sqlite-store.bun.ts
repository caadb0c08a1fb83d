// Bun-only (run by scripts/test-bun.mjs, never by vitest): bunSqliteDatabase over Bun's built-in
// SQLite, then the EscrowStore contract and the SQL store's steps on it, as on better-sqlite3 in
// Node (test/stores/stores.node.test.ts) and on D1 in workerd (test/workerd/d1-store.test.ts).
// A round trip is one call to the SqlDatabase: an all() or a whole batch() (one transaction).
import { Database } from 'bun:sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bunSqliteDatabase } from '../../src/store/sql/bun-sqlite-database.js';
import type { SqlDatabase } from '../../src/store/sql/database.js';
import { tableNames } from '../../src/store/sql/schema.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
import { runSqlSteps } from '../stores/sql-steps.js';
import { runStoreContract } from '../stores/store-contract.js';

const uniqueTable = (): string => `t_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}_kv`;

describe('bunSqliteDatabase', () => {
  it("a batch returns every statement's rows (SELECT and RETURNING) and changes", async () => {
    const db = bunSqliteDatabase(new Database(':memory:'));
    const table = uniqueTable();
    const results = await db.batch([
      { sql: `CREATE TABLE ${table} (k TEXT PRIMARY KEY, v INTEGER NOT NULL)`, params: [] },
      { sql: `INSERT INTO ${table} (k, v) VALUES (?, ?), (?, ?)`, params: ['a', 1, 'b', 2] },
      { sql: `UPDATE ${table} SET v = v + 10 WHERE k = ? RETURNING k, v`, params: ['b'] },
      { sql: `SELECT k, v FROM ${table} ORDER BY k`, params: [] },
    ]);
    expect(results.map((r) => r.rows)).toEqual([
      [],
      [],
      [{ k: 'b', v: 12 }],
      [
        { k: 'a', v: 1 },
        { k: 'b', v: 12 },
      ],
    ]);
    expect(results.map((r) => r.changes)).toEqual([0, 2, 1, 0]);
    expect(await db.all(`SELECT v FROM ${table} WHERE k = ?`, ['a'])).toEqual([{ v: 1 }]);
  });

  it('a batch whose statement fails writes nothing and rejects', async () => {
    const db = bunSqliteDatabase(new Database(':memory:'));
    const table = uniqueTable();
    await db.batch([{ sql: `CREATE TABLE ${table} (k TEXT PRIMARY KEY, v INTEGER NOT NULL)`, params: [] }]);
    await expect(
      db.batch([
        { sql: `INSERT INTO ${table} (k, v) VALUES (?, ?)`, params: ['a', 1] },
        { sql: `INSERT INTO ${table} (k, v) VALUES (?, ?)`, params: ['a', 2] },
      ]),
    ).rejects.toThrow('UNIQUE');
    expect(await db.all(`SELECT k, v FROM ${table}`, [])).toEqual([]);
  });

  it('with groupCommit, concurrent batches commit together; a failing one is undone alone', async () => {
    const db = bunSqliteDatabase(new Database(':memory:'), { groupCommit: true });
    const table = uniqueTable();
    await db.batch([{ sql: `CREATE TABLE ${table} (k TEXT PRIMARY KEY, v INTEGER NOT NULL)`, params: [] }]);
    const insert = (k: string) => ({ sql: `INSERT INTO ${table} (k, v) VALUES (?, 0)`, params: [k] });
    const casToOne = { sql: `UPDATE ${table} SET v = 1 WHERE k = 'x' AND v = 0`, params: [] };
    const outcomes = await Promise.allSettled([
      db.batch([insert('x')]),
      db.batch([insert('y'), insert('x')]),
      db.batch([casToOne]),
      db.batch([casToOne]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(
      outcomes.slice(2).map((o) => (o as PromiseFulfilledResult<{ changes: number }[]>).value[0]!.changes),
    ).toEqual([1, 0]);
    expect(await db.all(`SELECT k, v FROM ${table} ORDER BY k`, [])).toEqual([{ k: 'x', v: 1 }]);
  });
});

/** A migrated store on a fresh WAL database file, counting its calls to the SqlDatabase. */
async function bunSqliteStore(groupCommit = false) {
  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-bun-sqlite-'));
  const connection = new Database(join(dir, 'store.db'));
  connection.exec('PRAGMA journal_mode = WAL');
  const inner = bunSqliteDatabase(connection, { groupCommit });
  const counter = { n: 0 };
  const db: SqlDatabase = {
    dialect: inner.dialect,
    all: (sql, params) => {
      counter.n++;
      return inner.all(sql, params);
    },
    batch: (statements) => {
      counter.n++;
      return inner.batch(statements);
    },
  };
  const tablePrefix = `t_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}_`;
  const store = createSqlStore(db, { tablePrefix });
  await store.migrate();
  const names = tableNames(tablePrefix);
  return {
    store,
    roundTrips: () => counter.n,
    close: async () => {
      try {
        await inner.batch(
          [names.effects, names.log, names.orders, names.notifyIds, names.attention].map((name) => ({
            sql: `DROP TABLE IF EXISTS ${name}`,
            params: [],
          })),
        );
      } finally {
        connection.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

runStoreContract('sqlite: bun:sqlite file database, WAL', bunSqliteStore);
runSqlSteps('sqlite: bun:sqlite file database, WAL', bunSqliteStore);
runStoreContract('sqlite: bun:sqlite file database, WAL, group commit', () => bunSqliteStore(true));
