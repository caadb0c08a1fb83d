import type { SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';
import { toPostgresPlaceholders } from './placeholders.js';

export interface PGliteResultLike {
  rows: unknown[];
  affectedRows?: number;
}

/** What a PGlite transaction offers the adapter. */
export interface PGliteQueryLike {
  query(sql: string, params?: unknown[]): Promise<PGliteResultLike>;
}

/** The part of an @electric-sql/pglite `PGlite` instance the adapter uses (typed structurally). */
export interface PGliteLike extends PGliteQueryLike {
  transaction<T>(fn: (tx: PGliteQueryLike) => Promise<T>): Promise<T>;
}

/**
 * A `SqlDatabase` over PGlite (Postgres compiled to WebAssembly, in-process). PGlite runs one
 * query at a time and holds other queries back while a transaction is open.
 */
export function pgliteDatabase(db: PGliteLike): SqlDatabase {
  return {
    dialect: 'postgres',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      return (await db.query(toPostgresPlaceholders(sql), [...params])).rows as SqlRow[];
    },
    async batch(statements: readonly SqlStatement[]): Promise<{ changes: number }[]> {
      return db.transaction(async (tx) => {
        const changes: { changes: number }[] = [];
        for (const { sql, params } of statements) {
          const result = await tx.query(toPostgresPlaceholders(sql), [...params]);
          changes.push({ changes: result.affectedRows ?? 0 });
        }
        return changes;
      });
    },
  };
}
