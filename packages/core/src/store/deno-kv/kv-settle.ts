import type { EffectRecord, EscrowStore } from '../types.js';
import type { Settled } from '../kit.js';
import { checkSettleInput, type CheckedSettle } from '../kit.js';
import { commitAt, MAX_ATTEMPTS } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike, KvAtomicLike } from './kv-like.js';
import type { LogRecord, LogWrites } from './kv-log-record.js';
import { readMany, type EffectSlot } from './kv-read.js';
import type { Snapshots } from './kv-snapshots.js';
import { contentionError } from './kv-errors.js';

interface Settlement {
  key: string;
  attempt: number;
  /** undefined: done; otherwise released with this error (null keeps the last one). */
  error?: string | null;
}

/** One effect as the step found it: its order, its slot, the record and its versionstamp. */
interface Found extends EffectSlot {
  outTradeNo: string;
  settlement: Settlement;
}

/** The log record as the step found it. */
interface FoundLog {
  record: LogRecord;
  versionstamp: string;
}

/**
 * Step three, in ONE atomic operation when this instance claimed the effects and appended the log
 * entry (its snapshots): each effect still held by its claim (running with exactly its attempt) is
 * written done or pending, checked against the versionstamp the claim gave it, and the log
 * entry's outcome is written, checked likewise. Otherwise — or when a check fails — one getMany
 * of the effects and the log record (ten keys per getMany, all at once; an effect claimed
 * elsewhere costs one getMany of its effect_key first) and the same atomic operation on what was
 * read. An effect no longer held is left as it is, and left out of the result.
 */
export function kvSettle(kv: DenoKvLike, keys: KvKeys, writes: LogWrites, snapshots: Snapshots): EscrowStore['settle'] {
  /** The snapshot's record of each settlement, or undefined when one is missing or not held. */
  const fromSnapshots = (settlements: readonly Settlement[]): Found[] | undefined => {
    const found: Found[] = [];
    for (const settlement of settlements) {
      const outTradeNo = snapshots.owners.get(settlement.key);
      const slot =
        outTradeNo === undefined
          ? undefined
          : snapshots.orders.get(outTradeNo)?.effects.find((s) => s.effect.key === settlement.key);
      if (slot === undefined || !heldBy(slot.effect, settlement.attempt)) return undefined;
      found.push({ ...slot, outTradeNo: outTradeNo!, settlement });
    }
    return found;
  };

  /** Reads each settlement's effect (located by snapshot, else by effect_key) and the log record. */
  const read = async (
    settlements: readonly Settlement[],
    logId: string | undefined,
  ): Promise<{ found: Found[]; log: FoundLog | undefined }> => {
    const where = new Map<string, [string, number]>();
    const unknown: Settlement[] = [];
    for (const s of settlements) {
      const outTradeNo = snapshots.owners.get(s.key);
      const slot =
        outTradeNo === undefined
          ? undefined
          : snapshots.orders.get(outTradeNo)?.effects.find((e) => e.effect.key === s.key);
      if (slot === undefined) unknown.push(s);
      else where.set(s.key, [outTradeNo!, slot.slot]);
    }
    const located = await readMany(
      kv,
      unknown.map((s) => keys.effectKey(s.key)),
    );
    unknown.forEach((s, i) => {
      const at = located[i]!.value as [string, number] | null;
      if (at !== null) where.set(s.key, at);
    });
    const present = settlements.filter((s) => where.has(s.key));
    const entries = await readMany(kv, [
      ...present.map((s) => keys.effect(...where.get(s.key)!)),
      ...(logId === undefined ? [] : [keys.log(logId)]),
    ]);
    const found: Found[] = [];
    present.forEach((settlement, i) => {
      const { value, versionstamp } = entries[i]! as { value: EffectRecord | null; versionstamp: string | null };
      if (value === null || versionstamp === null || value.key !== settlement.key) return;
      const [outTradeNo, slot] = where.get(settlement.key)!;
      found.push({ outTradeNo, slot, effect: value, versionstamp, settlement });
    });
    const entry =
      logId === undefined
        ? undefined
        : (entries[present.length]! as { value: LogRecord | null; versionstamp: string | null });
    const log =
      entry?.value == null || entry.versionstamp === null
        ? undefined
        : { record: entry.value, versionstamp: entry.versionstamp };
    return { found, log };
  };

  /** Writes what `found` and `log` allow; the result, or null when a check failed. */
  const attempt = async (
    checked: CheckedSettle,
    found: readonly Found[],
    log: FoundLog | undefined,
  ): Promise<Settled | null> => {
    const held = found.filter((f) => heldBy(f.effect, f.settlement.attempt));
    const changes = held.map((f) => ({ ...f, effect: settled(f.effect, f.settlement, checked.at) }));
    const result = {
      done: changes.filter((c) => c.settlement.error === undefined).map((c) => c.effect.key),
      released: changes.filter((c) => c.settlement.error !== undefined).map((c) => c.effect.key),
    };
    if (changes.length === 0 && log === undefined) return result;
    let logRecord: LogRecord | undefined;
    const build = (): KvAtomicLike => {
      let op = changes.reduce((o, c) => {
        const key = keys.effect(c.outTradeNo, c.slot);
        return o.check({ key, versionstamp: c.versionstamp }).set(key, c.effect);
      }, kv.atomic());
      if (log !== undefined)
        op = writes.update(op, log.record, log.versionstamp, checked.log!.update, (r) => (logRecord = r));
      return op;
    };
    const versionstamp = await commitAt(build);
    if (versionstamp === null) return null;
    for (const c of changes) {
      const snapshot = snapshots.orders.get(c.outTradeNo);
      if (snapshot === undefined) continue;
      if (versionstamp === '') snapshots.orders.delete(c.outTradeNo);
      else
        snapshot.effects = snapshot.effects.map((s) =>
          s.slot === c.slot ? { slot: c.slot, effect: c.effect, versionstamp } : s,
        );
    }
    if (log !== undefined) snapshots.logs.delete(log.record.entry.id);
    if (log !== undefined && logRecord !== undefined && versionstamp !== '')
      snapshots.logs.set(log.record.entry.id, { record: logRecord, versionstamp });
    return result;
  };

  return async (input) => {
    const checked = checkSettleInput(input);
    const settlements: Settlement[] = [...checked.done, ...checked.released];
    const logId = checked.log?.id;
    const cachedLog = logId === undefined ? undefined : snapshots.logs.get(logId);
    const cached = fromSnapshots(settlements);
    if (cached !== undefined && (logId === undefined || cachedLog !== undefined)) {
      const result = await attempt(checked, cached, cachedLog);
      if (result !== null) return result;
    }
    for (let tries = 0; tries < MAX_ATTEMPTS; tries++) {
      const { found, log } = await read(settlements, logId);
      const result = await attempt(checked, found, log);
      if (result !== null) return result;
    }
    throw contentionError('settle');
  };
}

/** Whether the claim that saw `attempt` attempts still holds the effect (the claim token). */
const heldBy = (effect: EffectRecord, attempt: number): boolean =>
  effect.status === 'running' && effect.attempts === attempt;

/** The effect once settled: done at `at`, or back to pending with the error (null keeps the last one). */
function settled(effect: EffectRecord, settlement: Settlement, at: string | undefined): EffectRecord {
  if (settlement.error === undefined) return { ...effect, status: 'done', doneAt: at!, leaseUntil: null };
  return { ...effect, status: 'pending', leaseUntil: null, lastError: settlement.error ?? effect.lastError };
}
