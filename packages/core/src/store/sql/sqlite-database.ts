import type { SqlBatchResult, SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';
import { checkGroupCommit, groupCommitBatch } from './group-commit.js';

/**
 * The part of a better-sqlite3 statement the adapter uses: what `db.prepare(sql)` of a
 * better-sqlite3 `Database` returns.
 */
export interface BetterSqlite3StatementLike {
  /** True when the statement returns rows (a SELECT, or anything with RETURNING). */
  readonly reader: boolean;
  /** Runs a statement that returns rows, with positional parameters, and returns the rows as objects. */
  all(...params: unknown[]): unknown[];
  /** Runs a statement that returns no rows, with positional parameters. */
  run(...params: unknown[]): BetterSqlite3RunResultLike;
}

/** The part of what a better-sqlite3 statement's `run` returns that the adapter reads. */
export interface BetterSqlite3RunResultLike {
  /** How many rows the statement inserted, updated or deleted. */
  changes: number;
}

/**
 * The part of a better-sqlite3 `Database` the adapter uses (typed structurally: core imports no
 * driver). Satisfied by `new Database(file)` from the `better-sqlite3` package; Node's built-in
 * `node:sqlite` has no `transaction()` and does not fit.
 */
export interface BetterSqlite3Like {
  /** Compiles a statement; the adapter keeps one per SQL text. */
  prepare(sql: string): BetterSqlite3StatementLike;
  /**
   * Wraps `fn` in a transaction; the adapter runs it through the `immediate` variant (BEGIN
   * IMMEDIATE) when there is one. Called inside another transaction, it runs `fn` in a SAVEPOINT
   * and rolls back to it when `fn` throws (group commit relies on this).
   */
  transaction(fn: () => unknown): (() => unknown) & {
    /** Runs the transaction with BEGIN IMMEDIATE, taking the write lock up front. */
    immediate?: () => unknown;
  };
  /** Whether a transaction is open; needed only with `groupCommit`. */
  readonly inTransaction?: boolean;
}

/** Options of {@link sqliteDatabase}. */
export interface SqliteDatabaseOptions {
  /**
   * Commit the batches of concurrent requests together (default false): every `batch()` (and every
   * `all()` that writes) made while a group is waiting joins it, and in the next macrotask (a
   * `MessageChannel` message) the group runs as ONE `BEGIN IMMEDIATE` … `COMMIT`, each call in its own
   * SAVEPOINT — one disk sync for the whole group instead of one per call. Each call still
   * resolves only once the COMMIT has returned, with the results it would have had alone; a call
   * that throws is undone alone; a failed COMMIT rejects every call of the group and applies none.
   * Plain SELECTs run at once. Worth it on a file database under concurrent notifications (see
   * docs/guide/performance.md); a lone write gains nothing and waits one macrotask longer (a
   * message, not a timer: fake timers do not hold it back).
   */
  groupCommit?: boolean;
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
 * its changes and no rows. With `{ groupCommit: true }`, the batches of concurrent requests share
 * one transaction and one disk sync (see {@link SqliteDatabaseOptions.groupCommit}).
 * @throws AlipayEscrowError CONFIG_INVALID when `groupCommit` is not a boolean, or is true for a
 * database that does not report `inTransaction`.
 */
export function sqliteDatabase(db: BetterSqlite3Like, options: SqliteDatabaseOptions = {}): SqlDatabase {
  const grouped = checkGroupCommit('sqliteDatabase', options?.groupCommit, db);
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

  // One transaction function for the adapter's life (better-sqlite3 builds several closures for
  // each), told what to run through `work`. Calls run one at a time, and a nested call (the
  // SAVEPOINT of group commit) puts the outer work back when it returns.
  let work: () => unknown = () => undefined;
  const transaction = db.transaction(() => work());
  const begin = transaction.immediate ?? transaction;
  const transact = <T>(fn: () => T, run: () => unknown): T => {
    const outer = work;
    work = fn;
    try {
      return run() as T;
    } finally {
      work = outer;
    }
  };

  const batch = async (list: readonly SqlStatement[]): Promise<SqlBatchResult[]> =>
    transact(() => list.map(execute), begin);

  if (!grouped) {
    return {
      dialect: 'sqlite',
      async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
        return execute({ sql, params }).rows;
      },
      batch,
    };
  }

  const groupBatch = groupCommitBatch({
    transaction: (fn) => transact(fn, begin),
    // inside the group's transaction, better-sqlite3 runs a transaction function as a SAVEPOINT
    savepoint: (fn) => transact(fn, transaction),
    inTransaction: () => db.inTransaction === true,
    execute,
  });
  return {
    dialect: 'sqlite',
    async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
      // A write joins the group (one sync, and it keeps its place after the batches queued before it).
      if (!prepare(sql).readOnly) return (await groupBatch([{ sql, params }]))[0]?.rows ?? [];
      return execute({ sql, params }).rows;
    },
    batch: groupBatch,
  };
}
