// The stores the sweep tests run the merchant on in Node: memory, SQLite, Postgres (PGlite).
import { PGlite } from '@electric-sql/pglite';
import { createMemoryStore, createSqlStore, pgliteDatabase, sqliteDatabase } from '@alipay-escrow/core';
import Database from 'better-sqlite3';
import type { OpenStore } from './sweep-harness.js';

/** One engine a merchant store runs on. */
export interface StoreKind {
  name: string;
  open: OpenStore;
}

let sharedPglite: Promise<PGlite> | undefined;
let prefixes = 0;

export const STORE_KINDS: StoreKind[] = [
  { name: 'memory', open: async (now) => ({ store: createMemoryStore({ now }), close: async () => {} }) },
  {
    name: 'SQLite (better-sqlite3)',
    open: async () => {
      const db = new Database(':memory:');
      const store = createSqlStore(sqliteDatabase(db));
      await store.migrate();
      return { store, close: async () => void db.close() };
    },
  },
  {
    name: 'Postgres (PGlite)',
    open: async () => {
      // one PGlite for the file (starting one takes seconds); each world has tables of its own
      sharedPglite ??= PGlite.create();
      const store = createSqlStore(pgliteDatabase(await sharedPglite), { tablePrefix: `sweep_${++prefixes}_` });
      await store.migrate();
      return { store, close: async () => {} };
    },
  },
];

