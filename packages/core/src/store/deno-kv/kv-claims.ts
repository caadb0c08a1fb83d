import type { EffectRecord } from '../types.js';
import { isClaimable, type CheckedClaim } from '../kit.js';
import type { KvKeys } from './kv-keys.js';
import type { KvAtomicLike } from './kv-like.js';
import type { EffectSlot } from './kv-read.js';

/** The record of an effect once a claim took it: running, one more attempt, the claim's lease. */
export const claimed = (effect: EffectRecord, claim: CheckedClaim): EffectRecord => ({
  ...effect,
  status: 'running',
  attempts: effect.attempts + 1,
  leaseUntil: claim.leaseUntil,
});

/** What {@link guardEffects} added: the operation, and the effects it claims (new records). */
export interface Guarded {
  /** The operation with the checks and claims added. */
  op: KvAtomicLike;
  /** The claimed effects, in slot order, as they will be stored. */
  claimed: EffectSlot[];
  /** How many checks were added. */
  checks: number;
}

/**
 * Adds to `op` a check of every effect of `effects` that is not done (done is final, so those
 * cannot change) against the versionstamp it was seen with, and with a claim, the claim of every
 * claimable one (pending, or running on a lease that ended before `claim.now`). Committed, the
 * operation proves `effects` was the order's current state (the caller also checks the first free
 * slot is still empty), so two concurrent claims of one effect cannot both commit.
 */
export function guardEffects(
  op: KvAtomicLike,
  keys: KvKeys,
  outTradeNo: string,
  effects: readonly EffectSlot[],
  claim: CheckedClaim | undefined,
): Guarded {
  const taken: EffectSlot[] = [];
  let out = op;
  let checks = 0;
  for (const { slot, effect, versionstamp } of effects) {
    if (effect.status === 'done') continue;
    const key = keys.effect(outTradeNo, slot);
    out = out.check({ key, versionstamp });
    checks++;
    if (claim === undefined || !isClaimable(effect, claim.now)) continue;
    const next = claimed(effect, claim);
    out = out.set(key, next);
    taken.push({ slot, effect: next, versionstamp: '' });
  }
  return { op: out, claimed: taken, checks };
}

/** `effects` with the slots of `changed` replaced, each now at `versionstamp`. */
export function withChanges(
  effects: readonly EffectSlot[],
  changed: readonly EffectSlot[],
  versionstamp: string,
): EffectSlot[] {
  const bySlot = new Map(changed.map((c) => [c.slot, c.effect]));
  return effects.map((s) => {
    const effect = bySlot.get(s.slot);
    return effect === undefined ? s : { slot: s.slot, effect, versionstamp };
  });
}
