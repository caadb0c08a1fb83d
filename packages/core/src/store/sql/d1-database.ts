import type { SqlBatchResult, SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';

/** The part of a D1 prepared statement the adapter uses: what `env.DB.prepare(sql)` returns (`D1PreparedStatement`). */
export interface D1StatementLike {
  /** Binds the positional parameters, returning the bound statement. */
  bind(...values: unknown[]): D1StatementLike;
  /** Runs the statement and resolves to its rows. */
  all(): Promise<{
    /** The rows, as objects keyed by column name (empty for a statement without rows). */
    results: unknown[];
  }>;
}

/**
 * The part of a Cloudflare D1 binding (`env.DB`) the adapter uses (typed structurally). The
 * `D1Database` a Worker receives in `env` satisfies it.
 */
export interface D1DatabaseLike {
  /** Compiles a statement. */
  prepare(query: string): D1StatementLike;
  /** Runs bound statements as one transaction (all or nothing) and resolves to one result each. */
  batch(statements: D1StatementLike[]): Promise<
    {
      /** The rows the statement returned (a SELECT's, or a RETURNING clause's); the adapter counts a missing list as none. */
      results?: unknown[];
      /** What D1 reports about the statement. */
      meta: {
        /** Rows it changed; the adapter counts a missing value as 0. */
        changes?: number;
      };
    }[]
  >;
}

/**
 * A `SqlDatabase` over a Cloudflare D1 binding. D1 has no interactive transactions; its
 * `batch()` runs the statements as one transaction — in one request to the database — and
 * returns every statement's rows (`results`), which is all the store needs: each of its steps
 * (receive, commit, settle) is one D1 batch.
 */
export function d1Database(db: D1DatabaseLike): SqlDatabase {
  return {
    dialect: 'sqlite',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      const result = await db
        .prepare(sql)
        .bind(...params)
        .all();
      return result.results as SqlRow[];
    },
    async batch(statements: readonly SqlStatement[]): Promise<SqlBatchResult[]> {
      if (statements.length === 0) return [];
      const results = await db.batch(statements.map(({ sql, params }) => db.prepare(sql).bind(...params)));
      return results.map((result) => ({ changes: result.meta.changes ?? 0, rows: (result.results ?? []) as SqlRow[] }));
    },
  };
}
