import { AlipayEscrowError } from '../../errors/error.js';
import type { ReceiverStore } from '../../receiver/receiver-store.js';
import { duplicateLogError } from '../checks.js';
import type { SqlDatabase, SqlDialect } from './database.js';
import { claimEffectsOf, commitOnPostgres, commitOnSqlite, commitVia, type CommitOn } from './commit-step.js';
import { marks, sqlContext } from './context.js';
import { receiveOnPostgres, receiveOnSqlite, receiveVia, type ReceiveOn } from './receive-step.js';
import { effectFromRow, logValues, orderFromRow, LOG_COLUMNS } from './rows.js';
import { settleOnPostgres, settleOnSqlite, settleVia, type SettleOn } from './settle-step.js';
import type { SqlStoreOptions } from './sql-store.js';
import { DEFAULT_TABLE_PREFIX, checkTablePrefix } from './table-prefix.js';

/** The SQL of one dialect for each step that differs between SQLite and Postgres. */
interface DialectSteps {
  dialect: SqlDialect;
  receive: ReceiveOn;
  commit: CommitOn;
  settle: SettleOn;
}

/**
 * The receiver's part of createSqlStore over the same tables, for one dialect: the same SQL for
 * every step (one database call each), nothing else. Tables come from createSqlStore's migrate()
 * or the migration files.
 *
 * Unlike createSqlStore, it does not check its arguments (step-checks.ts): its one caller is the
 * receiver's pipeline, which builds every input itself — versions moved by one, effects of the
 * order with distinct keys, times as `toISOString()` text — so the checks could never fail here
 * and would only weigh on the bundle. A store you write yourself keeps them: use the store kit.
 */
function receiverStoreOf(
  steps: DialectSteps,
  factory: string,
  db: SqlDatabase,
  options: SqlStoreOptions,
): ReceiverStore {
  if (db === null || typeof db !== 'object' || db.dialect !== steps.dialect) {
    const other = steps.dialect === 'sqlite' ? 'createPostgresReceiverStore' : 'createSqliteReceiverStore';
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `${factory} needs a SqlDatabase whose dialect is '${steps.dialect}'.`,
      {
        field: 'db',
        hint: `Wrap the driver with ${steps.dialect === 'sqlite' ? 'd1Database(), sqliteDatabase() or bunSqliteDatabase()' : 'postgresDatabase() or pgliteDatabase()'}; for a ${steps.dialect === 'sqlite' ? 'Postgres' : 'SQLite'} database use ${other}.`,
      },
    );
  }
  const ctx = sqlContext(db, checkTablePrefix(options.tablePrefix ?? DEFAULT_TABLE_PREFIX));
  const { t } = ctx;
  const selectOrder = `SELECT ${ctx.orderCols} FROM ${t.orders} WHERE out_trade_no = ?`;
  const listEffects = `SELECT ${ctx.effectCols} FROM ${t.effects} WHERE out_trade_no = ? ORDER BY seq`;
  const appendLog = `INSERT INTO ${t.log} (${ctx.logCols}) VALUES (${marks(LOG_COLUMNS.length)}) ON CONFLICT (id) DO NOTHING RETURNING id`;

  return {
    async getOrder(outTradeNo) {
      const [row] = await db.all(selectOrder, [outTradeNo]);
      return row === undefined ? undefined : orderFromRow(row);
    },

    receive: async (input) =>
      receiveVia(steps.receive, ctx, { log: input.log, outTradeNo: input.outTradeNo, binding: input.binding }),

    commit: async (input) =>
      commitVia(steps.commit, ctx, {
        next: input.next,
        expectedVersion: input.expectedVersion,
        effects: input.effects,
        claim: input.claim,
      }),

    listEffects: async (outTradeNo) => (await db.all(listEffects, [outTradeNo])).map(effectFromRow),

    claimEffects: async (outTradeNo, claim) => claimEffectsOf(ctx, outTradeNo, claim),

    settle: async (input) =>
      settleVia(steps.settle, ctx, {
        done: input.done ?? [],
        released: input.released ?? [],
        at: input.at,
        log: input.log,
      }),

    async appendLog(entry) {
      const rows = await db.all(appendLog, logValues(entry));
      if (rows.length === 0) throw duplicateLogError(entry.id);
    },
  };
}

/**
 * A {@link ReceiverStore} on SQLite — Cloudflare D1 (`d1Database`), better-sqlite3
 * (`sqliteDatabase`), `bun:sqlite` (`bunSqliteDatabase`): createSqlStore's receive, commit,
 * settle, claim and log append over the same tables, without migrate, listings, pruning or the
 * Postgres SQL. A database of another dialect, or a bad `tablePrefix`, throws CONFIG_INVALID.
 * Made for createReceiver: its steps take the pipeline's inputs without createSqlStore's argument
 * checks, so call them through createReceiver (anything else: createSqlStore).
 */
export function createSqliteReceiverStore(db: SqlDatabase, options: SqlStoreOptions = {}): ReceiverStore {
  const steps: DialectSteps = {
    dialect: 'sqlite',
    receive: receiveOnSqlite,
    commit: commitOnSqlite,
    settle: settleOnSqlite,
  };
  return receiverStoreOf(steps, 'createSqliteReceiverStore', db, options);
}

/**
 * A {@link ReceiverStore} on PostgreSQL (`postgresDatabase` over pg, `pgliteDatabase`): as
 * {@link createSqliteReceiverStore}, with createSqlStore's one-statement Postgres steps.
 */
export function createPostgresReceiverStore(db: SqlDatabase, options: SqlStoreOptions = {}): ReceiverStore {
  const steps: DialectSteps = {
    dialect: 'postgres',
    receive: receiveOnPostgres,
    commit: commitOnPostgres,
    settle: settleOnPostgres,
  };
  return receiverStoreOf(steps, 'createPostgresReceiverStore', db, options);
}
