/** Which SQL the store writes: SQLite (better-sqlite3, D1) or PostgreSQL (pg, PGlite). */
export type SqlDialect = 'sqlite' | 'postgres';

/** A bound parameter. The store binds only strings, integers and null. */
export type SqlValue = string | number | null;

/** One result row, keyed by column name. */
export type SqlRow = Record<string, unknown>;

/** One statement with `?` placeholders and its parameters, in order. */
export interface SqlStatement {
  /** The SQL text, with `?` placeholders. */
  sql: string;
  /** The values for the placeholders, in order. */
  params: readonly SqlValue[];
}

/**
 * The few things the SQL store needs from a database. The store always writes `?` placeholders;
 * a Postgres executor converts them to `$1, $2, …` (the adapters below do). Wrap your own driver
 * by implementing these three members.
 */
export interface SqlDatabase {
  /**
   * Which SQL the store writes for it: `'sqlite'` or `'postgres'`. Anything else makes
   * {@link createSqlStore} throw CONFIG_INVALID.
   */
  readonly dialect: SqlDialect;
  /** Runs one statement; resolves to its rows (none for a statement that returns nothing). */
  all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]>;
  /**
   * Runs the statements in order as ONE atomic unit (all or nothing; on Postgres at READ
   * COMMITTED) and resolves to one result per statement, in order: how many rows it changed and
   * the rows it returned (those of a SELECT or of a RETURNING clause; `[]` for a statement that
   * returns none). The store never needs a result between two statements of a batch, so a driver
   * without interactive transactions (D1) can implement it; a whole step of the store (receive,
   * commit, settle) is one batch on SQLite and D1, whose reads come back in `rows`.
   */
  batch(statements: readonly SqlStatement[]): Promise<SqlBatchResult[]>;
}

/** What {@link SqlDatabase.batch} reports for one statement. */
export interface SqlBatchResult {
  /** Rows the statement inserted, updated or deleted (0 for a SELECT). */
  changes: number;
  /** The rows it returned, keyed by column name: a SELECT's, or a RETURNING clause's; `[]` otherwise. */
  rows: SqlRow[];
}
