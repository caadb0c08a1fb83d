import { checkAttempt, checkLimit, checkNotifyIdBinding, checkPruneFilter, checkTransition, duplicateEffectError, duplicateLogError, isoTime } from './checks.js';
import { AlipayEscrowError } from '../errors/error.js';
import { copyEffect, copyLogEntry, copyOrder } from './copy.js';
import { applyLogUpdate } from './log-update.js';
import type { EffectRecord, EscrowStore, LogUpdate, NotificationLogEntry, OrderRecord } from './types.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock `unfinishedEffects` compares leases with when not given a time (default: the real one). */
  now?: () => Date;
  /**
   * The most log entries kept (default 10 000): appending one more drops the oldest appended, so
   * a flood of requests cannot exhaust the process's memory. A positive whole number.
   */
  maxLogEntries?: number;
}

/** The default of {@link MemoryStoreOptions.maxLogEntries}. */
const DEFAULT_MAX_LOG_ENTRIES = 10_000;

function maxLogEntriesOf(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_LOG_ENTRIES;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new AlipayEscrowError('CONFIG_INVALID', `maxLogEntries must be a positive whole number (got ${String(value)}).`, {
      field: 'maxLogEntries',
      status: 500,
      hint: `Leave it unset for ${DEFAULT_MAX_LOG_ENTRIES}.`,
    });
  }
  return value;
}

/**
 * An in-process store: for tests, demos and a single process that may lose its state on restart.
 * Every method does its reading and writing without awaiting in between, so concurrent callers
 * in one process see each method as atomic; records go in and come out as copies. The log keeps
 * at most `maxLogEntries` entries (oldest dropped first); notify_id bindings are kept for the
 * life of the store.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): EscrowStore {
  const clock = options.now ?? (() => new Date());
  const maxLogEntries = maxLogEntriesOf(options.maxLogEntries);
  const orders = new Map<string, OrderRecord>();
  /** Insertion order is creation order. */
  const effects = new Map<string, EffectRecord>();
  const effectKeysByOrder = new Map<string, string[]>();
  /** In append order. */
  const log: NotificationLogEntry[] = [];
  const logById = new Map<string, NotificationLogEntry>();
  const notifyIds = new Map<string, { outTradeNo: string; tradeNo: string | null }>();

  const effectsOf = (outTradeNo: string): EffectRecord[] =>
    (effectKeysByOrder.get(outTradeNo) ?? []).map((key) => effects.get(key)!);

  const claimable = (effect: EffectRecord, now: string): boolean =>
    effect.status === 'pending' || (effect.status === 'running' && (effect.leaseUntil === null || effect.leaseUntil < now));

  /** The effect while the claim that saw `attempt` attempts still holds it, else undefined. */
  const heldBy = (key: string, attempt: number): EffectRecord | undefined => {
    const effect = effects.get(key);
    return effect !== undefined && effect.status === 'running' && effect.attempts === attempt ? effect : undefined;
  };

  return {
    async migrate() {},

    async createOrder(order) {
      if (orders.has(order.outTradeNo)) return 'exists';
      orders.set(order.outTradeNo, copyOrder(order));
      return 'created';
    },

    async getOrder(outTradeNo) {
      const order = orders.get(outTradeNo);
      return order === undefined ? undefined : copyOrder(order);
    },

    async commitTransition(next, expectedVersion, newEffects) {
      checkTransition(next, expectedVersion, newEffects);
      const current = orders.get(next.outTradeNo);
      if (current === undefined || current.version !== expectedVersion) return false;
      const taken = newEffects.filter((effect) => effects.has(effect.key)).map((effect) => effect.key);
      if (taken.length > 0) throw duplicateEffectError(taken);
      orders.set(next.outTradeNo, copyOrder(next));
      const keys = effectKeysByOrder.get(next.outTradeNo) ?? [];
      for (const effect of newEffects) {
        effects.set(effect.key, copyEffect(effect));
        keys.push(effect.key);
      }
      effectKeysByOrder.set(next.outTradeNo, keys);
      return true;
    },

    async listEffects(outTradeNo) {
      return effectsOf(outTradeNo).map(copyEffect);
    },

    async unfinishedEffects(outTradeNo, now) {
      const at = now === undefined ? clock().toISOString() : isoTime(now, 'now');
      return effectsOf(outTradeNo).filter((effect) => claimable(effect, at)).map(copyEffect);
    },

    async claimEffect(key, now, leaseUntil) {
      const at = isoTime(now, 'now');
      const until = isoTime(leaseUntil, 'leaseUntil');
      const effect = effects.get(key);
      if (effect === undefined || !claimable(effect, at)) return undefined;
      effect.status = 'running';
      effect.attempts += 1;
      effect.leaseUntil = until;
      return copyEffect(effect);
    },

    async completeEffect(key, now, attempt) {
      const at = isoTime(now, 'now');
      const effect = heldBy(key, checkAttempt(attempt, 'completeEffect'));
      if (effect === undefined) return false;
      effect.status = 'done';
      effect.doneAt = at;
      effect.leaseUntil = null;
      return true;
    },

    async releaseEffect(key, error, attempt) {
      const effect = heldBy(key, checkAttempt(attempt, 'releaseEffect'));
      if (effect === undefined) return false;
      effect.status = 'pending';
      effect.lastError = error;
      effect.leaseUntil = null;
      return true;
    },

    async appendLog(entry) {
      const receivedAt = isoTime(entry.receivedAt, 'receivedAt');
      if (logById.has(entry.id)) throw duplicateLogError(entry.id);
      const stored = { ...copyLogEntry(entry), receivedAt };
      log.push(stored);
      logById.set(stored.id, stored);
      // Oldest appended first out; splice once rather than shift per entry.
      if (log.length > maxLogEntries) {
        for (const dropped of log.splice(0, log.length - maxLogEntries)) logById.delete(dropped.id);
      }
    },

    async updateLog(id, update) {
      const entry = logById.get(id);
      if (entry === undefined) return;
      applyLogUpdate(entry, update);
    },

    async getLog(id) {
      const entry = logById.get(id);
      return entry === undefined ? undefined : copyLogEntry(entry);
    },

    async listLog(filter = {}) {
      const limit = checkLimit(filter.limit);
      const { outTradeNo } = filter;
      // Newest append first, then a stable sort by time: equal times keep newest-first order.
      const newestFirst = [...log]
        .reverse()
        .filter((entry) => outTradeNo === undefined || entry.outTradeNo === outTradeNo)
        .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
      return newestFirst.slice(0, limit).map(copyLogEntry);
    },

    async pruneLog(filter) {
      const { before, verdicts } = checkPruneFilter(filter);
      const doomed = (entry: NotificationLogEntry): boolean => entry.receivedAt < before && (verdicts === undefined || verdicts.includes(entry.verdict));
      const kept = log.filter((entry) => !doomed(entry));
      const deleted = log.length - kept.length;
      for (const entry of log) if (doomed(entry)) logById.delete(entry.id);
      log.length = 0;
      for (const entry of kept) log.push(entry);
      return deleted;
    },

    async bindNotifyId(input) {
      const binding = checkNotifyIdBinding(input);
      const held = notifyIds.get(binding.notifyId);
      if (held !== undefined) return { ...held };
      notifyIds.set(binding.notifyId, { outTradeNo: binding.outTradeNo, tradeNo: binding.tradeNo });
      return { outTradeNo: binding.outTradeNo, tradeNo: binding.tradeNo };
    },
  };
}
