import { AlipayEscrowError } from '../../errors/error.js';
import { checkPruneFilter, duplicateLogError, isoTime } from '../checks.js';
import { checkAttentionKey, checkAttentionMark, checkLogListFilter, checkOrderListFilter } from '../list-checks.js';
import { checkCommitInput, checkEffectClaim, checkReceiveInput, checkSettleInput } from '../step-checks.js';
import type { EscrowStore } from '../types.js';
import type { SqlDatabase, SqlValue } from './database.js';
import { claimEffectsOf, commitStep } from './commit-step.js';
import { marks, sqlContext } from './context.js';
import { listLogEntries, listOrdersPage } from './list-queries.js';
import { migrateSchema } from './migrate.js';
import { receiveStep } from './receive-step.js';
import { ORDER_COLUMNS, effectFromRow, logFromRow, logValues, orderFromRow, orderValues, LOG_COLUMNS } from './rows.js';
import { settleStep } from './settle-step.js';
import { DEFAULT_TABLE_PREFIX, checkTablePrefix } from './table-prefix.js';

/** Options of {@link createSqlStore}. A bad `tablePrefix` throws CONFIG_INVALID. */
export interface SqlStoreOptions {
  /** Prepended to every table and index name (default 'alipay_escrow_'): letters, digits, underscores. */
  tablePrefix?: string;
}

/**
 * The store on SQLite (better-sqlite3, Cloudflare D1) or PostgreSQL (pg, PGlite), through a
 * `SqlDatabase` (see the adapters). It needs no locks and no interactive transaction (so it works
 * on D1), and each step of a notification is ONE call to the database:
 *
 * - receive (log + notify_id binding + order and effects), commit (compare-and-set of the order +
 *   new effects + their claim) and settle (effects done or released + the log's outcome): on
 *   SQLite / D1 one `batch()` (one transaction, the reads come back as its rows); on Postgres one
 *   statement through `all()` — data-modifying CTEs with bound parameters — so one network round
 *   trip even over node-postgres, whose `batch()` costs BEGIN + N + COMMIT. See receive-step.ts,
 *   commit-step.ts and settle-step.ts for how each stays atomic and race-free (the compare-and-set
 *   on `version` with the `txn` token on SQLite, the UPDATE re-check at READ COMMITTED on
 *   Postgres; a settlement applies only while its claim's attempt still holds).
 * - claimEffects: one `UPDATE … RETURNING`; markAttention: one `INSERT … ON CONFLICT DO NOTHING
 *   RETURNING`.
 *
 * migrate() creates the tables of 0001, then upgrades them to 0002 and 0003 (it works on a database
 * made by an older migrate(), or by any prefix of the migration files).
 */
export function createSqlStore(db: SqlDatabase, options: SqlStoreOptions = {}): EscrowStore {
  if (db === null || typeof db !== 'object' || (db.dialect !== 'sqlite' && db.dialect !== 'postgres')) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      "createSqlStore needs a SqlDatabase whose dialect is 'sqlite' or 'postgres'.",
      {
        field: 'db',
        hint: 'Wrap your driver with sqliteDatabase(), d1Database(), postgresDatabase() or pgliteDatabase().',
      },
    );
  }
  const prefix = checkTablePrefix(options.tablePrefix ?? DEFAULT_TABLE_PREFIX);
  const ctx = sqlContext(db, prefix);
  const { t } = ctx;

  const sql = {
    insertOrder: `INSERT INTO ${t.orders} (${ctx.orderCols}, txn) VALUES (${marks(ORDER_COLUMNS.length + 1)}) ON CONFLICT (out_trade_no) DO NOTHING RETURNING out_trade_no`,
    selectOrder: `SELECT ${ctx.orderCols} FROM ${t.orders} WHERE out_trade_no = ?`,
    listEffects: `SELECT ${ctx.effectCols} FROM ${t.effects} WHERE out_trade_no = ? ORDER BY seq`,
    appendLog: `INSERT INTO ${t.log} (${ctx.logCols}) VALUES (${marks(LOG_COLUMNS.length)}) ON CONFLICT (id) DO NOTHING RETURNING id`,
    getLog: `SELECT ${ctx.logCols} FROM ${t.log} WHERE id = ?`,
    markAttention: `INSERT INTO ${t.attention} (out_trade_no, reason, version, marked_at) VALUES (?, ?, ?, ?) ON CONFLICT (out_trade_no, reason, version) DO NOTHING RETURNING out_trade_no`,
    clearAttention: `DELETE FROM ${t.attention} WHERE out_trade_no = ? AND reason = ? AND version = ?`,
  };

  return {
    migrate: () => migrateSchema(ctx, prefix),

    async createOrder(order) {
      const rows = await db.all(sql.insertOrder, [...orderValues(order), crypto.randomUUID()]);
      return rows.length === 1 ? 'created' : 'exists';
    },

    async getOrder(outTradeNo) {
      const [row] = await db.all(sql.selectOrder, [outTradeNo]);
      return row === undefined ? undefined : orderFromRow(row);
    },

    listOrders: async (filter) => listOrdersPage(ctx, checkOrderListFilter(filter)),

    async receive(input) {
      const checked = checkReceiveInput(input);
      const log = input.log === undefined ? undefined : { ...input.log, receivedAt: checked.receivedAt as string };
      return receiveStep(ctx, { log, outTradeNo: checked.outTradeNo, binding: checked.binding });
    },

    async commit(input) {
      const { claim } = checkCommitInput(input);
      return commitStep(ctx, {
        next: input.next,
        expectedVersion: input.expectedVersion,
        effects: input.effects,
        claim,
      });
    },

    async listEffects(outTradeNo) {
      return (await db.all(sql.listEffects, [outTradeNo])).map(effectFromRow);
    },

    claimEffects: async (outTradeNo, claim) => claimEffectsOf(ctx, outTradeNo, checkEffectClaim(claim)),

    settle: async (input) => settleStep(ctx, checkSettleInput(input)),

    async appendLog(entry) {
      const stored = { ...entry, receivedAt: isoTime(entry.receivedAt, 'receivedAt') };
      const rows = await db.all(sql.appendLog, logValues(stored));
      if (rows.length === 0) throw duplicateLogError(entry.id);
    },

    async getLog(id) {
      const [row] = await db.all(sql.getLog, [id]);
      return row === undefined ? undefined : logFromRow(row);
    },

    listLog: async (filter) => listLogEntries(ctx, checkLogListFilter(filter)),

    async pruneLog(filter) {
      const { before, verdicts } = checkPruneFilter(filter);
      if (verdicts !== undefined && verdicts.length === 0) return 0;
      const params: SqlValue[] = [before];
      let text = `DELETE FROM ${t.log} WHERE received_at < ?`;
      if (verdicts !== undefined) {
        text += ` AND verdict IN (${marks(verdicts.length)})`;
        params.push(...verdicts);
      }
      const [result] = await db.batch([{ sql: text, params }]);
      return result?.changes ?? 0;
    },

    async markAttention(input) {
      const mark = checkAttentionMark(input);
      const rows = await db.all(sql.markAttention, [mark.outTradeNo, mark.reason, mark.version, mark.at]);
      return rows.length === 1;
    },

    async clearAttention(input) {
      const mark = checkAttentionKey(input);
      await db.all(sql.clearAttention, [mark.outTradeNo, mark.reason, mark.version]);
    },
  };
}
