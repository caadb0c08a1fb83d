import type { SqlBatchResult, SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';

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

/** A plain SELECT (or VALUES) changes nothing; anything else that returns rows does it through RETURNING. */
const READ_ONLY = /^\s*(?:SELECT|VALUES)\b/i;

/** A compiled statement and what its text says about it. */
interface Prepared {
  statement: BetterSqlite3StatementLike;
  reader: boolean;
  readOnly: boolean;
}

/**
 * A `SqlDatabase` over a better-sqlite3 connection (`new Database(file)`). Turn on WAL with
 * `db.pragma('journal_mode = WAL')` and keep `synchronous = FULL`: each step of a notification is
 * a commit, and WAL makes one disk sync of each instead of several, still durable (see
 * docs/guide/performance.md: SQLite's default rollback journal was several times slower there).
 * better-sqlite3 is synchronous, so each call runs to completion before another starts; a batch
 * is one `BEGIN IMMEDIATE` transaction, which takes the write lock up front. In a batch, a statement
 * that returns rows (a SELECT, or one with RETURNING) runs with `.all()` and reports its rows (and,
 * unless it is a plain SELECT, as many changes as rows); any other runs with `.run()` and reports
 * its changes and no rows.
 */
export function sqliteDatabase(db: BetterSqlite3Like): SqlDatabase {
  // One entry per SQL text, compiled once: whether it returns rows and whether it is a plain read
  // are fixed by the text, so they are worked out once too (not on every call of a hot step).
  const prepared = new Map<string, Prepared>();
  const prepare = (sql: string): Prepared => {
    let entry = prepared.get(sql);
    if (entry === undefined) {
      const statement = db.prepare(sql);
      entry = { statement, reader: statement.reader, readOnly: READ_ONLY.test(sql) };
      prepared.set(sql, entry);
    }
    return entry;
  };

  const execute = ({ sql, params }: SqlStatement): SqlBatchResult => {
    const { statement, reader, readOnly } = prepare(sql);
    if (reader) {
      const rows = statement.all(...params) as SqlRow[];
      return { changes: readOnly ? 0 : rows.length, rows };
    }
    return { changes: statement.run(...params).changes, rows: [] };
  };

  return {
    dialect: 'sqlite',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      return execute({ sql, params }).rows;
    },
    async batch(list: readonly SqlStatement[]): Promise<SqlBatchResult[]> {
      let result: SqlBatchResult[] = [];
      const transaction = db.transaction(() => {
        result = list.map(execute);
      });
      (transaction.immediate ?? transaction)();
      return result;
    },
  };
}
