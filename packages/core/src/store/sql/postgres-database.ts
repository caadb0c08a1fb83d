import type { SqlBatchResult, SqlDatabase, SqlRow, SqlStatement, SqlValue } from './database.js';
import { toPostgresPlaceholders } from './placeholders.js';

/** The part of a `pg` query result the adapter uses (a `pg` `QueryResult`). */
export interface PgResultLike {
  /** The rows, as objects keyed by column name. */
  rows: unknown[];
  /** Rows the statement changed or returned; null for a statement without a count (the adapter counts 0). */
  rowCount: number | null;
}

/**
 * The part of a `pg` Client the adapter uses (typed structurally: core imports no driver). A
 * connected `new Client(...)` from the `pg` package satisfies it.
 */
export interface PgClientLike {
  /** Runs one statement with `$1, $2, …` parameters. */
  query(text: string, values?: unknown[]): Promise<PgResultLike>;
}

/** A client checked out of a `pg` Pool (`await pool.connect()`). */
export interface PgPoolClientLike extends PgClientLike {
  /** Returns the client to the pool; with an error (or `true`) the pool destroys it instead. */
  release(err?: Error | boolean): void;
}

/** The part of a `pg` Pool the adapter uses: a `new Pool(...)` from the `pg` package satisfies it. */
export interface PgPoolLike extends PgClientLike {
  /** Checks a client out of the pool; the adapter runs each batch on one, in a transaction. */
  connect(): Promise<PgPoolClientLike>;
  /** How many clients the pool holds; its presence (with `connect`) tells a pool from a single client. */
  readonly totalCount: number;
}

const BEGIN = 'BEGIN ISOLATION LEVEL READ COMMITTED';

function isPool(db: PgPoolLike | PgClientLike): db is PgPoolLike {
  return (
    typeof (db as { totalCount?: unknown }).totalCount === 'number' &&
    typeof (db as { connect?: unknown }).connect === 'function'
  );
}

/**
 * Runs the statements between BEGIN and COMMIT on one connection, with ROLLBACK on any error.
 * `broken` is set when even the ROLLBACK failed: that connection must not be reused.
 */
async function inTransaction(
  client: PgClientLike,
  statements: readonly SqlStatement[],
  state: { broken?: unknown } = {},
): Promise<SqlBatchResult[]> {
  try {
    await client.query(BEGIN);
    const results: SqlBatchResult[] = [];
    for (const { sql, params } of statements) {
      const result = await client.query(toPostgresPlaceholders(sql), [...params]);
      results.push({ changes: result.rowCount ?? 0, rows: (result.rows ?? []) as SqlRow[] });
    }
    await client.query('COMMIT');
    return results;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      state.broken = rollbackError;
    });
    throw error;
  }
}

/**
 * A `SqlDatabase` over node-postgres: a `pg.Pool` (recommended: statements run on any free
 * connection, each batch on one checked-out connection in a READ COMMITTED transaction) or a
 * single connected `pg.Client` (everything runs one at a time on it, so that no statement lands
 * inside another call's transaction).
 *
 * Cost in network round trips: `all()` is one; `batch()` of N statements is N + 2 (BEGIN, each
 * statement, COMMIT), and a batch reports each statement's `rowCount` as its changes (for a
 * SELECT: the rows it returned) and its `rows`. The SQL store therefore writes each step of a
 * notification as ONE statement sent through `all()` on Postgres.
 */
export function postgresDatabase(db: PgPoolLike | PgClientLike): SqlDatabase {
  if (isPool(db)) {
    const pool = db;
    return {
      dialect: 'postgres',
      async all(sql: string, params: readonly SqlValue[]): Promise<SqlRow[]> {
        return (await pool.query(toPostgresPlaceholders(sql), [...params])).rows as SqlRow[];
      },
      async batch(statements: readonly SqlStatement[]): Promise<SqlBatchResult[]> {
        const client = await pool.connect();
        const state: { broken?: unknown } = {};
        try {
          return await inTransaction(client, statements, state);
        } finally {
          // A connection that could not even roll back is destroyed instead of going back to the pool.
          client.release(state.broken === undefined ? undefined : state.broken instanceof Error ? state.broken : true);
        }
      },
    };
  }

  const client = db;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    dialect: 'postgres',
    all: (sql, params) =>
      exclusive(async () => (await client.query(toPostgresPlaceholders(sql), [...params])).rows as SqlRow[]),
    batch: (statements) => exclusive(() => inTransaction(client, statements)),
  };
}
