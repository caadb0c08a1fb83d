import type { EscrowDeps } from '../deps.js';
import { claimFromNow, runClaimed } from './run-effects.js';

/** What {@link runOwedEffects} did for one order. */
export interface OwedEffectsRun {
  /** Keys of the effects whose hooks ran and were marked done. */
  done: string[];
  /** HOOK_FAILED or EFFECT_IN_PROGRESS when something is still owed; null when nothing is. */
  code: 'HOOK_FAILED' | 'EFFECT_IN_PROGRESS' | null;
  /** Which hook threw, or which effect another request holds. */
  detail: string | null;
}

/**
 * Runs the effects an order still owes, outside any message: claim them (one call), run their
 * hooks in creation order, settle (one call) — the same claims and leases as the notification
 * pipeline, so a delivery running at the same time never runs a hook twice. Used by sweep for
 * effects a tool with `deferEffects` left pending. Does nothing without an unfinished effect.
 */
export async function runOwedEffects(deps: EscrowDeps, outTradeNo: string): Promise<OwedEffectsRun> {
  const claimed = await deps.store.claimEffects(outTradeNo, claimFromNow(deps));
  if (claimed.length === 0) return { done: [], code: null, detail: null };
  const order = await deps.store.getOrder(outTradeNo);
  if (order === undefined) return { done: [], code: null, detail: null };
  const report = await runClaimed(deps, order, await deps.store.listEffects(outTradeNo), claimed);
  const settled = await deps.store.settle({
    done: report.settlement.done,
    released: report.settlement.released,
    at: report.settlement.at,
  });
  return { done: settled.done, code: report.code, detail: report.detail };
}
