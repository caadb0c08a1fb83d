import type { SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';

/** The part of a D1 prepared statement the adapter uses. */
export interface D1StatementLike {
  bind(...values: unknown[]): D1StatementLike;
  all(): Promise<{ results: unknown[] }>;
}

/** The part of a Cloudflare D1 binding (`env.DB`) the adapter uses (typed structurally). */
export interface D1DatabaseLike {
  prepare(query: string): D1StatementLike;
  batch(statements: D1StatementLike[]): Promise<{ meta: { changes?: number } }[]>;
}

/**
 * A `SqlDatabase` over a Cloudflare D1 binding. D1 has no interactive transactions; its
 * `batch()` runs the statements as one transaction, which is all the store needs.
 */
export function d1Database(db: D1DatabaseLike): SqlDatabase {
  return {
    dialect: 'sqlite',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      const result = await db.prepare(sql).bind(...params).all();
      return result.results as SqlRow[];
    },
    async batch(statements: readonly SqlStatement[]): Promise<{ changes: number }[]> {
      if (statements.length === 0) return [];
      const results = await db.batch(statements.map(({ sql, params }) => db.prepare(sql).bind(...params)));
      return results.map((result) => ({ changes: result.meta.changes ?? 0 }));
    },
  };
}
