// Store factories for Node tests (this suite and the handlers' tests): every engine a store can
// run on in Node. Each create() returns a migrated, empty store of its own and a close() that
// frees it. Node-only (file system, drivers): never import this from a portable *.test.ts.
//
// Postgres: the dialect always runs on PGlite (in-process). When ALIPAY_ESCROW_PG_URL is set
// (e.g. postgres://postgres@127.0.0.1:5432/test) it ALSO runs on that server through a pg.Pool
// with several connections; an unreachable server then fails the tests, it never skips them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { SqlDatabase } from '../../src/store/sql/database.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { pgliteDatabase } from '../../src/store/sql/pglite-database.js';
import { postgresDatabase } from '../../src/store/sql/postgres-database.js';
import { tableNames } from '../../src/store/sql/schema.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
import { sqliteDatabase } from '../../src/store/sql/sqlite-database.js';
import type { EscrowStore } from '../../src/store/types.js';

export interface StoreFactory {
  /** Names the engine that runs, for test titles. */
  name: string;
  create(): Promise<{ store: EscrowStore; close(): Promise<void> }>;
}

export const PG_URL_ENV = 'ALIPAY_ESCROW_PG_URL';
const POOL_SIZE = 8;

/** A table prefix no other test uses, so tests can share one database. */
export function uniqueTablePrefix(): string {
  return `t_${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}_`;
}

/** Drops the store's tables (one statement each: SQLite has no multi-table DROP). */
export async function dropStoreTables(db: SqlDatabase, prefix: string): Promise<void> {
  const names = tableNames(prefix);
  await db.batch([names.effects, names.log, names.orders, names.notifyIds].map((name) => ({ sql: `DROP TABLE IF EXISTS ${name}`, params: [] })));
}

/** A migrated SQL store under a fresh prefix; close() drops its tables, then runs `after`. */
async function sqlStoreOn(db: SqlDatabase, after: () => Promise<void> | void = () => {}) {
  const tablePrefix = uniqueTablePrefix();
  const store = createSqlStore(db, { tablePrefix });
  try {
    await store.migrate();
  } catch (error) {
    await after();
    throw error;
  }
  return {
    store,
    close: async () => {
      try {
        await dropStoreTables(db, tablePrefix);
      } finally {
        await after();
      }
    },
  };
}

const memory: StoreFactory = {
  name: 'memory',
  create: async () => ({ store: createMemoryStore(), close: async () => {} }),
};

const sqliteFile: StoreFactory = {
  name: 'sqlite: better-sqlite3 file database, WAL',
  create: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-sqlite-'));
    const db = new Database(join(dir, 'store.db'));
    db.pragma('journal_mode = WAL');
    return sqlStoreOn(sqliteDatabase(db), () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });
  },
};

// One PGlite per test file (it takes 1-2 s to start); tests keep apart by table prefix.
let sharedPglite: Promise<PGlite> | undefined;
const pglite: StoreFactory = {
  name: 'postgres: PGlite (in-process)',
  create: async () => {
    sharedPglite ??= PGlite.create();
    return sqlStoreOn(pgliteDatabase(await sharedPglite));
  },
};

/** The server as a test title shows it: host, port and database, never the password. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

function pgServer(url: string): StoreFactory {
  return {
    name: `postgres: server ${describeServer(url)} via pg.Pool(${POOL_SIZE})`,
    create: async () => {
      const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 10_000 });
      return sqlStoreOn(postgresDatabase(pool), () => pool.end());
    },
  };
}

/** Every engine available here: memory, SQLite file, PGlite, and the Postgres server when configured. */
export function storeFactories(): StoreFactory[] {
  const url = process.env[PG_URL_ENV];
  const factories = [memory, sqliteFile, pglite];
  if (url !== undefined && url !== '') factories.push(pgServer(url));
  return factories;
}
