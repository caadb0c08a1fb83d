import type { EscrowStore, NotificationLogEntry } from '../types.js';
import {
  checkLogListFilter,
  checkPruneFilter,
  checkReceiveInput,
  duplicateLogError,
  legacyAuthenticity,
  logEntryMatches,
} from '../kit.js';
import { commit } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike, KvEntryLike } from './kv-like.js';
import type { LogIndexValue, LogRecord, LogWrites } from './kv-log-record.js';
import { readMany, type KvListSelectorLike } from './kv-read.js';

type LogMethods = Pick<EscrowStore, 'appendLog' | 'getLog' | 'listLog' | 'pruneLog'>;

/** Entries pruneLog deletes per atomic operation (one getMany of their records). */
const PRUNE_BATCH = 10;

/** The id an index entry points to, and whether its verdict and channel are known. */
const indexed = (
  value: unknown,
): LogIndexValue | { id: string; verdict?: undefined; channel?: undefined } | undefined =>
  typeof value === 'string'
    ? { id: value }
    : value !== null && typeof value === 'object'
      ? (value as LogIndexValue)
      : undefined;

/**
 * The notification log over Deno KV: one record per entry plus two newest-first indexes whose
 * values carry the verdict and channel, so listLog filters before reading records and pruneLog
 * with verdicts reads only the entries it deletes. pruneLog deletes ten entries per atomic
 * operation, each checked against the record it read.
 */
export function kvLog(kv: DenoKvLike, keys: KvKeys, writes: LogWrites): LogMethods {
  /** The entry of a record (its raw bytes read from their chunks when not inline). */
  const toEntry = async (record: LogRecord): Promise<NotificationLogEntry> => {
    let raw = record.raw;
    if (raw === null) {
      const parts = await readMany(
        kv,
        Array.from({ length: record.chunks }, (_, n) => keys.logRaw(record.entry.id, n)),
      );
      const bytes = parts.map((part) => (part.value as Uint8Array | null) ?? new Uint8Array(0));
      raw = new Uint8Array(bytes.reduce((size, part) => size + part.length, 0));
      let offset = 0;
      for (const part of bytes) {
        raw.set(part, offset);
        offset += part.length;
      }
    }
    const { entry } = record;
    // Entries from before the bounded log: the documented defaults (as the SQL store reads them).
    return {
      ...entry,
      headers: { ...entry.headers },
      raw: new Uint8Array(raw),
      rawSize: entry.rawSize ?? raw.length,
      rawSha256: entry.rawSha256 ?? '',
      authenticity: entry.authenticity ?? legacyAuthenticity(entry),
    };
  };

  /** Reads the entries of these ids (ten per getMany, all at once); missing ones are left out. */
  const readEntries = async (ids: readonly string[]): Promise<NotificationLogEntry[]> => {
    const records = await readMany(
      kv,
      ids.map((id) => keys.log(id)),
    );
    const found = records.flatMap((r) => (r.value === null ? [] : [r.value as LogRecord]));
    return Promise.all(found.map(toEntry));
  };

  /** The index entries under `prefix` received in [since, before), newest first when `reverse`. */
  const range = (
    prefix: ReturnType<KvKeys['byTime']>,
    since: string | undefined,
    before: string | undefined,
  ): KvListSelectorLike => {
    if (since !== undefined && before !== undefined) return { start: [...prefix, since], end: [...prefix, before] };
    if (since !== undefined) return { prefix, start: [...prefix, since] };
    if (before !== undefined) return { prefix, end: [...prefix, before] };
    return { prefix };
  };

  return {
    async appendLog(entry) {
      const { receivedAt } = checkReceiveInput({ log: entry, outTradeNo: null });
      if (!(await commit(() => writes.append(kv.atomic(), entry, receivedAt!)))) throw duplicateLogError(entry.id);
    },

    async getLog(id) {
      const { value } = await kv.get<LogRecord>(keys.log(id));
      return value === null ? undefined : toEntry(value);
    },

    async listLog(filter) {
      const checked = checkLogListFilter(filter);
      const { verdicts, channels, since, before, limit } = checked;
      if (limit === 0 || verdicts?.length === 0 || channels?.length === 0) return [];
      if (since !== undefined && before !== undefined && since >= before) return [];
      const prefix = checked.outTradeNo === undefined ? keys.byTime() : keys.byOrder(checked.outTradeNo);
      const ids: string[] = [];
      // Without a verdict or channel filter every index entry is a match: read only `limit` of them.
      const filtered = verdicts !== undefined || channels !== undefined;
      const options = { reverse: true, ...(limit !== undefined && !filtered ? { limit } : {}), batchSize: 500 };
      for await (const { value } of kv.list(range(prefix, since, before), options)) {
        const index = indexed(value);
        if (index === undefined) continue;
        if (index.verdict !== undefined && verdicts !== undefined && !verdicts.includes(index.verdict)) continue;
        if (index.channel !== undefined && channels !== undefined && !channels.includes(index.channel)) continue;
        ids.push(index.id);
        if (limit !== undefined && ids.length >= limit) break;
      }
      // Read in the same order; an entry changed between the two reads is filtered by its record.
      const entries = await readEntries(ids);
      return entries.filter((entry) => logEntryMatches(entry, checked));
    },

    async pruneLog(filter) {
      const { before, verdicts } = checkPruneFilter(filter);
      if (verdicts !== undefined && verdicts.length === 0) return 0;
      const ids: string[] = [];
      // log_time/<receivedAt>/… keys sort before [log_time, before] exactly when receivedAt < before.
      for await (const { value } of kv.list(
        { prefix: keys.byTime(), end: [...keys.byTime(), before] },
        { batchSize: 500 },
      )) {
        const index = indexed(value);
        if (index === undefined) continue;
        if (index.verdict !== undefined && verdicts !== undefined && !verdicts.includes(index.verdict)) continue;
        ids.push(index.id);
      }
      let deleted = 0;
      for (let i = 0; i < ids.length; i += PRUNE_BATCH)
        deleted += await pruneBatch(ids.slice(i, i + PRUNE_BATCH), before, verdicts);
      return deleted;
    },
  };

  /**
   * Deletes the entries of `ids` that still match, in one atomic operation checked against the
   * records read; when one changed in between (a settle), the batch is read and tried again.
   */
  async function pruneBatch(
    ids: readonly string[],
    before: string,
    verdicts: readonly string[] | undefined,
  ): Promise<number> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const read = (await readMany(
        kv,
        ids.map((id) => keys.log(id)),
      )) as KvEntryLike<LogRecord>[];
      const doomed = read.filter(
        (r): r is KvEntryLike<LogRecord> & { value: LogRecord; versionstamp: string } =>
          r.value !== null &&
          r.versionstamp !== null &&
          r.value.entry.receivedAt < before &&
          (verdicts === undefined || verdicts.includes(r.value.entry.verdict)),
      );
      if (doomed.length === 0) return 0;
      if (await commit(() => doomed.reduce((op, r) => writes.remove(op, r.value, r.versionstamp), kv.atomic())))
        return doomed.length;
    }
    return 0;
  }
}
