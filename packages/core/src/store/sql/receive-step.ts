import { AlipayEscrowError } from '../../errors/error.js';
import { duplicateLogError } from '../checks.js';
import type { NotificationLogEntry, NotifyIdBinding, Received } from '../types.js';
import type { SqlRow, SqlStatement, SqlValue } from './database.js';
import { type SqlContext, marks, textsOf } from './context.js';
import { jsonRow, jsonRows } from './json-column.js';
import { LOG_COLUMNS, effectFromRow, logValues, orderFromRow } from './rows.js';

/** receive's input once checked: times canonical, the binding only with an order. */
export interface ReceiveStep {
  /** The entry to append (receivedAt canonical). */
  log: NotificationLogEntry | undefined;
  /** The order to read. */
  outTradeNo: string | null;
  /** The notify_id binding to make if absent. */
  binding: NotifyIdBinding | undefined;
}

/**
 * Step one of a notification in ONE call to the database: append the log entry, bind the notify_id
 * unless bound, read the order, its effects and the binding that holds. On SQLite / D1 that is one
 * batch (one transaction, whose reads come back as rows); on Postgres one statement whose
 * data-modifying CTEs write and whose sub-selects read (see {@link receiveOnPostgres}). A log id
 * already taken fails the whole call (nothing written) and is reported as INTERNAL_ERROR.
 */
export async function receiveStep(ctx: SqlContext, step: ReceiveStep): Promise<Received> {
  return receiveVia(ctx.db.dialect === 'postgres' ? receiveOnPostgres : receiveOnSqlite, ctx, step);
}

/** The SQL of one dialect for {@link receiveVia}: receiveOnSqlite or receiveOnPostgres. */
export type ReceiveOn = (ctx: SqlContext, step: ReceiveStep) => Promise<Received>;

/** receiveStep with the dialect's SQL given, so a store for one dialect leaves the other out of its bundle. */
export async function receiveVia(on: ReceiveOn, ctx: SqlContext, step: ReceiveStep): Promise<Received> {
  if (step.log === undefined && step.binding === undefined && step.outTradeNo === null)
    return { order: undefined, effects: [] };
  try {
    return await on(ctx, step);
  } catch (error) {
    if (step.log !== undefined && (await logIdTaken(ctx, step.log.id))) throw duplicateLogError(step.log.id, 'receive');
    throw error;
  }
}

async function logIdTaken(ctx: SqlContext, id: string): Promise<boolean> {
  const rows = await ctx.db.all(`SELECT 1 AS taken FROM ${ctx.t.log} WHERE id = ?`, [id]).catch(() => []);
  return rows.length > 0;
}

const insertLog = (ctx: SqlContext): string =>
  `INSERT INTO ${ctx.t.log} (${ctx.logCols}) VALUES (${marks(LOG_COLUMNS.length)})`;
const bindingValues = (b: NotifyIdBinding): SqlValue[] => [b.notifyId, b.outTradeNo, b.tradeNo, b.at];

/** The SQLite statements of receive, built once per store. */
const sqliteTexts = (ctx: SqlContext) => ({
  insertLog: insertLog(ctx),
  bind: `INSERT INTO ${ctx.t.notifyIds} (notify_id, out_trade_no, trade_no, bound_at) VALUES (?, ?, ?, ?) ON CONFLICT (notify_id) DO NOTHING`,
  selectOrder: `SELECT ${ctx.orderCols} FROM ${ctx.t.orders} WHERE out_trade_no = ?`,
  selectEffects: `SELECT ${ctx.effectCols} FROM ${ctx.t.effects} WHERE out_trade_no = ? ORDER BY seq`,
  selectBinding: `SELECT out_trade_no, trade_no FROM ${ctx.t.notifyIds} WHERE notify_id = ?`,
});

export async function receiveOnSqlite(ctx: SqlContext, step: ReceiveStep): Promise<Received> {
  const text = textsOf(ctx, sqliteTexts);
  const statements: SqlStatement[] = [];
  if (step.log !== undefined) statements.push({ sql: text.insertLog, params: logValues(step.log) });
  if (step.binding !== undefined) statements.push({ sql: text.bind, params: bindingValues(step.binding) });
  const reads = statements.length;
  if (step.outTradeNo !== null) {
    statements.push(
      { sql: text.selectOrder, params: [step.outTradeNo] },
      { sql: text.selectEffects, params: [step.outTradeNo] },
    );
  }
  if (step.binding !== undefined) statements.push({ sql: text.selectBinding, params: [step.binding.notifyId] });
  const results = await ctx.db.batch(statements);
  const orderRow = step.outTradeNo === null ? undefined : results[reads]?.rows[0];
  const effectRows = step.outTradeNo === null ? [] : (results[reads + 1]?.rows ?? []);
  const bindingRow = step.binding === undefined ? undefined : results[results.length - 1]?.rows[0];
  return received(ctx, step, orderRow, effectRows, bindingRow);
}

/**
 * One statement, one round trip:
 *
 *     WITH lg AS (INSERT INTO log … RETURNING id),
 *          nb AS (INSERT INTO notify_ids … ON CONFLICT (notify_id) DO NOTHING RETURNING …)
 *     SELECT (order as json), (its effects as a json array), (nb's row, else the stored binding)
 *
 * Every part sees the snapshot taken when the statement began, so the binding comes from `nb`
 * when this call made it and from the table when it was made before. The rare exception: a
 * concurrent transaction bound the same notify_id after that snapshot and committed before our
 * insert, so ours did nothing and the snapshot cannot see theirs — then a second call reads it.
 */
export async function receiveOnPostgres(ctx: SqlContext, step: ReceiveStep): Promise<Received> {
  const { t } = ctx;
  const ctes: string[] = [];
  const params: SqlValue[] = [];
  if (step.log !== undefined) {
    ctes.push(`lg AS (${insertLog(ctx)} RETURNING id)`);
    params.push(...logValues(step.log));
  }
  if (step.binding !== undefined) {
    ctes.push(
      `nb AS (INSERT INTO ${t.notifyIds} (notify_id, out_trade_no, trade_no, bound_at) VALUES (?, ?, ?, ?) ON CONFLICT (notify_id) DO NOTHING RETURNING out_trade_no, trade_no)`,
    );
    params.push(...bindingValues(step.binding));
  }
  const columns: string[] = [];
  if (step.outTradeNo !== null) {
    columns.push(
      `(SELECT row_to_json(o) FROM (SELECT ${ctx.orderCols} FROM ${t.orders} WHERE out_trade_no = ?) o) AS order_row`,
      `(SELECT json_agg(e ORDER BY e.seq) FROM (SELECT seq, ${ctx.effectCols} FROM ${t.effects} WHERE out_trade_no = ?) e) AS effects`,
    );
    params.push(step.outTradeNo, step.outTradeNo);
  }
  if (step.binding !== undefined) {
    columns.push(
      `(SELECT row_to_json(b) FROM (SELECT out_trade_no, trade_no FROM nb UNION ALL SELECT out_trade_no, trade_no FROM ${t.notifyIds} WHERE notify_id = ?) b LIMIT 1) AS binding`,
    );
    params.push(step.binding.notifyId);
  }
  if (columns.length === 0) columns.push('1 AS done');
  const text = `${ctes.length === 0 ? '' : `WITH ${ctes.join(', ')} `}SELECT ${columns.join(', ')}`;
  const [row = {}] = await ctx.db.all(text, params);
  let bindingRow = jsonRow(row['binding']);
  if (step.binding !== undefined && bindingRow === undefined) {
    // The race described above: the binding committed after our snapshot. It is there now.
    [bindingRow] = await ctx.db.all(`SELECT out_trade_no, trade_no FROM ${t.notifyIds} WHERE notify_id = ?`, [
      step.binding.notifyId,
    ]);
  }
  return received(ctx, step, jsonRow(row['order_row']), jsonRows(row['effects']), bindingRow);
}

function received(
  ctx: SqlContext,
  step: ReceiveStep,
  orderRow: SqlRow | undefined,
  effectRows: SqlRow[],
  bindingRow: SqlRow | undefined,
): Received {
  const result: Received = {
    order: orderRow === undefined ? undefined : orderFromRow(orderRow),
    effects: effectRows.map(effectFromRow),
  };
  if (step.binding === undefined) return result;
  if (bindingRow === undefined) {
    throw new AlipayEscrowError(
      'INTERNAL_ERROR',
      `receive: the binding of notify_id ${step.binding.notifyId} was not found right after it was written.`,
      {
        status: 500,
        hint: `Check that migrate() ran (${ctx.t.notifyIds} is part of migration 0002) and that nothing deletes its rows.`,
      },
    );
  }
  const tradeNo = bindingRow['trade_no'];
  result.binding = {
    outTradeNo: String(bindingRow['out_trade_no']),
    tradeNo: tradeNo === null || tradeNo === undefined ? null : String(tradeNo),
  };
  return result;
}
