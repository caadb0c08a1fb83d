import type { OrderRecord } from '../types.js';
import type { LogRecord } from './kv-log-record.js';
import type { EffectSlot } from './kv-read.js';

/** A map that keeps only its `max` most recently set keys. */
export class Recent<K, V> {
  readonly #entries = new Map<K, V>();
  constructor(readonly max: number) {}

  /** The value of `key`, if still kept. */
  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** Keeps `value` under `key`, dropping the oldest key beyond `max`. */
  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value as K);
  }

  /** Drops `key`. */
  delete(key: K): void {
    this.#entries.delete(key);
  }
}

/**
 * What this instance last read or wrote of one order, each record with the versionstamp it had:
 * the order (when read), and every effect of the order at that moment in slot order. A record
 * whose key still has that versionstamp still holds exactly that value, so a step may write on
 * the strength of a snapshot instead of reading again — its atomic operation checks the
 * versionstamps, and reads afresh when a check fails. Never handed out: callers get copies.
 */
export interface OrderSnapshot {
  /** The order and its versionstamp; undefined when only the effects were read. */
  order: { record: OrderRecord; versionstamp: string } | undefined;
  /** Every effect of the order, in slot order. */
  effects: EffectSlot[];
}

/**
 * The snapshots of one store instance: per order (see {@link OrderSnapshot}), the log records it
 * appended or updated (for settle), and where each effect it saw lives (effect key → order).
 * Bounded, so a busy instance only falls back to reading more often.
 */
export class Snapshots {
  /** Per order. */
  readonly orders = new Recent<string, OrderSnapshot>(1024);
  /** Per log id: the record as written and its versionstamp. */
  readonly logs = new Recent<string, { record: LogRecord; versionstamp: string }>(256);
  /** Per effect key: its order. */
  readonly owners = new Recent<string, string>(4096);

  /** Keeps the effects of `outTradeNo` (and, when given, its order), remembering their owners. */
  keep(outTradeNo: string, effects: EffectSlot[], order?: OrderSnapshot['order']): void {
    this.orders.set(outTradeNo, { order: order ?? this.orders.get(outTradeNo)?.order, effects });
    for (const { effect } of effects) this.owners.set(effect.key, outTradeNo);
  }
}
