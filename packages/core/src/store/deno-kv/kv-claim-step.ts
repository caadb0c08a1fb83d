import type { EffectRecord, EscrowStore } from '../types.js';
import { checkEffectClaim, copyEffect, isClaimable, type CheckedClaim } from '../kit.js';
import { guardEffects, withChanges } from './kv-claims.js';
import { commitAt, MAX_ATTEMPTS } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike } from './kv-like.js';
import { readWithEffects, type EffectSlot } from './kv-read.js';
import type { Snapshots } from './kv-snapshots.js';
import { contentionError } from './kv-errors.js';

/**
 * claimEffects: when this instance's snapshot of the order's effects shows claimable ones, ONE
 * atomic operation that claims them, checking every unfinished effect's versionstamp and that the
 * first free slot is still empty. Otherwise — or when a check fails — one getMany of the effects
 * (one more per 10 beyond 10) and, when any is claimable, that atomic operation on what was read.
 * Of concurrent claims, each effect goes to exactly one.
 */
export function kvClaimEffects(kv: DenoKvLike, keys: KvKeys, snapshots: Snapshots): EscrowStore['claimEffects'] {
  /** Claims on `effects`; the claimed records, or null when a check failed. */
  const attempt = async (
    outTradeNo: string,
    effects: EffectSlot[],
    claim: CheckedClaim,
  ): Promise<EffectRecord[] | null> => {
    let guarded: ReturnType<typeof guardEffects> | undefined;
    const versionstamp = await commitAt(() => {
      guarded = guardEffects(kv.atomic(), keys, outTradeNo, effects, claim);
      return guarded.op.check({ key: keys.effect(outTradeNo, effects.length), versionstamp: null });
    });
    if (versionstamp === null) return null;
    if (versionstamp === '') snapshots.orders.delete(outTradeNo);
    else snapshots.keep(outTradeNo, withChanges(effects, guarded!.claimed, versionstamp));
    return guarded!.claimed.map((s) => copyEffect(s.effect));
  };

  return async (outTradeNo, claim) => {
    const checked = checkEffectClaim(claim);
    const snapshot = snapshots.orders.get(outTradeNo);
    if (snapshot?.effects.some((s) => isClaimable(s.effect, checked.now))) {
      const claimed = await attempt(outTradeNo, snapshot.effects, checked);
      if (claimed !== null) return claimed;
    }
    for (let tries = 0; tries < MAX_ATTEMPTS; tries++) {
      const { effects } = await readWithEffects(kv, keys, outTradeNo, []);
      if (!effects.some((s) => isClaimable(s.effect, checked.now))) {
        if (effects.length > 0) snapshots.keep(outTradeNo, effects);
        return [];
      }
      const claimed = await attempt(outTradeNo, effects, checked);
      if (claimed !== null) return claimed;
    }
    throw contentionError(`claimEffects(${outTradeNo})`);
  };
}
