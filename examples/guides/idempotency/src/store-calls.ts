// What a store sees of one notification, and the store-kit helpers a store of your own uses for
// the claim step. Embedded by docs/guide/idempotency.md (zh) and docs/en/guide/idempotency.md.
import type { EscrowStore } from '@alipay-escrow/core';
import type { EffectRecord } from '@alipay-escrow/core/escrow-app';
import type { EffectClaim } from '@alipay-escrow/core/store-kit';
import { checkEffectClaim, isClaimable } from '@alipay-escrow/core/store-kit';

// #region recording
/** Wraps a store and records the name of every method called on it, in order. */
export function recordingStore(inner: EscrowStore): {
  store: EscrowStore;
  calls: string[];
} {
  const calls: string[] = [];
  const store = { ...inner } as Record<string, unknown>;
  for (const [name, method] of Object.entries(inner)) {
    if (typeof method !== 'function') continue;
    store[name] = (...args: unknown[]) => {
      calls.push(name);
      return method.apply(inner, args);
    };
  }
  return { store: store as unknown as EscrowStore, calls };
}
// #endregion recording

// #region claim
/**
 * The claim of a store that keeps an order's effects in memory: every effect
 * that is pending, or running on a lease that ended before the claim's time,
 * becomes running with one more attempt and the new lease. Called inside the
 * store's atomic step (commit with a claim, or claimEffects).
 */
export function claimEffectsIn(effects: EffectRecord[], claim: EffectClaim): EffectRecord[] {
  // Same CONFIG_INVALID as core's stores for a time it cannot read; both
  // times come back as canonical ISO text, so comparing text compares times.
  const { now, leaseUntil } = checkEffectClaim(claim);
  const claimed: EffectRecord[] = [];
  for (const effect of effects) {
    if (!isClaimable(effect, now)) continue;
    effect.status = 'running';
    effect.attempts += 1;
    effect.leaseUntil = leaseUntil;
    claimed.push({ ...effect });
  }
  return claimed;
}
// #endregion claim
