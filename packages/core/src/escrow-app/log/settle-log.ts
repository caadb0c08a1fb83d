import { AlipayEscrowError } from '../../errors/error.js';
import type { EscrowStore, LogUpdate } from '../../store/types.js';
import type { AppliedMessage } from '../pipeline/apply-message.js';
import { joinDetail } from '../pipeline/apply-message.js';
import type { EscrowDeps } from '../deps.js';
import { inProgress, type EffectsSettlement } from '../pipeline/run-effects.js';
import type { ApplyOutcome } from '../types.js';
import { safeMessage } from './safe-message.js';

/** The log fields an outcome sets. */
export function outcomeUpdate(outcome: ApplyOutcome, reply: string): LogUpdate {
  return { verdict: outcome.verdict, code: outcome.code, detail: outcome.detail, reply };
}

/** The first claimed effect that the store did not settle (its claim was lost), if any. */
function lostClaim(
  settlement: EffectsSettlement,
  settled: { done: string[]; released: string[] },
): { key: string } | undefined {
  const kept = (key: string): boolean => settled.done.includes(key) || settled.released.includes(key);
  return settlement.done.find((s) => !kept(s.key)) ?? settlement.released.find((s) => !kept(s.key));
}

/** Writes a log entry's verdict on its own; false when the store failed (the caller then answers `fail`). */
export async function settleLog(store: EscrowStore, id: string, update: LogUpdate): Promise<boolean> {
  try {
    await store.settle({ log: { id, update } });
    return true;
  } catch {
    return false;
  }
}

/**
 * The last step of the pipeline, ONE store call on the common path: the effects this request
 * claimed marked done or released (each only while its claim holds) with the log entry's outcome
 * (`updateOf(outcome)`). An effect whose claim was lost meanwhile (its lease ended during the hook
 * and another request took it over) turns the outcome into EFFECT_IN_PROGRESS / `fail`, and the
 * log entry is written again with it. `logged` is false when the store failed: answer `fail`
 * (the entry then gets verdict `error`, if the store takes that write).
 */
export async function settleApplied(
  deps: Pick<EscrowDeps, 'store' | 'secrets'>,
  applied: AppliedMessage,
  logId: string,
  updateOf: (outcome: ApplyOutcome) => LogUpdate,
): Promise<{ outcome: ApplyOutcome; logged: boolean }> {
  const { store } = deps;
  let { outcome } = applied;
  const { settlement } = applied;
  if (settlement === undefined) return { outcome, logged: await settleLog(store, logId, updateOf(outcome)) };
  let settled;
  try {
    settled = await store.settle({ ...settlement, log: { id: logId, update: updateOf(outcome) } });
  } catch (error) {
    await settleLog(store, logId, failureUpdate(error, deps.secrets, 'fail'));
    return { outcome, logged: false };
  }
  const lost = lostClaim(settlement, settled);
  if (lost === undefined) return { outcome, logged: true };
  // The hook outlived its lease and another request took the effect over: that run settles it.
  const held = inProgress(lost.key, 'was taken over by another request while its hook ran');
  outcome = {
    ...outcome,
    code: outcome.code ?? held.code,
    detail: outcome.code === null ? joinDetail(outcome.detail, held.detail) : outcome.detail,
    reply: 'fail',
    effectsDone: false,
  };
  return { outcome, logged: await settleLog(store, logId, updateOf(outcome)) };
}

/** The log update for an unexpected error: verdict `error`, its code (INTERNAL_ERROR if it has none). */
export function failureUpdate(error: unknown, secrets: readonly string[], reply: string): LogUpdate {
  return {
    verdict: 'error',
    code: AlipayEscrowError.is(error) ? error.code : 'INTERNAL_ERROR',
    detail: safeMessage(error, secrets),
    reply,
  };
}
