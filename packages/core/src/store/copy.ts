import type { EffectRecord, NotificationLogEntry, OrderRecord } from './types.js';

// Deep copies, so a caller can never reach a store's internal objects (nor change a record it
// stored by mutating what it passed in). Raw bytes always come back as a plain Uint8Array of
// exactly their length, whatever view (a Node Buffer, a subarray) went in.

/** A deep copy of an order (`payable` and `shipping` copied too). */
export function copyOrder(order: OrderRecord): OrderRecord {
  return { ...order, payable: [...order.payable], shipping: order.shipping === null ? null : { ...order.shipping } };
}

/** A copy of an effect record. */
export function copyEffect(effect: EffectRecord): EffectRecord {
  return { ...effect };
}

/**
 * A copy of a log entry: `raw` becomes a plain `Uint8Array` of exactly its length (whatever view
 * went in), `headers` a new object.
 */
export function copyLogEntry(entry: NotificationLogEntry): NotificationLogEntry {
  return { ...entry, raw: new Uint8Array(entry.raw), headers: { ...entry.headers } };
}
