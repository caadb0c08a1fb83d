import { AlipayEscrowError } from '../../errors/error.js';
import {
  checkAttempt, checkLimit, checkNotifyIdBinding, checkPruneFilter, checkTransition, duplicateEffectError, duplicateLogError, isoTime,
} from '../checks.js';
import { presentLogUpdates } from '../log-update.js';
import type { EscrowStore } from '../types.js';
import type { SqlDatabase, SqlStatement, SqlValue } from './database.js';
import {
  EFFECT_COLUMNS, LOG_COLUMNS, LOG_UPDATE_COLUMNS, ORDER_COLUMNS, effectFromRow, effectValues, logFromRow, logValues,
  orderFromRow, orderValues,
} from './rows.js';
import { initStatements, logColumnsAdded, notifyIdStatements, tableNames } from './schema.js';
import { DEFAULT_TABLE_PREFIX, checkTablePrefix } from './table-prefix.js';

/** Options of {@link createSqlStore}. A bad `tablePrefix` throws CONFIG_INVALID. */
export interface SqlStoreOptions {
  /** Prepended to every table and index name (default 'alipay_escrow_'): letters, digits, underscores. */
  tablePrefix?: string;
  /** The clock `unfinishedEffects` compares leases with when not given a time (default: the real one). */
  now?: () => Date;
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** An effect is claimable when pending, or running on a lease that ended before the bound time. */
const CLAIMABLE = `(status = 'pending' OR (status = 'running' AND (lease_until IS NULL OR lease_until < ?)))`;

/**
 * The store on SQLite (better-sqlite3, Cloudflare D1) or PostgreSQL (pg, PGlite), through a
 * `SqlDatabase` (see the adapters). Every method is one statement or one atomic batch with no
 * read in between, so it works on D1 (no interactive transactions) and needs no locks:
 *
 * - commitTransition: `UPDATE … SET …, version, txn = <fresh token> WHERE out_trade_no AND version = expected`,
 *   then one `INSERT … SELECT … WHERE EXISTS (order whose txn = that token)` per effect. Only the
 *   writer whose UPDATE matched sees its own token, so only the winner's effects are inserted —
 *   even when several writers expected the same version. On Postgres at READ COMMITTED a blocked
 *   UPDATE re-checks `version` once the other commits, so the compare-and-set holds across
 *   connections.
 * - claimEffect: one conditional `UPDATE … RETURNING`; completeEffect / releaseEffect likewise, on
 *   the claim's own attempt number, so a holder whose lease was taken over cannot settle the effect.
 * - bindNotifyId: `INSERT … ON CONFLICT (notify_id) DO NOTHING`, then a read of the binding that
 *   holds (bindings are never changed, so the read cannot see anything but the winner).
 *
 * migrate() creates the tables of 0001, then upgrades them to 0002 (it works on a database made by
 * 0001 alone, by an older migrate(), or by the migration files).
 */
export function createSqlStore(db: SqlDatabase, options: SqlStoreOptions = {}): EscrowStore {
  if (db === null || typeof db !== 'object' || (db.dialect !== 'sqlite' && db.dialect !== 'postgres')) {
    throw new AlipayEscrowError('CONFIG_INVALID', "createSqlStore needs a SqlDatabase whose dialect is 'sqlite' or 'postgres'.", {
      field: 'db',
      hint: 'Wrap your driver with sqliteDatabase(), d1Database(), postgresDatabase() or pgliteDatabase().',
    });
  }
  const prefix = checkTablePrefix(options.tablePrefix ?? DEFAULT_TABLE_PREFIX);
  const clock = options.now ?? (() => new Date());
  const t = tableNames(prefix);
  const orderCols = ORDER_COLUMNS.join(', ');
  const effectCols = EFFECT_COLUMNS.map(([column]) => column).join(', ');
  const logCols = LOG_COLUMNS.join(', ');

  const sql = {
    insertOrder: `INSERT INTO ${t.orders} (${orderCols}, txn) VALUES (${marks(ORDER_COLUMNS.length + 1)}) ON CONFLICT (out_trade_no) DO NOTHING RETURNING out_trade_no`,
    selectOrder: `SELECT ${orderCols} FROM ${t.orders} WHERE out_trade_no = ?`,
    // Every column but the key, then txn; the key and the expected version close the WHERE.
    updateOrder: `UPDATE ${t.orders} SET ${ORDER_COLUMNS.slice(1).map((c) => `${c} = ?`).join(', ')}, txn = ? WHERE out_trade_no = ? AND version = ?`,
    // Casts give Postgres the parameter types (a SELECT list would otherwise make them text).
    insertEffect: `INSERT INTO ${t.effects} (${effectCols}) SELECT ${EFFECT_COLUMNS.map(([, type]) => `CAST(? AS ${type})`).join(', ')} WHERE EXISTS (SELECT 1 FROM ${t.orders} WHERE out_trade_no = ? AND txn = ?)`,
    listEffects: `SELECT ${effectCols} FROM ${t.effects} WHERE out_trade_no = ? ORDER BY seq`,
    unfinishedEffects: `SELECT ${effectCols} FROM ${t.effects} WHERE out_trade_no = ? AND ${CLAIMABLE} ORDER BY seq`,
    claimEffect: `UPDATE ${t.effects} SET status = 'running', attempts = attempts + 1, lease_until = ? WHERE effect_key = ? AND ${CLAIMABLE} RETURNING ${effectCols}`,
    // Only the current claim (running, with the attempts its claim returned) may settle the effect.
    completeEffect: `UPDATE ${t.effects} SET status = 'done', done_at = ?, lease_until = NULL WHERE effect_key = ? AND status = 'running' AND attempts = ? RETURNING effect_key`,
    releaseEffect: `UPDATE ${t.effects} SET status = 'pending', last_error = ?, lease_until = NULL WHERE effect_key = ? AND status = 'running' AND attempts = ? RETURNING effect_key`,
    appendLog: `INSERT INTO ${t.log} (${logCols}) VALUES (${marks(LOG_COLUMNS.length)}) ON CONFLICT (id) DO NOTHING RETURNING id`,
    getLog: `SELECT ${logCols} FROM ${t.log} WHERE id = ?`,
    bindNotifyId: `INSERT INTO ${t.notifyIds} (notify_id, out_trade_no, trade_no, bound_at) VALUES (?, ?, ?, ?) ON CONFLICT (notify_id) DO NOTHING`,
    selectNotifyId: `SELECT out_trade_no, trade_no FROM ${t.notifyIds} WHERE notify_id = ?`,
  };

  const statement = (text: string): SqlStatement => ({ sql: text, params: [] });

  /** SQLite cannot ADD COLUMN IF NOT EXISTS: the log columns of 0002 a probe finds missing. */
  const missingLogColumns = async () => {
    const missing = [];
    for (const added of logColumnsAdded('sqlite', prefix)) {
      try {
        await db.all(`SELECT ${added.column} FROM ${t.log} WHERE 0 = 1`, []);
      } catch {
        missing.push(added);
      }
    }
    return missing;
  };

  /** 0002 on SQLite / D1: the missing columns, then the notify_id table, in one batch. */
  const upgradeSqlite = async (): Promise<void> => {
    const missing = await missingLogColumns();
    try {
      await db.batch([...missing.map((added) => statement(added.sql)), ...notifyIdStatements('sqlite', prefix).map(statement)]);
    } catch (error) {
      // Another instance may have added a column between the probe and the ALTER: fine if all are there now.
      if ((await missingLogColumns()).length > 0) throw error;
      await db.batch(notifyIdStatements('sqlite', prefix).map(statement));
    }
  };

  const existingEffectKeys = async (keys: string[]): Promise<string[]> => {
    const rows = await db.all(`SELECT effect_key FROM ${t.effects} WHERE effect_key IN (${marks(keys.length)})`, keys);
    return rows.map((row) => String(row['effect_key']));
  };

  return {
    async migrate() {
      const statements: SqlStatement[] = initStatements(db.dialect, prefix).map(statement);
      if (db.dialect === 'sqlite') {
        await db.batch(statements);
        await upgradeSqlite();
        return;
      }
      // Concurrent CREATE … IF NOT EXISTS can still collide on Postgres; instances starting
      // together take turns on a transaction-scoped advisory lock.
      statements.unshift({ sql: 'SELECT pg_advisory_xact_lock(hashtext(?))', params: [`alipay-escrow:${prefix}`] });
      statements.push(...logColumnsAdded('postgres', prefix).map((added) => statement(added.sql)), ...notifyIdStatements('postgres', prefix).map(statement));
      await db.batch(statements);
    },

    async createOrder(order) {
      const rows = await db.all(sql.insertOrder, [...orderValues(order), crypto.randomUUID()]);
      return rows.length === 1 ? 'created' : 'exists';
    },

    async getOrder(outTradeNo) {
      const [row] = await db.all(sql.selectOrder, [outTradeNo]);
      return row === undefined ? undefined : orderFromRow(row);
    },

    async commitTransition(next, expectedVersion, effects) {
      checkTransition(next, expectedVersion, effects);
      const txn = crypto.randomUUID();
      const statements: SqlStatement[] = [
        { sql: sql.updateOrder, params: [...orderValues(next).slice(1), txn, next.outTradeNo, expectedVersion] },
        ...effects.map((effect) => ({ sql: sql.insertEffect, params: [...effectValues(effect), next.outTradeNo, txn] })),
      ];
      let results: { changes: number }[];
      try {
        results = await db.batch(statements);
      } catch (error) {
        // The batch rolled back. Say so plainly when the cause is an effect key already taken.
        const taken = effects.length === 0 ? [] : await existingEffectKeys(effects.map((effect) => effect.key)).catch(() => []);
        if (taken.length > 0) throw duplicateEffectError(taken, error);
        throw error;
      }
      return results[0]?.changes === 1;
    },

    async listEffects(outTradeNo) {
      return (await db.all(sql.listEffects, [outTradeNo])).map(effectFromRow);
    },

    async unfinishedEffects(outTradeNo, now) {
      const at = now === undefined ? clock().toISOString() : isoTime(now, 'now');
      return (await db.all(sql.unfinishedEffects, [outTradeNo, at])).map(effectFromRow);
    },

    async claimEffect(key, now, leaseUntil) {
      const params: SqlValue[] = [isoTime(leaseUntil, 'leaseUntil'), key, isoTime(now, 'now')];
      const [row] = await db.all(sql.claimEffect, params);
      return row === undefined ? undefined : effectFromRow(row);
    },

    async completeEffect(key, now, attempt) {
      const rows = await db.all(sql.completeEffect, [isoTime(now, 'now'), key, checkAttempt(attempt, 'completeEffect')]);
      return rows.length === 1;
    },

    async releaseEffect(key, error, attempt) {
      const rows = await db.all(sql.releaseEffect, [error, key, checkAttempt(attempt, 'releaseEffect')]);
      return rows.length === 1;
    },

    async appendLog(entry) {
      const stored = { ...entry, receivedAt: isoTime(entry.receivedAt, 'receivedAt') };
      const rows = await db.all(sql.appendLog, logValues(stored));
      if (rows.length === 0) throw duplicateLogError(entry.id);
    },

    async updateLog(id, update) {
      const present = presentLogUpdates(update);
      if (present.length === 0) return;
      const set = present.map(([field]) => `${LOG_UPDATE_COLUMNS[field]} = ?`).join(', ');
      await db.all(`UPDATE ${t.log} SET ${set} WHERE id = ?`, [...present.map(([, value]) => value), id]);
    },

    async getLog(id) {
      const [row] = await db.all(sql.getLog, [id]);
      return row === undefined ? undefined : logFromRow(row);
    },

    async listLog(filter = {}) {
      const limit = checkLimit(filter.limit);
      const params: SqlValue[] = [];
      let text = `SELECT ${logCols} FROM ${t.log}`;
      if (filter.outTradeNo !== undefined) {
        text += ' WHERE out_trade_no = ?';
        params.push(filter.outTradeNo);
      }
      text += ' ORDER BY received_at DESC, seq DESC';
      if (limit !== undefined) {
        text += ' LIMIT ?';
        params.push(limit);
      }
      return (await db.all(text, params)).map(logFromRow);
    },

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

    async bindNotifyId(input) {
      const binding = checkNotifyIdBinding(input);
      await db.all(sql.bindNotifyId, [binding.notifyId, binding.outTradeNo, binding.tradeNo, binding.at]);
      const [row] = await db.all(sql.selectNotifyId, [binding.notifyId]);
      if (row === undefined) {
        throw new AlipayEscrowError('INTERNAL_ERROR', `bindNotifyId: the binding of notify_id ${binding.notifyId} was not found right after it was written.`, {
          status: 500,
          hint: 'Check that migrate() ran (the notify_ids table is part of migration 0002) and that nothing deletes its rows.',
        });
      }
      const tradeNo = row['trade_no'];
      return { outTradeNo: String(row['out_trade_no']), tradeNo: tradeNo === null || tradeNo === undefined ? null : String(tradeNo) };
    },
  };
}
