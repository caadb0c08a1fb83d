// The EscrowStore contract on a local D1 database inside workerd (binding DB, see
// vitest.workerd.config.ts). D1 has no interactive transactions: this proves the store needs none.
import type { D1Database } from '@cloudflare/workers-types/index.js';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { d1Database } from '../../src/store/sql/d1-database.js';
import { tableNames } from '../../src/store/sql/schema.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
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
});

runStoreContract('d1 (local D1 in workerd)', async () => {
  const db = d1Database(binding);
  const tablePrefix = `t_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}_`;
  const store = createSqlStore(db, { tablePrefix });
  await store.migrate();
  const names = tableNames(tablePrefix);
  return {
    store,
    close: async () => {
      await db.batch([names.effects, names.log, names.orders, names.notifyIds].map((name) => ({ sql: `DROP TABLE IF EXISTS ${name}`, params: [] })));
    },
  };
});
