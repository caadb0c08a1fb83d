import type { EscrowStore, NotificationLogEntry } from '@alipay-escrow/core';
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
  entry: Omit<NotificationLogEntry, 'raw'>;
  /** This store instance's append order, the tie-break between equal times. */
  tick: bigint;
  /** The bytes, when small; otherwise `chunks` keys log_raw/<id>/<n>. */
  raw: Uint8Array | null;
  chunks: number;
}

type LogMethods = Pick<EscrowStore, 'appendLog' | 'updateLog' | 'getLog' | 'listLog'>;

/** The notification log over Deno KV: one record per entry plus two newest-first indexes. */
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
    return { ...value.entry, raw };
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
  };
}
