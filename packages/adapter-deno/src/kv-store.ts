import type { EffectRecord, EscrowStore, OrderRecord } from '@alipay-escrow/core';
import { checkNotifyIdBinding } from '@alipay-escrow/core/store-kit';
import { compareAndSet, MAX_ATTEMPTS } from './kv-cas.js';
import { commit } from './kv-commit.js';
import { kvKeys } from './kv-keys.js';
import type { DenoKvLike, KvKey } from './kv-like.js';
import { kvLog } from './kv-log.js';
import { checkAttempt, checkTransition, contentionError, isoTime, takenError } from './store-checks.js';

/** Options of {@link createDenoKvStore}. */
export interface DenoKvStoreOptions {
  /** The first parts of every key (default ['alipay_escrow']): several stores can share one database. */
  prefix?: readonly string[];
  /** The clock `unfinishedEffects` compares leases with when not given a time (default: the real one). */
  now?: () => Date;
}

const claimable = (effect: EffectRecord, now: string): boolean =>
  effect.status === 'pending' || (effect.status === 'running' && (effect.leaseUntil === null || effect.leaseUntil < now));

/** Whether the claim that saw `attempt` attempts still holds the effect (the claim token). */
const heldBy = (attempt: number) => (effect: EffectRecord): boolean => effect.status === 'running' && effect.attempts === attempt;

/**
 * An EscrowStore on Deno KV (`await Deno.openKv()`; on Deno Deploy, no SQL database needed).
 * Compare-and-set comes from KV's atomic operations: a transition commits the order and its
 * effects in one `kv.atomic()` that checks the order's versionstamp and that no effect key is
 * taken, and an effect is claimed by a versionstamp-checked write; a notify_id is bound by a write
 * that checks its key is still empty. No schema: `migrate()` does nothing. Bodies up to about 780 KiB fit one log entry (KV's 800 KiB per atomic operation).
 */
export function createDenoKvStore(kv: DenoKvLike, options: DenoKvStoreOptions = {}): EscrowStore {
  const keys = kvKeys(options.prefix ?? ['alipay_escrow']);
  const clock = options.now ?? (() => new Date());

  const effectsOf = async (outTradeNo: string): Promise<EffectRecord[]> => {
    const effects: EffectRecord[] = [];
    for await (const { value } of kv.list<EffectRecord>({ prefix: keys.effectsOf(outTradeNo) })) if (value !== null) effects.push(value);
    return effects;
  };

  /** Changes the effect with this key (see compareAndSet); undefined when there is none. */
  const changeEffect = async (key: string, change: (effect: EffectRecord) => EffectRecord | undefined): Promise<EffectRecord | undefined> => {
    const { value: location } = await kv.get<KvKey>(keys.effectKey(key));
    return location === null ? undefined : compareAndSet<EffectRecord>(kv, location, `effect ${key}`, change);
  };

  return {
    ...kvLog(kv, keys),

    async migrate() {},

    async createOrder(order) {
      const key = keys.order(order.outTradeNo);
      return (await commit(() => kv.atomic().check({ key, versionstamp: null }).set(key, order))) ? 'created' : 'exists';
    },

    async getOrder(outTradeNo) {
      return (await kv.get<OrderRecord>(keys.order(outTradeNo))).value ?? undefined;
    },

    async commitTransition(next, expectedVersion, effects) {
      checkTransition(next, expectedVersion, effects);
      const key = keys.order(next.outTradeNo);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const current = await kv.get<OrderRecord>(key);
        if (current.value === null || current.value.version !== expectedVersion) return false;
        if (attempt > 0) {
          // The last commit failed although the version still matched: an effect key is taken.
          const found = await Promise.all(effects.map((e) => kv.get(keys.effectKey(e.key))));
          const taken = effects.filter((_, i) => found[i]!.versionstamp !== null).map((e) => e.key);
          if (taken.length > 0) {
            throw takenError(`commitTransition: effect ${taken.join(', ')}`, 'Effect keys are idempotency keys: give every effect of an order its own slot.');
          }
        }
        const { versionstamp } = current;
        const write = () => {
          let op = kv.atomic().check({ key, versionstamp }).set(key, next);
          effects.forEach((effect, index) => {
            const location = keys.effect(next.outTradeNo, next.version, index);
            op = op.check({ key: keys.effectKey(effect.key), versionstamp: null }).set(location, effect).set(keys.effectKey(effect.key), location);
          });
          return op;
        };
        if (await commit(write)) return true;
      }
      throw contentionError(`commitTransition(${next.outTradeNo})`);
    },

    listEffects: effectsOf,

    async unfinishedEffects(outTradeNo, now) {
      const at = now === undefined ? clock().toISOString() : isoTime(now, 'now');
      return (await effectsOf(outTradeNo)).filter((effect) => claimable(effect, at));
    },

    async claimEffect(key, now, leaseUntil) {
      const at = isoTime(now, 'now');
      const until = isoTime(leaseUntil, 'leaseUntil');
      return changeEffect(key, (e) => (claimable(e, at) ? { ...e, status: 'running', attempts: e.attempts + 1, leaseUntil: until } : undefined));
    },

    async completeEffect(key, now, attempt) {
      const at = isoTime(now, 'now');
      const held = heldBy(checkAttempt(attempt, 'completeEffect'));
      return (await changeEffect(key, (e) => (held(e) ? { ...e, status: 'done', doneAt: at, leaseUntil: null } : undefined))) !== undefined;
    },

    async bindNotifyId(input) {
      const binding = checkNotifyIdBinding(input);
      const key = keys.notifyId(binding.notifyId);
      const value = { outTradeNo: binding.outTradeNo, tradeNo: binding.tradeNo };
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const held = await kv.get<{ outTradeNo: string; tradeNo: string | null }>(key);
        if (held.value !== null) return { outTradeNo: held.value.outTradeNo, tradeNo: held.value.tradeNo };
        if (await commit(() => kv.atomic().check({ key, versionstamp: null }).set(key, value))) return value;
      }
      throw contentionError(`bindNotifyId(${binding.notifyId})`);
    },

    async releaseEffect(key, error, attempt) {
      const held = heldBy(checkAttempt(attempt, 'releaseEffect'));
      return (await changeEffect(key, (e) => (held(e) ? { ...e, status: 'pending', lastError: error, leaseUntil: null } : undefined))) !== undefined;
    },
  };
}
