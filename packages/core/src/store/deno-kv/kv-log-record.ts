import type { LogChannel, LogVerdict, NotificationLogEntry } from '../types.js';
import type { LogUpdate } from '../kit.js';
import { applyLogUpdate } from '../kit.js';
import type { KvKeys } from './kv-keys.js';
import type { KvAtomicLike } from './kv-like.js';

/** Deno KV values hold at most 64 KiB: bigger bodies go to their own keys, in chunks. */
const CHUNK = 65_536;
const INLINE_MAX = 16_384;

/** How a log entry is stored at log/<id>. */
export interface LogRecord {
  /** Records written before rawSize, rawSha256 and authenticity existed lack them (see kv-log.ts). */
  entry: Omit<NotificationLogEntry, 'raw'>;
  /** This store instance's append order, the tie-break between equal times. */
  tick: bigint;
  /** The bytes, when small; otherwise `chunks` keys log_raw/<id>/<n>. */
  raw: Uint8Array | null;
  /** How many log_raw chunks hold the bytes (0 when inline). */
  chunks: number;
}

/**
 * What the time and order indexes hold: enough to filter by verdict and channel without reading
 * the record. (A plain id string in indexes written before the filter existed.)
 */
export interface LogIndexValue {
  /** The entry's id. */
  id: string;
  /** Its verdict, kept equal to the record's by every write. */
  verdict: LogVerdict;
  /** Its channel. */
  channel: LogChannel;
}

const indexValue = (entry: LogRecord['entry']): LogIndexValue => ({
  id: entry.id,
  verdict: entry.verdict,
  channel: entry.channel,
});

/** Builds the writes of appending and updating log entries; `nextTick` orders this instance's appends. */
export function logWrites(keys: KvKeys) {
  let lastTick = 0n;
  const nextTick = (): bigint => {
    const now = BigInt(Date.now()) * 1000n;
    lastTick = now > lastTick ? now : lastTick + 1n;
    return lastTick;
  };

  return {
    /**
     * Adds to `op` the append of `input` (receivedAt already canonical): a check that its id is
     * free, the record, both indexes and the raw chunks. `written` is told the record.
     */
    append(
      op: KvAtomicLike,
      input: NotificationLogEntry,
      receivedAt: string,
      written?: (record: LogRecord) => void,
    ): KvAtomicLike {
      const { raw: view, ...fields } = input;
      const raw = new Uint8Array(view); // only the view's own bytes
      const tick = nextTick();
      const inline = raw.length <= INLINE_MAX;
      const chunks = inline ? 0 : Math.ceil(raw.length / CHUNK);
      const entry = { ...fields, headers: { ...fields.headers }, receivedAt };
      const record: LogRecord = { entry, tick, raw: inline ? raw : null, chunks };
      written?.(record);
      let out = op.check({ key: keys.log(input.id), versionstamp: null }).set(keys.log(input.id), record);
      out = out.set(keys.logByTime(receivedAt, tick, input.id), indexValue(entry));
      if (input.outTradeNo !== null)
        out = out.set(keys.logByOrder(input.outTradeNo, receivedAt, tick, input.id), indexValue(entry));
      for (let n = 0; n < chunks; n++) out = out.set(keys.logRaw(input.id, n), raw.slice(n * CHUNK, (n + 1) * CHUNK));
      return out;
    },

    /**
     * Adds to `op` the update of a stored record read at `versionstamp`: a check that it did not
     * change since, the new record, and both indexes (moved to the new order when outTradeNo
     * changes, their verdict kept equal to the record's). `written` is told the new record.
     */
    update(
      op: KvAtomicLike,
      current: LogRecord,
      versionstamp: string,
      update: LogUpdate,
      written?: (record: LogRecord) => void,
    ): KvAtomicLike {
      const { id, receivedAt } = current.entry;
      const entry = { ...current.entry };
      applyLogUpdate(entry as NotificationLogEntry, update);
      const { tick } = current;
      const record: LogRecord = { ...current, entry };
      written?.(record);
      let out = op.check({ key: keys.log(id), versionstamp }).set(keys.log(id), record);
      out = out.set(keys.logByTime(receivedAt, tick, id), indexValue(entry));
      const before = current.entry.outTradeNo;
      if (before !== null && before !== entry.outTradeNo)
        out = out.delete(keys.logByOrder(before, receivedAt, tick, id));
      if (entry.outTradeNo !== null)
        out = out.set(keys.logByOrder(entry.outTradeNo, receivedAt, tick, id), indexValue(entry));
      return out;
    },

    /** Adds to `op` the deletion of a record read at `versionstamp`, its indexes and chunks. */
    remove(op: KvAtomicLike, current: LogRecord, versionstamp: string): KvAtomicLike {
      const { id, receivedAt, outTradeNo } = current.entry;
      let out = op.check({ key: keys.log(id), versionstamp }).delete(keys.log(id));
      out = out.delete(keys.logByTime(receivedAt, current.tick, id));
      if (outTradeNo !== null) out = out.delete(keys.logByOrder(outTradeNo, receivedAt, current.tick, id));
      for (let n = 0; n < current.chunks; n++) out = out.delete(keys.logRaw(id, n));
      return out;
    },
  };
}

/** The writes of {@link logWrites}. */
export type LogWrites = ReturnType<typeof logWrites>;
