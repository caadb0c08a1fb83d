import type { EffectRecord } from '../types.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike, KvEntryLike, KvKey } from './kv-like.js';

/** The most keys one `getMany` reads (Deno KV's limit). */
export const GET_MANY_MAX = 10;

/** Reads any number of keys: one getMany per 10, all sent at once; entries in the order given. */
export async function readMany(kv: DenoKvLike, keys: readonly KvKey[]): Promise<KvEntryLike<unknown>[]> {
  if (keys.length === 0) return [];
  const batches: KvKey[][] = [];
  for (let i = 0; i < keys.length; i += GET_MANY_MAX) batches.push(keys.slice(i, i + GET_MANY_MAX));
  const read = await Promise.all(batches.map((batch) => kv.getMany<unknown[]>(batch)));
  return read.flat();
}

/** An effect as read, with where it is and the versionstamp a write must check. */
export interface EffectSlot {
  /** Its position among the order's effects (creation order). */
  slot: number;
  /** The record. */
  effect: EffectRecord;
  /** Its version, for `check`. */
  versionstamp: string;
}

/** What {@link readWithEffects} read: the extra keys' entries, then every effect of the order. */
export interface ReadWithEffects {
  /** The entries of `extra`, in order. */
  extra: KvEntryLike<unknown>[];
  /** The order's effects in creation order. */
  effects: EffectSlot[];
}

/**
 * Reads `extra` keys and every effect of the order in ONE getMany when the order has fewer
 * effects than the slots left beside `extra` (10 − extra); an order with more takes one more
 * getMany per 10 effects. Effects fill slots 0, 1, 2… and are never deleted, so the first empty
 * slot ends the list.
 */
export async function readWithEffects(
  kv: DenoKvLike,
  keys: KvKeys,
  outTradeNo: string,
  extra: readonly KvKey[],
): Promise<ReadWithEffects> {
  const first = GET_MANY_MAX - extra.length;
  const slotKeys = (from: number, count: number): KvKey[] =>
    Array.from({ length: count }, (_, i) => keys.effect(outTradeNo, from + i));
  const read = await kv.getMany<unknown[]>([...extra, ...slotKeys(0, first)]);
  const effects: EffectSlot[] = [];
  let batch = read.slice(extra.length);
  let from = 0;
  for (;;) {
    for (const entry of batch) {
      if (entry.versionstamp === null || entry.value === null) return { extra: read.slice(0, extra.length), effects };
      effects.push({ slot: effects.length, effect: entry.value as EffectRecord, versionstamp: entry.versionstamp });
    }
    from += batch.length;
    batch = await kv.getMany<unknown[]>(slotKeys(from, GET_MANY_MAX));
  }
}

/** What {@link DenoKvLike.list} selects (Deno.KvListSelector). */
export type KvListSelectorLike = Parameters<DenoKvLike['list']>[0];
