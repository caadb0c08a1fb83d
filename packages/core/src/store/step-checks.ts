import { AlipayEscrowError } from '../errors/error.js';
import { checkAttempt, checkNotifyIdBinding, checkTransition, isoTime } from './checks.js';
import type {
  CommitInput,
  EffectClaim,
  EffectRecord,
  EffectRelease,
  EffectSettlement,
  LogSettlement,
  NotifyIdBinding,
  ReceiveInput,
  SettleInput,
} from './types.js';

// Checks of the three steps of applying a message (receive, commit, settle) and of a claim, shared
// by every store so they all reject the same mistakes the same way, before anything is written.

function invalid(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { field, hint, status: 500 });
}

/** A claim once checked by {@link checkEffectClaim}: both times as canonical ISO text. */
export interface CheckedClaim {
  /** The claim time (`toISOString()` form). */
  now: string;
  /** When the lease ends (`toISOString()` form). */
  leaseUntil: string;
}

/** A claim's times as canonical ISO text; CONFIG_INVALID when either is not a date-time. */
export function checkEffectClaim(claim: EffectClaim): CheckedClaim {
  if (claim === null || typeof claim !== 'object') {
    throw invalid(
      'claim',
      'A claim needs { now, leaseUntil } (ISO 8601 times).',
      'Pass { now: new Date().toISOString(), leaseUntil: … }.',
    );
  }
  return { now: isoTime(claim.now, 'claim.now'), leaseUntil: isoTime(claim.leaseUntil, 'claim.leaseUntil') };
}

/**
 * Whether an effect may be claimed at `now` (canonical ISO text): pending, or running on a lease
 * that ended strictly before `now`.
 */
export function isClaimable(effect: EffectRecord, now: string): boolean {
  return (
    effect.status === 'pending' ||
    (effect.status === 'running' && (effect.leaseUntil === null || effect.leaseUntil < now))
  );
}

/** receive's input once checked: the binding normalised (its time canonical), the log's time too. */
export interface CheckedReceive {
  /** The order to read; null: none. */
  outTradeNo: string | null;
  /** The checked binding, when one was given. */
  binding: NotifyIdBinding | undefined;
  /** The log entry's `receivedAt` as canonical ISO text, when a log entry was given. */
  receivedAt: string | undefined;
}

/**
 * receive's input: an outTradeNo that is a non-empty string or null, a binding (checked as
 * {@link checkNotifyIdBinding}) only for that same order, a log entry with a readable time.
 * Throws CONFIG_INVALID naming what is wrong.
 */
export function checkReceiveInput(input: ReceiveInput): CheckedReceive {
  if (input === null || typeof input !== 'object') {
    throw invalid(
      'input',
      'receive needs { log?, outTradeNo, binding? }.',
      'Pass outTradeNo: null for a message that names no order.',
    );
  }
  const { outTradeNo } = input;
  if (outTradeNo !== null && (typeof outTradeNo !== 'string' || outTradeNo === '')) {
    throw invalid(
      'outTradeNo',
      `receive: outTradeNo must be a non-empty string or null, got ${JSON.stringify(outTradeNo)}.`,
      'Pass null for a message that names no order.',
    );
  }
  let binding: NotifyIdBinding | undefined;
  if (input.binding !== undefined) {
    binding = checkNotifyIdBinding(input.binding);
    if (binding.outTradeNo !== outTradeNo) {
      throw invalid(
        'binding.outTradeNo',
        `receive: the binding names order ${binding.outTradeNo}, but the step reads ${String(outTradeNo)}.`,
        'Bind a notify_id to the order the message names, in the same step.',
      );
    }
  }
  const receivedAt = input.log === undefined ? undefined : isoTime(input.log.receivedAt, 'log.receivedAt');
  return { outTradeNo, binding, receivedAt };
}

/** commit's input once checked. */
export interface CheckedCommit {
  /** The claim's times as canonical ISO text; undefined when the commit claims nothing. */
  claim: CheckedClaim | undefined;
}

/**
 * commit's input: the transition (as {@link checkTransition}: version + 1, effects of this order
 * with distinct keys) and the claim's times when one is given. Throws CONFIG_INVALID.
 */
export function checkCommitInput(input: CommitInput): CheckedCommit {
  if (
    input === null ||
    typeof input !== 'object' ||
    input.next === null ||
    typeof input.next !== 'object' ||
    !Array.isArray(input.effects)
  ) {
    throw invalid(
      'input',
      'commit needs { next, expectedVersion, effects, claim? }.',
      'Pass effects: [] for a change that owes no hook call.',
    );
  }
  checkTransition(input.next, input.expectedVersion, input.effects);
  return { claim: input.claim === undefined ? undefined : checkEffectClaim(input.claim) };
}

/** settle's input once checked: `at` canonical, every key named once. */
export interface CheckedSettle {
  /** Effects to mark done, with their claim tokens. */
  done: EffectSettlement[];
  /** Effects to put back to pending, with their claim tokens and errors. */
  released: EffectRelease[];
  /** When the done ones are marked done (canonical ISO text); undefined when nothing is done. */
  at: string | undefined;
  /** The log entry's outcome, when given. */
  log: LogSettlement | undefined;
}

/**
 * settle's input: every settlement a non-empty key with a positive integer attempt (a released
 * one's error a string or null), no key twice, `at` a readable time whenever something is done,
 * and a log id that is a string. Throws CONFIG_INVALID naming what is wrong.
 */
export function checkSettleInput(input: SettleInput): CheckedSettle {
  if (input === null || typeof input !== 'object') {
    throw invalid('input', 'settle needs { done?, released?, at?, log? }.', "Pass at least the log entry's outcome.");
  }
  const seen = new Set<string>();
  const keyOf = (key: unknown, field: string): string => {
    if (typeof key !== 'string' || key === '')
      throw invalid(
        field,
        `settle: ${field} must be an effect key, got ${JSON.stringify(key)}.`,
        'Name the effects by the keys their claim returned.',
      );
    if (seen.has(key))
      throw invalid(
        field,
        `settle: effect ${key} is settled twice.`,
        'Name each claimed effect once, either done or released.',
      );
    seen.add(key);
    return key;
  };
  const done = (input.done ?? []).map((d) => ({
    key: keyOf(d?.key, 'done.key'),
    attempt: checkAttempt(d.attempt, 'settle'),
  }));
  const released = (input.released ?? []).map((r) => {
    const key = keyOf(r?.key, 'released.key');
    if (r.error !== null && typeof r.error !== 'string') {
      throw invalid(
        'released.error',
        `settle: the error of ${key} must be a string or null.`,
        "Pass the hook's error message, or null for an effect that did not run.",
      );
    }
    return { key, attempt: checkAttempt(r.attempt, 'settle'), error: r.error };
  });
  if (done.length > 0 && input.at === undefined) {
    throw invalid(
      'at',
      'settle: `at` (when the effects were done) is required with `done`.',
      'Pass at: new Date().toISOString().',
    );
  }
  const at = input.at === undefined ? undefined : isoTime(input.at, 'at');
  if (
    input.log !== undefined &&
    (input.log === null ||
      typeof input.log.id !== 'string' ||
      input.log.update === null ||
      typeof input.log.update !== 'object')
  ) {
    throw invalid(
      'log',
      'settle: log must be { id, update }.',
      'Pass the id of the entry receive appended and the fields to change.',
    );
  }
  return { done, released, at, log: input.log };
}
