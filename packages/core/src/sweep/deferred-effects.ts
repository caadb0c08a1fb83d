import type { EscrowStore } from '../store/types.js';

/**
 * Orders a tool with `deferEffects` (the CLI's replay and reconcile) left effects for, in
 * [since, now): found by their reconcile and replay log entries with code EFFECTS_DEFERRED — few,
 * since only operators write them. At most `max` orders, newest first.
 */
export async function deferredEffectOrders(store: EscrowStore, since: string, max: number): Promise<string[]> {
  const entries = await store.listLog({ channels: ['reconcile', 'replay'], since });
  const orders: string[] = [];
  for (const entry of entries) {
    if (orders.length >= max) break;
    if (entry.code === 'EFFECTS_DEFERRED' && entry.outTradeNo !== null && !orders.includes(entry.outTradeNo))
      orders.push(entry.outTradeNo);
  }
  return orders;
}
