// The stores the sweep tests run the merchant on in Node: memory, SQLite, Postgres (PGlite) and
// Cloudflare D1 (Miniflare's local D1, run by workerd, reached from Node through its binding proxy).
import { PGlite } from '@electric-sql/pglite';
import { createMemoryStore, createSqlStore, d1Database, pgliteDatabase, sqliteDatabase } from '@alipay-escrow/core';
import Database from 'better-sqlite3';
import { Miniflare } from 'miniflare';
import type { OpenStore } from './sweep-harness.js';

/** One engine a merchant store runs on. */
export interface StoreKind {
  name: string;
  open: OpenStore;
  /**
   * Orders in the bulk run: 1,000 everywhere but D1, whose every call crosses from Node into
   * workerd (Miniflare's binding proxy) and would take minutes; D1 runs the same SQL as SQLite.
   */
  bulkOrders: number;
}

let sharedPglite: Promise<PGlite> | undefined;
let sharedD1: Miniflare | undefined;
let prefixes = 0;

export const STORE_KINDS: StoreKind[] = [
  {
    name: 'memory',
    bulkOrders: 1000,
    open: async (now) => ({ store: createMemoryStore({ now }), close: async () => {} }),
  },
  {
    name: 'SQLite (better-sqlite3)',
    bulkOrders: 1000,
    open: async () => {
      const db = new Database(':memory:');
      const store = createSqlStore(sqliteDatabase(db));
      await store.migrate();
      return { store, close: async () => void db.close() };
    },
  },
  {
    name: 'Postgres (PGlite)',
    bulkOrders: 1000,
    open: async () => {
      // one PGlite for the file (starting one takes seconds); each world has tables of its own
      sharedPglite ??= PGlite.create();
      const store = createSqlStore(pgliteDatabase(await sharedPglite), { tablePrefix: `sweep_${++prefixes}_` });
      await store.migrate();
      return { store, close: async () => {} };
    },
  },
  {
    name: 'Cloudflare D1 (Miniflare)',
    bulkOrders: 100,
    open: async () => {
      // one local D1 for the file (workerd starts once); each world has tables of its own
      sharedD1 ??= new Miniflare({
        modules: true,
        script: 'export default { fetch: () => new Response(null, { status: 404 }) };',
        d1Databases: ['DB'],
      });
      const store = createSqlStore(d1Database(await sharedD1.getD1Database('DB')), {
        tablePrefix: `sweep_${++prefixes}_`,
      });
      await store.migrate();
      return { store, close: async () => {} };
    },
  },
];

/** Stops the engines the kinds share (PGlite, workerd): call once, after the file's tests. */
export async function closeSharedEngines(): Promise<void> {
  const [pglite, d1] = [sharedPglite, sharedD1];
  sharedPglite = undefined;
  sharedD1 = undefined;
  await Promise.all([pglite?.then((db) => db.close()), d1?.dispose()]);
}
