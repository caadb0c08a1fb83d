import type { SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';

/** The part of a better-sqlite3 statement the adapter uses. */
export interface BetterSqlite3StatementLike {
  /** True when the statement returns rows (a SELECT, or anything with RETURNING). */
  readonly reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
}

/** The part of a better-sqlite3 `Database` the adapter uses (typed structurally: core imports no driver). */
export interface BetterSqlite3Like {
  prepare(sql: string): BetterSqlite3StatementLike;
  transaction(fn: () => unknown): (() => unknown) & { immediate?: () => unknown };
}

/**
 * A `SqlDatabase` over a better-sqlite3 connection (`new Database(file)`; turn on WAL with
 * `db.pragma('journal_mode = WAL')` when several processes share the file). better-sqlite3 is
 * synchronous, so each call runs to completion before another starts; a batch is one
 * `BEGIN IMMEDIATE` transaction, which takes the write lock up front.
 */
export function sqliteDatabase(db: BetterSqlite3Like): SqlDatabase {
  const statements = new Map<string, BetterSqlite3StatementLike>();
  const prepare = (sql: string): BetterSqlite3StatementLike => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    dialect: 'sqlite',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      const statement = prepare(sql);
      if (statement.reader) return statement.all(...params) as SqlRow[];
      statement.run(...params);
      return [];
    },
    async batch(list: readonly SqlStatement[]): Promise<{ changes: number }[]> {
      const run = (): { changes: number }[] =>
        list.map(({ sql, params }) => {
          const statement = prepare(sql);
          if (statement.reader) {
            statement.all(...params);
            return { changes: 0 };
          }
          return { changes: statement.run(...params).changes };
        });
      let result: { changes: number }[] = [];
      const transaction = db.transaction(() => {
        result = run();
      });
      (transaction.immediate ?? transaction)();
      return result;
    },
  };
}
