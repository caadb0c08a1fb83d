import { AlipayEscrowError } from '../errors/error.js';
import type { EffectRecord, LogPruneFilter, LogVerdict, NotifyIdBinding, OrderRecord } from './types.js';

// Argument checks shared by every store, so they all reject the same mistakes the same way.

function invalid(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { field, hint, status: 500 });
}

/**
 * A transition must move the version by exactly one, and its effects must belong to the order
 * and have distinct keys. Checked before anything is written.
 */
export function checkTransition(next: OrderRecord, expectedVersion: number, effects: readonly EffectRecord[]): void {
  if (!Number.isSafeInteger(expectedVersion) || next.version !== expectedVersion + 1) {
    throw invalid(
      'next.version',
      `commit: next.version is ${String(next.version)} but expectedVersion is ${String(expectedVersion)}; the new version must be expectedVersion + 1.`,
      'Pass the version you read as expectedVersion and set next.version to it plus one.',
    );
  }
  const keys = new Set<string>();
  for (const effect of effects) {
    if (effect.outTradeNo !== next.outTradeNo) {
      throw invalid(
        'effects',
        `commit: effect ${effect.key} belongs to order ${effect.outTradeNo}, not to ${next.outTradeNo}.`,
        'Only commit effects of the order being changed.',
      );
    }
    if (keys.has(effect.key)) {
      throw invalid(
        'effects',
        `commit: effect key ${effect.key} appears twice.`,
        'Give every effect of an order its own slot.',
      );
    }
    keys.add(effect.key);
  }
}

/** The error for an effect key the store already holds (found while committing). */
export function duplicateEffectError(keys: readonly string[], cause?: unknown): AlipayEscrowError {
  return new AlipayEscrowError(
    'INTERNAL_ERROR',
    `commit: effect ${keys.join(', ')} already exists; nothing was written.`,
    {
      field: 'effects',
      status: 500,
      hint: 'Effect keys are idempotency keys: give every effect of an order its own slot.',
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

/** The error for a log id that is already taken (`method`: appendLog or receive). */
export function duplicateLogError(id: string, method = 'appendLog'): AlipayEscrowError {
  return new AlipayEscrowError(
    'INTERNAL_ERROR',
    `${method}: a log entry with id ${id} already exists; nothing was written.`,
    {
      field: 'entry.id',
      status: 500,
      hint: 'Give every logged request a fresh id (crypto.randomUUID()).',
    },
  );
}

/**
 * Times the store compares (lease ends, now, receivedAt) as canonical ISO text
 * (`Date#toISOString()`, UTC, milliseconds), so that comparing them as text — which SQL does —
 * orders them by time. Accepts anything `Date` parses; throws on what it cannot.
 */
const CANONICAL_ISO = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/** Whether the day of a CANONICAL_ISO text (characters 8 and 9) is below 29. */
const dayBelow29 = (value: string): boolean => {
  const tens = value.charCodeAt(8);
  return tens < 0x32 || (tens === 0x32 && value.charCodeAt(9) < 0x39);
};

/**
 * Normalises a time the store compares (`now`, `leaseUntil`, `receivedAt`) to canonical ISO 8601
 * (`Date#toISOString()`, UTC, milliseconds), so that comparing as text orders by time. Accepts
 * anything `Date.parse` reads; throws CONFIG_INVALID naming `field` otherwise.
 */
export function isoTime(value: string, field: string): string {
  // Already what toISOString() produces (the usual case): nothing to convert. A day of the month
  // up to 28 exists in every month, so only days 29 to 31 need Date.parse to confirm them.
  if (typeof value === 'string' && CANONICAL_ISO.test(value) && (dayBelow29(value) || !Number.isNaN(Date.parse(value))))
    return value;
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw invalid(
      field,
      `${field} is not a date-time: ${JSON.stringify(value)}.`,
      'Pass an ISO 8601 time such as new Date().toISOString().',
    );
  }
  return new Date(ms).toISOString();
}

/**
 * The claim token a settlement names: the `attempts` its claim returned, so a positive integer.
 * Throws on anything else (a caller that left it out, say).
 */
export function checkAttempt(attempt: number, method: string): number {
  if (!Number.isSafeInteger(attempt) || attempt < 1) {
    throw invalid(
      'attempt',
      `${method}: attempt must be a positive integer, got ${String(attempt)}.`,
      'Pass the attempts of the record the claim returned: it proves the call still holds the claim.',
    );
  }
  return attempt;
}

/** listLog's limit: a non-negative integer, or undefined for no limit. */
export function checkLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw invalid(
      'limit',
      `listLog: limit must be a non-negative integer, got ${String(limit)}.`,
      'Omit limit to list every entry.',
    );
  }
  return limit;
}

/** Every log verdict, for checks. */
const VERDICTS: readonly LogVerdict[] = [
  'received',
  'applied',
  'duplicate',
  'stale',
  'unknown_status',
  'rejected',
  'anomaly',
  'error',
];

/** A pruneLog filter once checked by {@link checkPruneFilter}. */
export interface CheckedPruneFilter {
  /** The cut-off as canonical ISO text (`toISOString()`), so text comparison orders by time. */
  before: string;
  /** Known verdicts without repeats; undefined: every verdict. */
  verdicts: LogVerdict[] | undefined;
}

/**
 * pruneLog's filter: `before` as canonical ISO text, `verdicts` (when given) a list of known
 * verdicts without repeats. Throws CONFIG_INVALID naming what is wrong.
 */
export function checkPruneFilter(filter: LogPruneFilter): CheckedPruneFilter {
  if (filter === null || typeof filter !== 'object') {
    throw invalid(
      'filter',
      'pruneLog needs a filter: { before, verdicts? }.',
      'Pass { before: new Date(Date.now() - 30 * 86_400_000).toISOString() }.',
    );
  }
  const before = isoTime(filter.before, 'before');
  if (filter.verdicts === undefined) return { before, verdicts: undefined };
  if (!Array.isArray(filter.verdicts) || filter.verdicts.some((v) => !VERDICTS.includes(v))) {
    throw invalid(
      'verdicts',
      `pruneLog: verdicts must be a list of ${VERDICTS.join(', ')}; got ${JSON.stringify(filter.verdicts)}.`,
      'Leave verdicts out to delete old entries of every verdict.',
    );
  }
  return { before, verdicts: [...new Set(filter.verdicts)] };
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** A notify_id binding (receive's `binding`): non-empty notifyId and outTradeNo, a string or null tradeNo, a readable time. */
export function checkNotifyIdBinding(binding: NotifyIdBinding): NotifyIdBinding {
  if (binding === null || typeof binding !== 'object' || !nonEmpty(binding.notifyId) || !nonEmpty(binding.outTradeNo)) {
    throw invalid(
      'binding',
      'receive: a binding needs a non-empty notifyId and outTradeNo.',
      'Bind only messages that carry notify_id and out_trade_no.',
    );
  }
  if (binding.tradeNo !== null && !nonEmpty(binding.tradeNo)) {
    throw invalid(
      'binding.tradeNo',
      'receive: binding.tradeNo must be a non-empty string or null.',
      "Pass the message's trade_no, or null when it has none.",
    );
  }
  return {
    notifyId: binding.notifyId,
    outTradeNo: binding.outTradeNo,
    tradeNo: binding.tradeNo,
    at: isoTime(binding.at, 'at'),
  };
}
