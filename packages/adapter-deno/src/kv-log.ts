import type { EscrowStore, NotificationLogEntry } from '@alipay-escrow/core';
import { checkPruneFilter, legacyAuthenticity } from '@alipay-escrow/core/store-kit';
import { compareAndSet } from './kv-cas.js';
import { commit } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike } from './kv-like.js';
import { checkLimit, isoTime, takenError } from './store-checks.js';

/** Deno KV values hold at most 64 KiB: bigger bodies go to their own keys, in chunks. */
const CHUNK = 65_536;
const INLINE_MAX = 16_384;
const FIELDS = ['verdict', 'code', 'detail', 'outTradeNo', 'notifyId', 'tradeStatus', 'refundStatus', 'reply'] as const;

interface LogRecord {
  /** Records written before rawSize, rawSha256 and authenticity existed lack them (see `read`). */
  entry: Omit<NotificationLogEntry, 'raw'>;
  /** This store instance's append order, the tie-break between equal times. */
  tick: bigint;
  /** The bytes, when small; otherwise `chunks` keys log_raw/<id>/<n>. */
  raw: Uint8Array | null;
  chunks: number;
}

type LogMethods = Pick<EscrowStore, 'appendLog' | 'updateLog' | 'getLog' | 'listLog' | 'pruneLog'>;

/** Attempts to delete one entry that keeps changing under pruneLog (an updateLog in between). */
const PRUNE_ATTEMPTS = 8;

/**
 * The notification log over Deno KV: one record per entry plus two newest-first indexes. pruneLog
 * reads the time index up to its cut-off and deletes each entry (record, indexes, chunks) in one
 * atomic operation checked against the record it read.
 */
export function kvLog(kv: DenoKvLike, keys: KvKeys): LogMethods {
  let lastTick = 0n;
  const nextTick = (): bigint => (lastTick = [lastTick + 1n, BigInt(Date.now()) * 1000n].reduce((a, b) => (a > b ? a : b)));

  const read = async (id: string): Promise<NotificationLogEntry | undefined> => {
    const { value } = await kv.get<LogRecord>(keys.log(id));
    if (value === null) return undefined;
    let raw = value.raw;
    if (raw === null) {
      const parts = await Promise.all(Array.from({ length: value.chunks }, (_, n) => kv.get<Uint8Array>(keys.logRaw(id, n))));
      raw = new Uint8Array(parts.reduce((size, part) => size + (part.value?.length ?? 0), 0));
      let offset = 0;
      for (const part of parts) {
        raw.set(part.value ?? new Uint8Array(0), offset);
        offset += part.value?.length ?? 0;
      }
    }
    const { entry } = value;
    // Entries from before the bounded log: the documented defaults (as the SQL store reads them).
    return {
      ...entry,
      raw,
      rawSize: entry.rawSize ?? raw.length,
      rawSha256: entry.rawSha256 ?? '',
      authenticity: entry.authenticity ?? legacyAuthenticity(entry),
    };
  };

  /** Deletes one entry if it still matches; true when it was deleted. */
  const prune = async (id: string, verdicts: readonly string[] | undefined): Promise<boolean> => {
    for (let attempt = 0; attempt < PRUNE_ATTEMPTS; attempt++) {
      const current = await kv.get<LogRecord>(keys.log(id));
      if (current.value === null) return false;
      const { entry, tick, chunks } = current.value;
      if (verdicts !== undefined && !verdicts.includes(entry.verdict)) return false;
      const write = () => {
        let op = kv.atomic().check({ key: keys.log(id), versionstamp: current.versionstamp }).delete(keys.log(id));
        op = op.delete(keys.logByTime(entry.receivedAt, tick, id));
        if (entry.outTradeNo !== null) op = op.delete(keys.logByOrder(entry.outTradeNo, entry.receivedAt, tick, id));
        for (let n = 0; n < chunks; n++) op = op.delete(keys.logRaw(id, n));
        return op;
      };
      if (await commit(write)) return true;
    }
    return false;
  };

  return {
    async appendLog(input) {
      const receivedAt = isoTime(input.receivedAt, 'receivedAt');
      const { raw: view, ...fields } = input;
      const raw = new Uint8Array(view); // only the view's own bytes
      const tick = nextTick();
      const inline = raw.length <= INLINE_MAX;
      const chunks = inline ? 0 : Math.ceil(raw.length / CHUNK);
      const record: LogRecord = { entry: { ...fields, receivedAt }, tick, raw: inline ? raw : null, chunks };
      const write = () => {
        let op = kv.atomic().check({ key: keys.log(input.id), versionstamp: null }).set(keys.log(input.id), record);
        op = op.set(keys.logByTime(receivedAt, tick, input.id), input.id);
        if (input.outTradeNo !== null) op = op.set(keys.logByOrder(input.outTradeNo, receivedAt, tick, input.id), input.id);
        for (let n = 0; n < chunks; n++) op = op.set(keys.logRaw(input.id, n), raw.slice(n * CHUNK, (n + 1) * CHUNK));
        return op;
      };
      if (!(await commit(write))) {
        throw takenError(`appendLog: a log entry with id ${input.id}`, 'Give every logged request a fresh id (crypto.randomUUID()).');
      }
    },

    async updateLog(id, update) {
      await compareAndSet<LogRecord>(
        kv,
        keys.log(id),
        `updateLog(${id})`,
        (current) => {
          const entry = { ...current.entry };
          for (const field of FIELDS) if (update[field] !== undefined) (entry as Record<string, unknown>)[field] = update[field];
          return { ...current, entry };
        },
        (op, { entry: before, tick }, { entry: after }) => {
          if (before.outTradeNo === after.outTradeNo) return op;
          if (before.outTradeNo !== null) op = op.delete(keys.logByOrder(before.outTradeNo, before.receivedAt, tick, id));
          return after.outTradeNo === null ? op : op.set(keys.logByOrder(after.outTradeNo, after.receivedAt, tick, id), id);
        },
      );
    },

    getLog: read,

    async listLog(filter = {}) {
      const limit = checkLimit(filter.limit);
      if (limit === 0) return [];
      const { outTradeNo } = filter;
      const prefix = outTradeNo === undefined ? keys.byTime() : keys.byOrder(outTradeNo);
      const ids: string[] = [];
      for await (const { value } of kv.list<string>({ prefix }, { reverse: true, ...(limit === undefined ? {} : { limit }) })) {
        if (value !== null) ids.push(value);
      }
      const entries = await Promise.all(ids.map(read));
      // An entry re-filed under another order between the two reads is left out.
      return entries.filter((e): e is NotificationLogEntry => e !== undefined && (outTradeNo === undefined || e.outTradeNo === outTradeNo));
    },

    async pruneLog(filter) {
      const { before, verdicts } = checkPruneFilter(filter);
      if (verdicts !== undefined && verdicts.length === 0) return 0;
      const ids: string[] = [];
      // log_time/<receivedAt>/… keys sort before [log_time, before] exactly when receivedAt < before.
      for await (const { value } of kv.list<string>({ prefix: keys.byTime(), end: [...keys.byTime(), before] })) {
        if (value !== null) ids.push(value);
      }
      let deleted = 0;
      for (const id of ids) if (await prune(id, verdicts)) deleted++;
      return deleted;
    },
  };
}
