import type { SqlBatchResult, SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';
import { checkGroupCommit, groupCommitBatch } from './group-commit.js';

/**
 * The part of a `bun:sqlite` statement the adapter uses: what `db.query(sql)` of a Bun
 * `Database` returns.
 */
export interface BunSqliteStatementLike {
  /** The names of the columns the statement returns; empty when it returns no rows (no SELECT, no RETURNING). */
  readonly columnNames: readonly string[];
  /** Runs the statement with positional parameters and returns its rows as objects. */
  all(...params: SqlValue[]): unknown[];
  /** Runs the statement with positional parameters, discarding rows. */
  run(...params: SqlValue[]): BunSqliteRunResultLike;
}

/** The part of what a `bun:sqlite` statement's `run` returns that the adapter reads. */
export interface BunSqliteRunResultLike {
  /** How many rows the statement inserted, updated or deleted. */
  changes: number;
}

/**
 * The part of a Bun `Database` (`import { Database } from 'bun:sqlite'`) the adapter uses, typed
 * structurally: core imports no driver and runs where `bun:sqlite` does not exist.
 */
export interface BunSqliteLike {
  /** Compiles a statement, or returns the one Bun already compiled and cached for this SQL text. */
  query(sql: string): BunSqliteStatementLike;
  /**
   * Wraps `fn` in a transaction; the adapter runs it through the `immediate` variant (BEGIN
   * IMMEDIATE). Called inside another transaction, it runs `fn` in a SAVEPOINT and rolls back to
   * it when `fn` throws (group commit relies on this).
   */
  transaction(fn: () => void): (() => void) & {
    /** Runs the transaction with BEGIN IMMEDIATE, taking the write lock up front. */
    immediate(): void;
  };
  /** Whether a transaction is open; needed only with `groupCommit`. */
  readonly inTransaction?: boolean;
}

/** Options of {@link bunSqliteDatabase}. */
export interface BunSqliteDatabaseOptions {
  /**
   * Commit the batches of concurrent requests together (default false), exactly as
   * `sqliteDatabase(db, { groupCommit: true })` does for better-sqlite3: one `BEGIN IMMEDIATE` …
   * `COMMIT` (one disk sync) per group of calls made while a group waits, each call in its own
   * SAVEPOINT, resolved only after the COMMIT with its own results; see docs/guide/performance.md.
   */
  groupCommit?: boolean;
}

/** A plain SELECT (or VALUES) changes nothing; anything else that returns rows does it through RETURNING. */
const READ_ONLY = /^\s*(?:SELECT|VALUES)\b/i;

/**
 * A `SqlDatabase` over Bun's built-in SQLite (`new Database(file)` from `bun:sqlite`; turn on WAL
 * with `db.exec('PRAGMA journal_mode = WAL')` when several processes share the file). `bun:sqlite`
 * is synchronous, so each call runs to completion before another starts; a batch is one
 * `BEGIN IMMEDIATE` transaction, which takes the write lock up front and rolls back if a statement
 * throws. In a batch, a statement that returns rows (a SELECT, or one with RETURNING) runs with
 * `.all()` and reports its rows (and, unless it is a plain SELECT, as many changes as rows); any
 * other runs with `.run()` and reports its changes and no rows. With `{ groupCommit: true }`, the
 * batches of concurrent requests share one transaction and one disk sync.
 * @throws AlipayEscrowError CONFIG_INVALID when `groupCommit` is not a boolean, or is true for a
 * database that does not report `inTransaction`.
 */
export function bunSqliteDatabase(db: BunSqliteLike, options: BunSqliteDatabaseOptions = {}): SqlDatabase {
  const grouped = checkGroupCommit('bunSqliteDatabase', options?.groupCommit, db);
  const execute = ({ sql, params }: SqlStatement): SqlBatchResult => {
    const statement = db.query(sql);
    if (statement.columnNames.length > 0) {
      const rows = statement.all(...params) as SqlRow[];
      return { changes: READ_ONLY.test(sql) ? 0 : rows.length, rows };
    }
    return { changes: statement.run(...params).changes, rows: [] };
  };

  if (!grouped) {
    return {
      dialect: 'sqlite',
      async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
        return execute({ sql, params }).rows;
      },
      async batch(list: readonly SqlStatement[]): Promise<SqlBatchResult[]> {
        let result: SqlBatchResult[] = [];
        db.transaction(() => {
          result = list.map(execute);
        }).immediate();
        return result;
      },
    };
  }

  const groupBatch = groupCommitBatch({
    transaction: (fn) => db.transaction(fn).immediate(),
    savepoint: (fn) => {
      let results: SqlBatchResult[] = [];
      db.transaction(() => {
        results = fn();
      })();
      return results;
    },
    inTransaction: () => db.inTransaction === true,
    execute,
  });
  return {
    dialect: 'sqlite',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      // A write joins the group (one sync, and it keeps its place after the batches queued before it).
      if (!READ_ONLY.test(sql)) return (await groupBatch([{ sql, params }]))[0]?.rows ?? [];
      return execute({ sql, params }).rows;
    },
    batch: groupBatch,
  };
}
