// Store factories for Node tests (this suite and the handlers' tests): every engine a store can
// run on in Node. Each create() returns a migrated, empty store of its own and a close() that
// frees it. Node-only (file system, drivers): never import this from a portable *.test.ts.
//
// Postgres: the dialect always runs on PGlite (in-process). When ALIPAY_ESCROW_PG_URL is set
// (e.g. postgres://postgres@127.0.0.1:5432/test) it ALSO runs on that server through a pg.Pool
// with several connections; an unreachable server then fails the tests, it never skips them.
//
// Every SQL engine counts its round trips (the handle's roundTrips()): on the Postgres server,
// each query the pg pool or a client checked out of it sends — BEGIN and COMMIT included, so a
// batch of N statements counts N + 2 — which is what crosses the network; on PGlite, each query
// it runs (a transaction's statements included); on better-sqlite3, each call to the SqlDatabase
// (a batch is one transaction in-process). The memory store has nothing to count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { SqlDatabase } from '../../src/store/sql/database.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { type PGliteLike, type PGliteQueryLike, pgliteDatabase } from '../../src/store/sql/pglite-database.js';
import { type PgClientLike, type PgPoolLike, postgresDatabase } from '../../src/store/sql/postgres-database.js';
import { tableNames } from '../../src/store/sql/schema.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
import { sqliteDatabase } from '../../src/store/sql/sqlite-database.js';
import type { EscrowStore } from '../../src/store/types.js';

/** A store of a factory, with what it holds freed by close(). */
export interface CreatedStore {
  /** A migrated, empty store of its own. */
  store: EscrowStore;
  /** Drops its tables, closes connections, removes files. */
  close(): Promise<void>;
  /** Round trips to the database so far (see the top of this file); absent for the memory store. */
  roundTrips?: () => number;
}

export interface StoreFactory {
  /** Names the engine that runs, for test titles. */
  name: string;
  create(): Promise<CreatedStore>;
}

/** A counter the counting wrappers below add to. */
export interface TripCounter {
  /** Round trips so far. */
  n: number;
}

/** A SqlDatabase that counts its calls: one per all(), one per batch(). */
export function countingDatabase(db: SqlDatabase, counter: TripCounter): SqlDatabase {
  return {
    dialect: db.dialect,
    all: (sql, params) => {
      counter.n++;
      return db.all(sql, params);
    },
    batch: (statements) => {
      counter.n++;
      return db.batch(statements);
    },
  };
}

/** A pg.Pool seen through a wrapper that counts every query sent, on the pool or a checked-out client. */
export function countingPool(pool: pg.Pool, counter: TripCounter): PgPoolLike {
  const counted =
    (client: PgClientLike): PgClientLike['query'] =>
    (text, values) => {
      counter.n++;
      return client.query(text, values);
    };
  return {
    get totalCount() {
      return pool.totalCount;
    },
    query: counted(pool),
    connect: async () => {
      const client = await pool.connect();
      return { query: counted(client), release: (err) => client.release(err) };
    },
  };
}

/** A PGlite seen through a wrapper that counts every query it runs, in a transaction or not. */
function countingPglite(db: PGlite, counter: TripCounter): PGliteLike {
  const counted =
    (target: PGliteQueryLike): PGliteQueryLike['query'] =>
    (sql, params) => {
      counter.n++;
      return target.query(sql, params);
    };
  return {
    query: counted(db),
    transaction: (fn) => db.transaction((tx) => fn({ query: counted(tx) })),
  };
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
  await db.batch(
    [names.effects, names.log, names.orders, names.notifyIds, names.attention].map((name) => ({
      sql: `DROP TABLE IF EXISTS ${name}`,
      params: [],
    })),
  );
}

/**
 * A migrated SQL store under a fresh prefix; close() drops its tables, then runs `after`.
 * roundTrips() reads `counter`, which the caller wired into `db` (or below it).
 */
async function sqlStoreOn(
  db: SqlDatabase,
  counter: TripCounter,
  after: () => Promise<void> | void = () => {},
): Promise<CreatedStore> {
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
    roundTrips: () => counter.n,
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
    const counter = { n: 0 };
    return sqlStoreOn(countingDatabase(sqliteDatabase(db), counter), counter, () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });
  },
};

// The same file database with group commit: concurrent calls share one transaction (one sync).
// roundTrips() still counts calls to the SqlDatabase, which group commit does not change.
const sqliteGroupCommit: StoreFactory = {
  name: 'sqlite: better-sqlite3 file database, WAL, group commit',
  create: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-sqlite-'));
    const db = new Database(join(dir, 'store.db'));
    db.pragma('journal_mode = WAL');
    const counter = { n: 0 };
    return sqlStoreOn(countingDatabase(sqliteDatabase(db, { groupCommit: true }), counter), counter, () => {
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
    const counter = { n: 0 };
    return sqlStoreOn(pgliteDatabase(countingPglite(await sharedPglite, counter)), counter);
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
      const counter = { n: 0 };
      return sqlStoreOn(postgresDatabase(countingPool(pool, counter)), counter, () => pool.end());
    },
  };
}

/**
 * Every engine available here: memory, SQLite file, PGlite, SQLite file with group commit, and the
 * Postgres server when configured.
 */
export function storeFactories(): StoreFactory[] {
  const url = process.env[PG_URL_ENV];
  const factories = [memory, sqliteFile, pglite, sqliteGroupCommit];
  if (url !== undefined && url !== '') factories.push(pgServer(url));
  return factories;
}
