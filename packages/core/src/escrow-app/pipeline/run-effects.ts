import type { EffectKind } from '../../escrow/index.js';
import type { EffectClaim, EffectRecord, EffectRelease, EffectSettlement, OrderRecord } from '../../store/types.js';
import type { EscrowDeps } from '../deps.js';
import { safeMessage } from '../log/safe-message.js';
import type { EffectHook, EscrowHooks } from '../types.js';
import { isoText } from '../iso-text.js';

const HOOK_OF: Record<EffectKind, keyof Omit<EscrowHooks, 'onAnomaly' | 'onStuck'>> = {
  paid: 'onPaid',
  shipped: 'onShipped',
  finished: 'onFinished',
  closed: 'onClosed',
  refund: 'onRefund',
  transition: 'onTransition',
};

/** What the last step (settle) writes for the effects this request claimed. */
export interface EffectsSettlement {
  /** Claimed effects whose hook succeeded (or that have no hook). */
  done: EffectSettlement[];
  /** Claimed effects not done: the one whose hook threw (with its error), and those after it or a blocker (error null). */
  released: EffectRelease[];
  /** When the done ones were done. */
  at: string;
}

/** What running the hooks came to. */
export interface EffectsReport {
  /** Every effect of the order is done (once the settlement holds). */
  allDone: boolean;
  /** HOOK_FAILED (a hook threw) or EFFECT_IN_PROGRESS (another request holds one), else null. */
  code: 'HOOK_FAILED' | 'EFFECT_IN_PROGRESS' | null;
  /** Which hook threw, or which effect is held, and what to expect. */
  detail: string | null;
  /** For the settle step. */
  settlement: EffectsSettlement;
}

/** The hook that runs effects of this kind, if the merchant gave one. */
export function hookFor(hooks: EscrowHooks, kind: EffectKind): EffectHook | undefined {
  return hooks[HOOK_OF[kind]];
}

/** A claim from now (or from `at`, a time just read from the escrow's clock) for the escrow's lease. */
export function claimFromNow(deps: EscrowDeps, at: Date = deps.now()): EffectClaim {
  return { now: isoText(at), leaseUntil: isoText(new Date(at.getTime() + deps.effectLeaseMs)) };
}

/**
 * Runs the hooks of the effects this request claimed, in the order the effects were created.
 * `effects` is every effect of the order as the request knows it; when one of them is neither done
 * nor claimed by this request, they are read again (another request may have finished it). The
 * first effect that is held by another request, or whose hook throws, stops the run: the claimed
 * effects after it are released without running, so hooks never see a milestone before the ones
 * that came earlier. A missing hook counts as done. Nothing is written here: the settlement goes
 * to the store in the last step, with the log's outcome.
 */
export async function runClaimed(
  deps: EscrowDeps,
  order: OrderRecord,
  effects: EffectRecord[],
  claimed: EffectRecord[],
): Promise<EffectsReport> {
  const mine = new Map<string, EffectRecord>();
  for (const effect of claimed) mine.set(effect.key, effect);
  const unsettled = (list: EffectRecord[]): boolean =>
    list.some((effect) => effect.status !== 'done' && !mine.has(effect.key));
  const current = unsettled(effects) ? await deps.store.listEffects(order.outTradeNo) : effects;
  // Claimed effects the list lacks (it cannot, but a claim must never be left without a settlement).
  const missing = claimed.filter((effect) => !current.some((listed) => listed.key === effect.key));
  const all = missing.length === 0 ? current : [...current, ...missing];

  const done: EffectSettlement[] = [];
  const released: EffectsSettlement['released'] = [];
  let stop: Omit<EffectsReport, 'settlement' | 'allDone'> | null = null;
  for (const effect of all) {
    const own = mine.get(effect.key);
    if (own === undefined) {
      if (effect.status !== 'done' && stop === null) stop = inProgress(effect.key, 'is being run by another request');
      continue;
    }
    if (stop !== null) {
      released.push({ key: own.key, attempt: own.attempts, error: null });
      continue;
    }
    const hook = hookFor(deps.hooks, own.kind);
    if (hook) {
      try {
        await hook({ idempotencyKey: own.key, kind: own.kind, detail: own.detail, order, attempt: own.attempts });
      } catch (error) {
        const message = safeMessage(error, deps.secrets);
        released.push({ key: own.key, attempt: own.attempts, error: message });
        stop = { code: 'HOOK_FAILED', detail: `${HOOK_OF[own.kind]} threw for ${own.key}: ${message}` };
        continue;
      }
    }
    done.push({ key: own.key, attempt: own.attempts });
  }
  const settlement = { done, released, at: isoText(deps.now()) };
  return stop === null
    ? { allDone: true, code: null, detail: null, settlement }
    : { allDone: false, ...stop, settlement };
}

/** The report detail of an effect another request holds. */
export function inProgress(key: string, what: string): { code: 'EFFECT_IN_PROGRESS'; detail: string } {
  return { code: 'EFFECT_IN_PROGRESS', detail: `Effect ${key} ${what}; the next delivery confirms it.` };
}
