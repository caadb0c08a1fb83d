import type { SqlDatabase } from './database.js';
import { EFFECT_COLUMNS, LOG_COLUMNS, ORDER_COLUMNS } from './rows.js';
import { tableNames } from './schema.js';

/** What every part of the SQL store shares: the database and the names it writes into SQL. */
export interface SqlContext {
  /** The database, through its adapter. */
  db: SqlDatabase;
  /** The table names for the store's prefix. */
  t: ReturnType<typeof tableNames>;
  /** The order columns, comma-separated. */
  orderCols: string;
  /** The effect columns, comma-separated. */
  effectCols: string;
  /** The log columns, comma-separated. */
  logCols: string;
  /** The statement texts of each step, built once per store (see {@link textsOf}). */
  texts: Map<(ctx: SqlContext) => unknown, unknown>;
}

/** The context for a database and a (checked) table prefix. */
export function sqlContext(db: SqlDatabase, prefix: string): SqlContext {
  return {
    db,
    t: tableNames(prefix),
    orderCols: ORDER_COLUMNS.join(', '),
    effectCols: EFFECT_COLUMNS.map(([column]) => column).join(', '),
    logCols: LOG_COLUMNS.join(', '),
    texts: new Map(),
  };
}

/**
 * The statement texts `build` makes for this store, built on first use and kept: a step's SQL
 * depends only on the table prefix and the shape of its input, so a hot step neither rebuilds it
 * nor hands the database a new string to look up in its cache of compiled statements.
 */
export function textsOf<T>(ctx: SqlContext, build: (ctx: SqlContext) => T): T {
  let texts = ctx.texts.get(build) as T | undefined;
  if (texts === undefined) {
    texts = build(ctx);
    ctx.texts.set(build, texts);
  }
  return texts;
}

/**
 * The text for `n` (a count of rows or keys) from `cache`, built by `build` on first use. Counts
 * above 16 are built each time, so an unusual input cannot grow the cache without bound.
 */
export function textFor(cache: string[], n: number, build: (n: number) => string): string {
  if (n > 16) return build(n);
  return (cache[n] ??= build(n));
}

/** `n` placeholders, comma-separated. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** An effect is claimable when pending, or running on a lease that ended before the bound time. */
export const CLAIMABLE = `(status = 'pending' OR (status = 'running' AND (lease_until IS NULL OR lease_until < ?)))`;
