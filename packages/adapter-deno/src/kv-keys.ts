import type { KvKey, KvKeyPart } from './kv-like.js';

/**
 * Where each record lives under the store's prefix:
 * - order/<outTradeNo> → OrderRecord
 * - effect/<outTradeNo>/<version>/<index> → EffectRecord (version of the transition that created
 *   it, then its position: listing the prefix gives creation order)
 * - effect_key/<key> → the effect's location above (for claim/complete/release by key)
 * - log/<id> → the log entry without its bytes; log_raw/<id>/<n> → the bytes, in 64 KiB chunks
 *   when they do not fit inline
 * - log_time/<receivedAt>/<tick>/<id> and log_order/<outTradeNo>/<receivedAt>/<tick>/<id> → id:
 *   newest-first listing is a reverse range read (tick: this instance's append order); pruneLog
 *   reads log_time up to its cut-off
 * - notify_id/<notifyId> → { outTradeNo, tradeNo }: the trade a notify_id was first applied to
 */
export function kvKeys(prefix: readonly KvKeyPart[]) {
  const at = (...parts: KvKeyPart[]): KvKey => [...prefix, ...parts];
  return {
    order: (outTradeNo: string) => at('order', outTradeNo),
    effectsOf: (outTradeNo: string) => at('effect', outTradeNo),
    effect: (outTradeNo: string, version: number, index: number) => at('effect', outTradeNo, version, index),
    effectKey: (key: string) => at('effect_key', key),
    log: (id: string) => at('log', id),
    logRaw: (id: string, chunk: number) => at('log_raw', id, chunk),
    byTime: () => at('log_time'),
    logByTime: (receivedAt: string, tick: bigint, id: string) => at('log_time', receivedAt, tick, id),
    byOrder: (outTradeNo: string) => at('log_order', outTradeNo),
    logByOrder: (outTradeNo: string, receivedAt: string, tick: bigint, id: string) => at('log_order', outTradeNo, receivedAt, tick, id),
    notifyId: (notifyId: string) => at('notify_id', notifyId),
  };
}

export type KvKeys = ReturnType<typeof kvKeys>;
