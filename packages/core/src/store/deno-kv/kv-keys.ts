import type { KvKey, KvKeyPart } from './kv-like.js';

/**
 * Where each record lives under the store's prefix:
 * - order/<outTradeNo> → OrderRecord
 * - order_age/<phase>/<updatedAt>/<outTradeNo> → a copy of the order, written in the same atomic
 *   operations as the order: listOrders reads it by phase, oldest first, without a second read
 * - effect/<outTradeNo>/<n> → EffectRecord, n = 0, 1, 2… in creation order (slots are filled in
 *   order and never emptied, so the first empty slot ends the list and a step can read the order
 *   and its first effects in one getMany)
 * - effect_key/<key> → [outTradeNo, n]: the effect's slot, and what keeps effect keys unique
 * - log/<id> → the log entry without its bytes; log_raw/<id>/<n> → the bytes, in 64 KiB chunks
 *   when they do not fit inline
 * - log_time/<receivedAt>/<tick>/<id> and log_order/<outTradeNo>/<receivedAt>/<tick>/<id> →
 *   { id, verdict, channel }: newest-first listing is a reverse range read (tick: this instance's
 *   append order), filtered by verdict and channel before any record is read
 * - notify_id/<notifyId> → { outTradeNo, tradeNo }: the trade a notify_id was first applied to
 * - attention/<outTradeNo>/<reason>/<version> → when sweep marked it
 */
export function kvKeys(prefix: readonly KvKeyPart[]) {
  const at = (...parts: KvKeyPart[]): KvKey => [...prefix, ...parts];
  return {
    order: (outTradeNo: string) => at('order', outTradeNo),
    ordersIn: (phase: string) => at('order_age', phase),
    orderAge: (phase: string, updatedAt: string, outTradeNo: string) => at('order_age', phase, updatedAt, outTradeNo),
    effectsOf: (outTradeNo: string) => at('effect', outTradeNo),
    effect: (outTradeNo: string, slot: number) => at('effect', outTradeNo, slot),
    effectKey: (key: string) => at('effect_key', key),
    log: (id: string) => at('log', id),
    logRaw: (id: string, chunk: number) => at('log_raw', id, chunk),
    byTime: () => at('log_time'),
    logByTime: (receivedAt: string, tick: bigint, id: string) => at('log_time', receivedAt, tick, id),
    byOrder: (outTradeNo: string) => at('log_order', outTradeNo),
    logByOrder: (outTradeNo: string, receivedAt: string, tick: bigint, id: string) =>
      at('log_order', outTradeNo, receivedAt, tick, id),
    notifyId: (notifyId: string) => at('notify_id', notifyId),
    attention: (outTradeNo: string, reason: string, version: number) => at('attention', outTradeNo, reason, version),
  };
}

/** The keys of one store (see {@link kvKeys}). */
export type KvKeys = ReturnType<typeof kvKeys>;
