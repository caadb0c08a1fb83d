import type { SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';

/**
 * The part of a better-sqlite3 statement the adapter uses: what `db.prepare(sql)` of a
 * better-sqlite3 `Database` returns.
 */
export interface BetterSqlite3StatementLike {
  /** True when the statement returns rows (a SELECT, or anything with RETURNING). */
  readonly reader: boolean;
  /** Runs a statement that returns rows, with positional parameters, and returns the rows as objects. */
  all(...params: unknown[]): unknown[];
  /**
   * Runs a statement that returns no rows, with positional parameters.
   * @property __type.changes - How many rows it inserted, updated or deleted.
   */
  run(...params: unknown[]): { changes: number };
}

/**
 * The part of a better-sqlite3 `Database` the adapter uses (typed structurally: core imports no
 * driver). Satisfied by `new Database(file)` from the `better-sqlite3` package; Node's built-in
 * `node:sqlite` has no `transaction()` and does not fit.
 */
export interface BetterSqlite3Like {
  /** Compiles a statement; the adapter keeps one per SQL text. */
  prepare(sql: string): BetterSqlite3StatementLike;
  /** Wraps `fn` in a transaction; the adapter runs it through the `immediate` variant (BEGIN IMMEDIATE) when there is one. */
  transaction(fn: () => unknown): (() => unknown) & {
    /** Runs the transaction with BEGIN IMMEDIATE, taking the write lock up front. */
    immediate?: () => unknown;
  };
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
