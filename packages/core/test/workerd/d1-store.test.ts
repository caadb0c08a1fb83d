// The EscrowStore contract and the SQL store's steps on a local D1 database inside workerd (binding
// DB, see vitest.workerd.config.ts). D1 has no interactive transactions: this proves the store
// needs none. A round trip here is one request to D1 — an all() or a whole batch() — and each step
// of a notification (receive, commit, settle) is one batch.
import type { D1Database } from '@cloudflare/workers-types/index.js';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../src/store/sql/database.js';
import { d1Database } from '../../src/store/sql/d1-database.js';
import { tableNames } from '../../src/store/sql/schema.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
import { runSqlSteps } from '../stores/sql-steps.js';
import { runStoreContract } from '../stores/store-contract.js';

// Typed with the real D1 type, so the compiler checks that d1Database() accepts a D1 binding.
const binding = env['DB'] as D1Database;

describe('D1 binding', () => {
  it('is a real D1 database in workerd', async () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
    const result = await binding.prepare('SELECT 1 AS one').all();
    expect(result.results).toEqual([{ one: 1 }]);
    // Miniflare's local D1 (a SQLite file behind workerd's D1 API) answers with these.
    expect(result.meta.served_by).toBe('miniflare.db');
    expect(typeof result.meta.size_after).toBe('number');
  });

  it("a batch returns every statement's rows (SELECT and RETURNING) and changes", async () => {
    const db = d1Database(binding);
    const table = `t_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}_kv`;
    const results = await db.batch([
      { sql: `CREATE TABLE ${table} (k TEXT PRIMARY KEY, v INTEGER NOT NULL)`, params: [] },
      { sql: `INSERT INTO ${table} (k, v) VALUES (?, ?), (?, ?)`, params: ['a', 1, 'b', 2] },
      { sql: `UPDATE ${table} SET v = v + 10 WHERE k = ? RETURNING k, v`, params: ['b'] },
      { sql: `SELECT k, v FROM ${table} ORDER BY k`, params: [] },
      { sql: `DROP TABLE ${table}`, params: [] },
    ]);
    expect(results.slice(1, 4).map((r) => r.rows)).toEqual([
      [],
      [{ k: 'b', v: 12 }],
      [
        { k: 'a', v: 1 },
        { k: 'b', v: 12 },
      ],
    ]);
    expect(results[1]?.changes).toBe(2);
  });
});

/** A migrated store on the binding under a fresh prefix, counting its requests to D1. */
async function d1Store() {
  const counter = { n: 0 };
  const d1 = d1Database(binding);
  const db: SqlDatabase = {
    dialect: d1.dialect,
    all: (sql, params) => {
      counter.n++;
      return d1.all(sql, params);
    },
    batch: (statements) => {
      counter.n++;
      return d1.batch(statements);
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
      await d1.batch(
        [names.effects, names.log, names.orders, names.notifyIds, names.attention].map((name) => ({
          sql: `DROP TABLE IF EXISTS ${name}`,
          params: [],
        })),
      );
    },
  };
}

runStoreContract('d1 (local D1 in workerd)', d1Store);
runSqlSteps('d1 (local D1 in workerd)', d1Store);
