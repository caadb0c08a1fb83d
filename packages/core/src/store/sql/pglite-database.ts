import type { SqlBatchResult, SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';
import { toPostgresPlaceholders } from './placeholders.js';

/** The part of a PGlite query result the adapter uses. */
export interface PGliteResultLike {
  /** The rows, as objects keyed by column name. */
  rows: unknown[];
  /** Rows the statement changed; the adapter counts a missing value as 0. */
  affectedRows?: number;
}

/** What a PGlite transaction offers the adapter (the `tx` passed to `db.transaction`). */
export interface PGliteQueryLike {
  /** Runs one statement with `$1, $2, …` parameters. */
  query(sql: string, params?: unknown[]): Promise<PGliteResultLike>;
}

/**
 * The part of an @electric-sql/pglite `PGlite` instance the adapter uses (typed structurally):
 * `new PGlite()` (or `await PGlite.create()`) satisfies it.
 */
export interface PGliteLike extends PGliteQueryLike {
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: PGliteQueryLike) => Promise<T>): Promise<T>;
}

/**
 * A `SqlDatabase` over PGlite (Postgres compiled to WebAssembly, in-process). PGlite runs one
 * query at a time and holds other queries back while a transaction is open. A batch reports each
 * statement's `affectedRows` as its changes and its `rows`.
 */
export function pgliteDatabase(db: PGliteLike): SqlDatabase {
  return {
    dialect: 'postgres',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      return (await db.query(toPostgresPlaceholders(sql), [...params])).rows as SqlRow[];
    },
    async batch(statements: readonly SqlStatement[]): Promise<SqlBatchResult[]> {
      return db.transaction(async (tx) => {
        const results: SqlBatchResult[] = [];
        for (const { sql, params } of statements) {
          const result = await tx.query(toPostgresPlaceholders(sql), [...params]);
          results.push({ changes: result.affectedRows ?? 0, rows: (result.rows ?? []) as SqlRow[] });
        }
        return results;
      });
    },
  };
}
