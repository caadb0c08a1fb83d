import { checkPruneFilter, duplicateEffectError, duplicateLogError } from './checks.js';
import { AlipayEscrowError } from '../errors/error.js';
import { copyEffect, copyLogEntry, copyOrder } from './copy.js';
import {
  checkAttentionKey,
  checkAttentionMark,
  checkLogListFilter,
  checkOrderListFilter,
  compareOrderAge,
  logEntryMatches,
  orderMatches,
} from './list-checks.js';
import { applyLogUpdate } from './log-update.js';
import {
  checkCommitInput,
  checkEffectClaim,
  checkReceiveInput,
  checkSettleInput,
  isClaimable,
  type CheckedClaim,
} from './step-checks.js';
import type { EffectRecord, EscrowStore, NotificationLogEntry, OrderRecord } from './types.js';

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /**
   * Ignored: every method that compares leases is now given the time (a claim's `now`).
   * @deprecated Leave it out; it has no effect.
   */
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
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `maxLogEntries must be a positive whole number (got ${String(value)}).`,
      {
        field: 'maxLogEntries',
        status: 500,
        hint: `Leave it unset for ${DEFAULT_MAX_LOG_ENTRIES}.`,
      },
    );
  }
  return value;
}

/**
 * An in-process store: for tests, demos and a single process that may lose its state on restart.
 * Every method checks its input, then does its reading and writing without awaiting in between,
 * so concurrent callers in one process see each method as atomic; records go in and come out as
 * copies. The log keeps at most `maxLogEntries` entries (oldest dropped first); notify_id
 * bindings and attention marks are kept for the life of the store.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): EscrowStore {
  const maxLogEntries = maxLogEntriesOf(options.maxLogEntries);
  const orders = new Map<string, OrderRecord>();
  /** Insertion order is creation order. */
  const effects = new Map<string, EffectRecord>();
  const effectKeysByOrder = new Map<string, string[]>();
  /**
   * In append order: the kept entries are `log[logStart]` onwards; the slots before it held entries
   * dropped by the cap (emptied at once, cut off in one splice once they are as many as the kept).
   */
  const log: (NotificationLogEntry | undefined)[] = [];
  let logStart = 0;
  const keptLog = (): NotificationLogEntry[] => log.slice(logStart) as NotificationLogEntry[];
  const logById = new Map<string, NotificationLogEntry>();
  const notifyIds = new Map<string, { outTradeNo: string; tradeNo: string | null }>();
  const attention = new Set<string>();

  const effectsOf = (outTradeNo: string): EffectRecord[] =>
    (effectKeysByOrder.get(outTradeNo) ?? []).map((key) => effects.get(key)!);

  /** Claims every claimable effect of the order; the claimed records, copied, in creation order. */
  const claimAll = (outTradeNo: string, claim: CheckedClaim): EffectRecord[] => {
    const claimed: EffectRecord[] = [];
    for (const key of effectKeysByOrder.get(outTradeNo) ?? []) {
      const effect = effects.get(key)!;
      if (!isClaimable(effect, claim.now)) continue;
      effect.status = 'running';
      effect.attempts += 1;
      effect.leaseUntil = claim.leaseUntil;
      claimed.push(copyEffect(effect));
    }
    return claimed;
  };

  /** The effect while the claim that saw `attempt` attempts still holds it, else undefined. */
  const heldBy = (key: string, attempt: number): EffectRecord | undefined => {
    const effect = effects.get(key);
    return effect !== undefined && effect.status === 'running' && effect.attempts === attempt ? effect : undefined;
  };

  const append = (entry: NotificationLogEntry, receivedAt: string): void => {
    const stored = copyLogEntry(entry);
    stored.receivedAt = receivedAt;
    log.push(stored);
    logById.set(stored.id, stored);
    // Oldest appended first out, in constant time per append (amortised): the dropped slot is
    // emptied now, and the emptied slots are cut off together once they outnumber the kept ones.
    while (log.length - logStart > maxLogEntries) {
      logById.delete(log[logStart]!.id);
      log[logStart++] = undefined;
    }
    if (logStart > 0 && logStart * 2 >= log.length) {
      log.splice(0, logStart);
      logStart = 0;
    }
  };

  const markKey = (mark: { outTradeNo: string; reason: string; version: number }): string =>
    JSON.stringify([mark.outTradeNo, mark.reason, mark.version]);

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

    async listOrders(filter) {
      const checked = checkOrderListFilter(filter);
      return [...orders.values()]
        .filter((order) => orderMatches(order, checked))
        .sort(compareOrderAge)
        .slice(0, checked.limit)
        .map(copyOrder);
    },

    async receive(input) {
      const checked = checkReceiveInput(input);
      if (input.log !== undefined && logById.has(input.log.id)) throw duplicateLogError(input.log.id, 'receive');
      if (input.log !== undefined) append(input.log, checked.receivedAt!);
      const order = checked.outTradeNo === null ? undefined : orders.get(checked.outTradeNo);
      const received: Awaited<ReturnType<EscrowStore['receive']>> = {
        order: order === undefined ? undefined : copyOrder(order),
        effects: order === undefined ? [] : effectsOf(order.outTradeNo).map(copyEffect),
      };
      const { binding } = checked;
      if (binding !== undefined) {
        const held = notifyIds.get(binding.notifyId) ?? { outTradeNo: binding.outTradeNo, tradeNo: binding.tradeNo };
        notifyIds.set(binding.notifyId, held);
        received.binding = { ...held };
      }
      return received;
    },

    async commit(input) {
      const { claim } = checkCommitInput(input);
      const { next, expectedVersion } = input;
      const current = orders.get(next.outTradeNo);
      if (current === undefined || current.version !== expectedVersion) return { committed: false, claimed: [] };
      if (input.effects.some((effect) => effects.has(effect.key))) {
        throw duplicateEffectError(
          input.effects.filter((effect) => effects.has(effect.key)).map((effect) => effect.key),
        );
      }
      orders.set(next.outTradeNo, copyOrder(next));
      const keys = effectKeysByOrder.get(next.outTradeNo) ?? [];
      for (const effect of input.effects) {
        effects.set(effect.key, copyEffect(effect));
        keys.push(effect.key);
      }
      effectKeysByOrder.set(next.outTradeNo, keys);
      return { committed: true, claimed: claim === undefined ? [] : claimAll(next.outTradeNo, claim) };
    },

    async listEffects(outTradeNo) {
      return effectsOf(outTradeNo).map(copyEffect);
    },

    async claimEffects(outTradeNo, claim) {
      return claimAll(outTradeNo, checkEffectClaim(claim));
    },

    async settle(input) {
      const checked = checkSettleInput(input);
      const done: string[] = [];
      const released: string[] = [];
      for (const { key, attempt } of checked.done) {
        const effect = heldBy(key, attempt);
        if (effect === undefined) continue;
        effect.status = 'done';
        effect.doneAt = checked.at!;
        effect.leaseUntil = null;
        done.push(key);
      }
      for (const { key, attempt, error } of checked.released) {
        const effect = heldBy(key, attempt);
        if (effect === undefined) continue;
        effect.status = 'pending';
        if (error !== null) effect.lastError = error;
        effect.leaseUntil = null;
        released.push(key);
      }
      if (checked.log !== undefined) {
        const entry = logById.get(checked.log.id);
        if (entry !== undefined) applyLogUpdate(entry, checked.log.update);
      }
      return { done, released };
    },

    async appendLog(entry) {
      const { receivedAt } = checkReceiveInput({ log: entry, outTradeNo: null });
      if (logById.has(entry.id)) throw duplicateLogError(entry.id);
      append(entry, receivedAt!);
    },

    async getLog(id) {
      const entry = logById.get(id);
      return entry === undefined ? undefined : copyLogEntry(entry);
    },

    async listLog(filter) {
      const checked = checkLogListFilter(filter);
      // Newest append first, then a stable sort by time: equal times keep newest-first order.
      const newestFirst = keptLog()
        .reverse()
        .filter((entry) => logEntryMatches(entry, checked))
        .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
      return newestFirst.slice(0, checked.limit).map(copyLogEntry);
    },

    async pruneLog(filter) {
      const { before, verdicts } = checkPruneFilter(filter);
      const doomed = (entry: NotificationLogEntry): boolean =>
        entry.receivedAt < before && (verdicts === undefined || verdicts.includes(entry.verdict));
      const all = keptLog();
      const kept = all.filter((entry) => !doomed(entry));
      for (const entry of all) if (doomed(entry)) logById.delete(entry.id);
      log.length = 0;
      logStart = 0;
      for (const entry of kept) log.push(entry);
      return all.length - kept.length;
    },

    async markAttention(mark) {
      const key = markKey(checkAttentionMark(mark));
      if (attention.has(key)) return false;
      attention.add(key);
      return true;
    },

    async clearAttention(mark) {
      attention.delete(markKey(checkAttentionKey(mark)));
    },
  };
}
