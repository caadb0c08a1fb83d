import { type CheckedLogListFilter, type CheckedOrderListFilter, ORDER_PHASES } from '../list-checks.js';
import type { NotificationLogEntry, OrderRecord } from '../types.js';
import type { SqlValue } from './database.js';
import { type SqlContext, marks } from './context.js';
import { logFromRow, orderFromRow } from './rows.js';

/**
 * Orders by phase and age, a page at a time, oldest `updated_at` first, ties by out_trade_no — the
 * order of the `orders_by_phase` index (0003), which serves each phase as one range: one branch
 * per phase (all seven when none is given), each `WHERE phase = ? AND updated_at < ? AND
 * (updated_at, out_trade_no) > (cursor) ORDER BY … LIMIT n`, joined by UNION ALL two at a time
 * and merged by an outer `ORDER BY … LIMIT n`: one statement that reads at most n rows per phase,
 * however many orders are older. On Postgres the key compares byte by byte (COLLATE "C"), as on
 * SQLite and in memory. `filter` is checked (canonical times).
 */
export async function listOrdersPage(ctx: SqlContext, filter: CheckedOrderListFilter): Promise<OrderRecord[]> {
  const phases = filter.phases ?? ORDER_PHASES;
  if (phases.length === 0) return [];
  const key = ctx.db.dialect === 'postgres' ? 'out_trade_no COLLATE "C"' : 'out_trade_no';
  const order = `ORDER BY updated_at, ${key} LIMIT ?`;
  const params: SqlValue[] = [];
  const branches = phases.map((phase, i) => {
    let where = 'phase = ?';
    params.push(phase);
    if (filter.updatedBefore !== undefined) {
      where += ' AND updated_at < ?';
      params.push(filter.updatedBefore);
    }
    if (filter.after !== undefined) {
      where += ` AND (updated_at, ${key}) > (?, ?)`;
      params.push(filter.after.updatedAt, filter.after.outTradeNo);
    }
    params.push(filter.limit);
    return `SELECT ${ctx.orderCols} FROM (SELECT ${ctx.orderCols} FROM ${ctx.t.orders} WHERE ${where} ${order}) p${i}`;
  });
  params.push(filter.limit);
  // Pairs of pairs: no compound SELECT has more than two terms (D1 caps their number; Postgres
  // flattens the nesting into one Merge Append of the index scans).
  let n = 0;
  const merged = (parts: string[]): string => {
    if (parts.length === 1) return parts[0]!;
    const half = Math.ceil(parts.length / 2);
    n += 1;
    return `SELECT ${ctx.orderCols} FROM (${merged(parts.slice(0, half))}) l${n} UNION ALL SELECT ${ctx.orderCols} FROM (${merged(parts.slice(half))}) r${n}`;
  };
  const text = `SELECT ${ctx.orderCols} FROM (${merged(branches)}) page ${order}`;
  return (await ctx.db.all(text, params)).map(orderFromRow);
}

/**
 * Log entries newest first (received time, then insertion), narrowed by every given field; the
 * verdict and channel filters use the indexes of 0003. `filter` is checked (canonical times).
 */
export async function listLogEntries(ctx: SqlContext, filter: CheckedLogListFilter): Promise<NotificationLogEntry[]> {
  if (filter.verdicts?.length === 0 || filter.channels?.length === 0 || filter.limit === 0) return [];
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.outTradeNo !== undefined) {
    where.push('out_trade_no = ?');
    params.push(filter.outTradeNo);
  }
  if (filter.verdicts !== undefined) {
    where.push(`verdict IN (${marks(filter.verdicts.length)})`);
    params.push(...filter.verdicts);
  }
  if (filter.channels !== undefined) {
    where.push(`channel IN (${marks(filter.channels.length)})`);
    params.push(...filter.channels);
  }
  if (filter.since !== undefined) {
    where.push('received_at >= ?');
    params.push(filter.since);
  }
  if (filter.before !== undefined) {
    where.push('received_at < ?');
    params.push(filter.before);
  }
  let text = `SELECT ${ctx.logCols} FROM ${ctx.t.log}${where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`} ORDER BY received_at DESC, seq DESC`;
  if (filter.limit !== undefined) {
    text += ' LIMIT ?';
    params.push(filter.limit);
  }
  return (await ctx.db.all(text, params)).map(logFromRow);
}
