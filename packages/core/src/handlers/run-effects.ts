import type { EffectKind } from '../escrow/index.js';
import type { EffectRecord, OrderRecord } from '../store/types.js';
import type { EscrowContext } from './context.js';
import { safeMessage } from './safe-message.js';
import type { EffectHook, EscrowHooks } from './types.js';

const HOOK_OF: Record<EffectKind, keyof Omit<EscrowHooks, 'onAnomaly'>> = {
  paid: 'onPaid',
  shipped: 'onShipped',
  finished: 'onFinished',
  closed: 'onClosed',
  refund: 'onRefund',
  transition: 'onTransition',
};

export interface EffectsReport {
  /** Every effect of the order is done. */
  allDone: boolean;
  /** HOOK_FAILED (a hook threw) or EFFECT_IN_PROGRESS (another request holds one), else null. */
  code: 'HOOK_FAILED' | 'EFFECT_IN_PROGRESS' | null;
  detail: string | null;
}

export function hookFor(hooks: EscrowHooks, kind: EffectKind): EffectHook | undefined {
  return hooks[HOOK_OF[kind]];
}

/**
 * Runs the order's unfinished effects in the order they were created: claim (atomically, with a
 * lease) → hook → done; a hook that throws puts its effect back to pending with the error. Done
 * and release name the claim's attempt, so a hook that outlived its lease while another request
 * took the effect over settles nothing, and counts as EFFECT_IN_PROGRESS. The first effect that
 * fails or is held by another request stops the run, so hooks never see a milestone before the
 * ones that came earlier. A missing hook counts as done.
 */
export async function runEffects(ctx: EscrowContext, order: OrderRecord): Promise<EffectsReport> {
  const effects = await ctx.store.listEffects(order.outTradeNo);
  for (const effect of effects) {
    if (effect.status === 'done') continue;
    const report = await runOne(ctx, order, effect);
    if (report) return report;
  }
  return { allDone: true, code: null, detail: null };
}

async function runOne(ctx: EscrowContext, order: OrderRecord, effect: EffectRecord): Promise<EffectsReport | null> {
  const at = ctx.now();
  const claimed = await ctx.store.claimEffect(effect.key, at.toISOString(), new Date(at.getTime() + ctx.effectLeaseMs).toISOString());
  if (!claimed) {
    const current = (await ctx.store.listEffects(order.outTradeNo)).find((e) => e.key === effect.key);
    if (current?.status === 'done') return null;
    return inProgress(effect.key, 'is being run by another request');
  }
  const hook = hookFor(ctx.hooks, claimed.kind);
  if (hook) {
    try {
      await hook({ idempotencyKey: claimed.key, kind: claimed.kind, detail: claimed.detail, order, attempt: claimed.attempts });
    } catch (error) {
      const message = safeMessage(error, ctx.secrets);
      // Released only while this claim still holds it; a lost claim is the new holder's to settle.
      await ctx.store.releaseEffect(claimed.key, message, claimed.attempts);
      return { allDone: false, code: 'HOOK_FAILED', detail: `${HOOK_OF[claimed.kind]} threw for ${claimed.key}: ${message}` };
    }
  }
  if (!(await ctx.store.completeEffect(claimed.key, ctx.now().toISOString(), claimed.attempts))) {
    // The hook outlived its lease and another request took the effect over: that run settles it.
    return inProgress(claimed.key, `was taken over by another request while its hook ran (lease ${ctx.effectLeaseMs} ms)`);
  }
  return null;
}

function inProgress(key: string, what: string): EffectsReport {
  return { allDone: false, code: 'EFFECT_IN_PROGRESS', detail: `Effect ${key} ${what}; the next delivery confirms it.` };
}
