import type { EffectRecord, EscrowStore, OrderRecord } from '../types.js';
import type { CommitInput, Committed } from '../kit.js';
import {
  checkCommitInput,
  copyEffect,
  copyOrder,
  duplicateEffectError,
  isClaimable,
  type CheckedClaim,
} from '../kit.js';
import { claimed as claimedRecord, guardEffects, withChanges } from './kv-claims.js';
import { commitAt, MAX_ATTEMPTS } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike, KvAtomicLike } from './kv-like.js';
import { writeOrder } from './kv-orders.js';
import { readMany, readWithEffects, type EffectSlot } from './kv-read.js';
import type { Snapshots } from './kv-snapshots.js';
import { contentionError, tooManyChecksError } from './kv-errors.js';

/** Deno KV's limit of checks in one atomic operation. */
const MAX_CHECKS = 100;

/** The state a commit is built on: the order and all its effects, each with its versionstamp. */
interface Base {
  order: OrderRecord;
  versionstamp: string;
  effects: readonly EffectSlot[];
}

/**
 * Step two, in ONE atomic operation when this instance's snapshot of the order (from receive) is
 * current: it checks the order's versionstamp, every unfinished effect's and that the first free
 * slot is still empty, writes the order and its order_age entry, inserts the new effects into the
 * next slots (their effect_key checked free) and, with a claim, claims every claimable effect (new
 * ones are written claimed). Without a current snapshot — or when a check fails — it reads the
 * order and its effects first (one getMany; one more per 10 effects beyond 9) and tries again;
 * once the stored version is not `expectedVersion` it returns `committed: false`.
 */
export function kvCommit(kv: DenoKvLike, keys: KvKeys, snapshots: Snapshots): EscrowStore['commit'] {
  /** Commits on `base`; the result, or null when a check failed (the base was not current). */
  const attempt = async (
    input: CommitInput,
    claim: CheckedClaim | undefined,
    base: Base,
  ): Promise<Committed | null> => {
    const { next } = input;
    const outTradeNo = next.outTradeNo;
    const first = base.effects.length;
    let guarded: ReturnType<typeof guardEffects> | undefined;
    let inserted: EffectSlot[] = [];
    const build = (): KvAtomicLike => {
      const start = writeOrder(
        kv.atomic().check({ key: keys.order(outTradeNo), versionstamp: base.versionstamp }),
        keys,
        base.order,
        next,
      );
      guarded = guardEffects(start, keys, outTradeNo, base.effects, claim);
      let { op } = guarded;
      let checks = 1 + guarded.checks;
      inserted = input.effects.map((effect, i) => ({
        slot: first + i,
        effect: claim !== undefined && isClaimable(effect, claim.now) ? claimedRecord(effect, claim) : { ...effect },
        versionstamp: '',
      }));
      for (const { slot, effect } of inserted) {
        const at = keys.effect(outTradeNo, slot);
        op = op.check({ key: at, versionstamp: null }, { key: keys.effectKey(effect.key), versionstamp: null });
        op = op.set(at, effect).set(keys.effectKey(effect.key), [outTradeNo, slot]);
        checks += 2;
      }
      // No effect was added since the base: its first free slot is still empty.
      if (inserted.length === 0) op = op.check({ key: keys.effect(outTradeNo, first), versionstamp: null });
      if (checks + 1 > MAX_CHECKS) throw tooManyChecksError(`commit(${outTradeNo})`, checks + 1, MAX_CHECKS);
      return op;
    };
    const versionstamp = await commitAt(build);
    if (versionstamp === null) return null;
    const fresh = inserted.filter((s) => s.effect.status === 'running' && claim !== undefined);
    const claimed: EffectRecord[] = [...guarded!.claimed, ...fresh].map((s) => copyEffect(s.effect));
    if (versionstamp === '') snapshots.orders.delete(outTradeNo);
    else {
      const effects = [
        ...withChanges(base.effects, guarded!.claimed, versionstamp),
        ...inserted.map((s) => ({ ...s, versionstamp })),
      ];
      snapshots.keep(outTradeNo, effects, { record: copyOrder(next), versionstamp });
    }
    return { committed: true, claimed };
  };

  return async (input) => {
    const { claim } = checkCommitInput(input);
    const { next, expectedVersion } = input;
    const outTradeNo = next.outTradeNo;
    const snapshot = snapshots.orders.get(outTradeNo);
    // Versions only grow: a snapshot already past expectedVersion means the stored one is too.
    if (snapshot?.order !== undefined && snapshot.order.record.version > expectedVersion)
      return { committed: false, claimed: [] };
    if (
      snapshot?.order !== undefined &&
      snapshot.order.record.version === expectedVersion &&
      !clashes(input, snapshot.effects)
    ) {
      const done = await attempt(input, claim, {
        order: snapshot.order.record,
        versionstamp: snapshot.order.versionstamp,
        effects: snapshot.effects,
      });
      if (done !== null) return done;
    }
    for (let tries = 0; tries < MAX_ATTEMPTS; tries++) {
      const read = await readWithEffects(kv, keys, outTradeNo, [keys.order(outTradeNo)]);
      const { value, versionstamp } = read.extra[0]! as { value: OrderRecord | null; versionstamp: string | null };
      if (value === null || versionstamp === null) return { committed: false, claimed: [] };
      snapshots.keep(outTradeNo, read.effects, { record: value, versionstamp });
      if (value.version !== expectedVersion) return { committed: false, claimed: [] };
      const clash = clashes(input, read.effects);
      if (clash) throw duplicateEffectError(clash);
      if (tries > 0 && input.effects.length > 0) {
        // The last try failed although the version still matched: is an effect key taken by another order?
        const found = await readMany(
          kv,
          input.effects.map((effect) => keys.effectKey(effect.key)),
        );
        const taken = input.effects.filter((_, i) => found[i]!.versionstamp !== null).map((effect) => effect.key);
        if (taken.length > 0) throw duplicateEffectError(taken);
      }
      const done = await attempt(input, claim, { order: value, versionstamp, effects: read.effects });
      if (done !== null) return done;
    }
    throw contentionError(`commit(${outTradeNo})`);
  };
}

/** The new effects whose keys the order already has, or null. */
function clashes(input: CommitInput, effects: readonly EffectSlot[]): string[] | null {
  const own = new Set(effects.map((slot) => slot.effect.key));
  const clash = input.effects.filter((effect) => own.has(effect.key)).map((effect) => effect.key);
  return clash.length > 0 ? clash : null;
}
