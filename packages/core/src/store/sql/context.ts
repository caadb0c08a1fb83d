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
}

/** The context for a database and a (checked) table prefix. */
export function sqlContext(db: SqlDatabase, prefix: string): SqlContext {
  return {
    db,
    t: tableNames(prefix),
    orderCols: ORDER_COLUMNS.join(', '),
    effectCols: EFFECT_COLUMNS.map(([column]) => column).join(', '),
    logCols: LOG_COLUMNS.join(', '),
  };
}

/** `n` placeholders, comma-separated. */
export const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** An effect is claimable when pending, or running on a lease that ended before the bound time. */
export const CLAIMABLE = `(status = 'pending' OR (status = 'running' AND (lease_until IS NULL OR lease_until < ?)))`;
