import type { OrderPhase } from '../escrow/statuses.js';
import { AlipayEscrowError } from '../errors/error.js';
import { checkLimit, isoTime } from './checks.js';
import type {
  AttentionMark,
  LogChannel,
  LogListFilter,
  LogVerdict,
  NotificationLogEntry,
  OrderCursor,
  OrderListFilter,
  OrderRecord,
} from './types.js';

// Checks of the list filters and sweep marks, shared by every store, plus the matching rules a
// store that filters in code (rather than in SQL) applies.

function invalid(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { field, hint, status: 500 });
}

/** Every log verdict. */
export const LOG_VERDICTS: readonly LogVerdict[] = [
  'received',
  'applied',
  'duplicate',
  'stale',
  'unknown_status',
  'rejected',
  'anomaly',
  'error',
];
/** Every log channel. */
export const LOG_CHANNELS: readonly LogChannel[] = ['notify', 'return', 'reconcile', 'send_goods', 'replay'];
/** Every order phase. */
export const ORDER_PHASES: readonly OrderPhase[] = [
  'created',
  'awaiting_payment',
  'paid',
  'shipped',
  'finished',
  'closed',
  'refunding',
];
/** The largest page {@link OrderListFilter.limit} allows. */
export const MAX_ORDER_PAGE = 1000;

function listOf<T extends string>(value: unknown, known: readonly T[], field: string, method: string): T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => !known.includes(v as T))) {
    throw invalid(
      field,
      `${method}: ${field} must be a list of ${known.join(', ')}; got ${JSON.stringify(value)}.`,
      `Leave ${field} out for every one.`,
    );
  }
  return [...new Set(value as T[])];
}

/** A listLog filter once checked: times canonical, lists of known values without repeats. */
export interface CheckedLogListFilter {
  /** Only this order's entries. */
  outTradeNo: string | undefined;
  /** Only these verdicts; undefined: every one; empty: none. */
  verdicts: LogVerdict[] | undefined;
  /** Only these channels; undefined: every one; empty: none. */
  channels: LogChannel[] | undefined;
  /** Received at or after (canonical ISO text). */
  since: string | undefined;
  /** Received strictly before (canonical ISO text). */
  before: string | undefined;
  /** At most this many. */
  limit: number | undefined;
}

/** listLog's filter: known verdicts and channels, readable times, a non-negative integer limit. Throws CONFIG_INVALID. */
export function checkLogListFilter(filter: LogListFilter | undefined): CheckedLogListFilter {
  const f = filter ?? {};
  if (f === null || typeof f !== 'object')
    throw invalid('filter', 'listLog: the filter must be an object.', 'Pass {} or leave it out for every entry.');
  if (f.outTradeNo !== undefined && typeof f.outTradeNo !== 'string') {
    throw invalid('outTradeNo', 'listLog: outTradeNo must be a string.', "Pass the order's out_trade_no.");
  }
  return {
    outTradeNo: f.outTradeNo,
    verdicts: listOf(f.verdicts, LOG_VERDICTS, 'verdicts', 'listLog'),
    channels: listOf(f.channels, LOG_CHANNELS, 'channels', 'listLog'),
    since: f.since === undefined ? undefined : isoTime(f.since, 'since'),
    before: f.before === undefined ? undefined : isoTime(f.before, 'before'),
    limit: checkLimit(f.limit),
  };
}

/** Whether a stored entry (its receivedAt canonical) passes a checked listLog filter (the limit aside). */
export function logEntryMatches(entry: NotificationLogEntry, filter: CheckedLogListFilter): boolean {
  return (
    (filter.outTradeNo === undefined || entry.outTradeNo === filter.outTradeNo) &&
    (filter.verdicts === undefined || filter.verdicts.includes(entry.verdict)) &&
    (filter.channels === undefined || filter.channels.includes(entry.channel)) &&
    (filter.since === undefined || entry.receivedAt >= filter.since) &&
    (filter.before === undefined || entry.receivedAt < filter.before)
  );
}

/** A listOrders filter once checked: times canonical, phases known and without repeats. */
export interface CheckedOrderListFilter {
  /** Only these phases; undefined: every one; empty: none. */
  phases: OrderPhase[] | undefined;
  /** Updated strictly before (canonical ISO text). */
  updatedBefore: string | undefined;
  /** The cursor (its time canonical): only orders after it in (updatedAt, outTradeNo) order. */
  after: OrderCursor | undefined;
  /** 1 to {@link MAX_ORDER_PAGE}. */
  limit: number;
}

/** listOrders' filter: known phases, readable times, a cursor of a time and an order, a limit of 1 to 1000. Throws CONFIG_INVALID. */
export function checkOrderListFilter(filter: OrderListFilter): CheckedOrderListFilter {
  if (filter === null || typeof filter !== 'object') {
    throw invalid(
      'filter',
      'listOrders needs a filter: { phases?, updatedBefore?, after?, limit }.',
      'Pass at least { limit: 100 }.',
    );
  }
  const { limit, after } = filter;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1 || limit > MAX_ORDER_PAGE) {
    throw invalid(
      'limit',
      `listOrders: limit must be a whole number from 1 to ${MAX_ORDER_PAGE}, got ${String(limit)}.`,
      'Read a page at a time: pass the last order as `after` for the next page.',
    );
  }
  if (after !== undefined && (after === null || typeof after !== 'object' || typeof after.outTradeNo !== 'string')) {
    throw invalid(
      'after',
      'listOrders: after must be { updatedAt, outTradeNo } of the last order of the previous page.',
      'Pass the last order you got, or leave after out for the first page.',
    );
  }
  return {
    phases: listOf(filter.phases, ORDER_PHASES, 'phases', 'listOrders'),
    updatedBefore: filter.updatedBefore === undefined ? undefined : isoTime(filter.updatedBefore, 'updatedBefore'),
    after:
      after === undefined
        ? undefined
        : { updatedAt: isoTime(after.updatedAt, 'after.updatedAt'), outTradeNo: after.outTradeNo },
    limit,
  };
}

/** Whether an order passes a checked listOrders filter (the limit aside); updatedAt is compared as canonical text. */
export function orderMatches(order: OrderRecord, filter: CheckedOrderListFilter): boolean {
  const { after } = filter;
  return (
    (filter.phases === undefined || filter.phases.includes(order.phase)) &&
    (filter.updatedBefore === undefined || order.updatedAt < filter.updatedBefore) &&
    (after === undefined ||
      order.updatedAt > after.updatedAt ||
      (order.updatedAt === after.updatedAt && order.outTradeNo > after.outTradeNo))
  );
}

/** The (updatedAt, outTradeNo) order listOrders returns, for Array#sort. */
export function compareOrderAge(a: OrderRecord, b: OrderRecord): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? -1 : 1;
  return a.outTradeNo < b.outTradeNo ? -1 : a.outTradeNo > b.outTradeNo ? 1 : 0;
}

/**
 * The key of a sweep mark (clearAttention's argument): non-empty outTradeNo and reason, a
 * non-negative integer version. Throws CONFIG_INVALID.
 */
export function checkAttentionKey(mark: Omit<AttentionMark, 'at'>): Omit<AttentionMark, 'at'> {
  const ok = (v: unknown): boolean => typeof v === 'string' && v !== '';
  if (mark === null || typeof mark !== 'object' || !ok(mark.outTradeNo) || !ok(mark.reason)) {
    throw invalid(
      'mark',
      'An attention mark needs a non-empty outTradeNo and reason.',
      'Pass { outTradeNo, reason, version, at }.',
    );
  }
  if (!Number.isSafeInteger(mark.version) || mark.version < 0) {
    throw invalid(
      'mark.version',
      `An attention mark's version must be a non-negative integer, got ${String(mark.version)}.`,
      'Pass the version of the order the report is about.',
    );
  }
  return { outTradeNo: mark.outTradeNo, reason: mark.reason, version: mark.version };
}

/** A sweep mark (markAttention's argument): its key as {@link checkAttentionKey}, and a readable time (made canonical). Throws CONFIG_INVALID. */
export function checkAttentionMark(mark: AttentionMark): AttentionMark;
/** With `withTime` false: the key only (clearAttention's argument), as {@link checkAttentionKey}. Throws CONFIG_INVALID. */
export function checkAttentionMark(mark: Omit<AttentionMark, 'at'>, withTime: false): Omit<AttentionMark, 'at'>;
export function checkAttentionMark(
  mark: Omit<AttentionMark, 'at'> & { at?: string },
  withTime = true,
): AttentionMark | Omit<AttentionMark, 'at'> {
  const key = checkAttentionKey(mark);
  if (!withTime) return key;
  const checked: AttentionMark = { ...key, at: isoTime(mark.at as string, 'mark.at') };
  return checked;
}
