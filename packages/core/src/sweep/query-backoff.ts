import type { EscrowStore, OrderRecord } from '../store/types.js';

/**
 * Asking the gateway again and again about an order that stays stuck costs a query and a log
 * entry each run. So a stuck order is asked about once each time its age doubles: when it passes
 * the limit, at twice the limit, four times… (a mark per step, in the same table as the reports,
 * so every instance shares it). Resolves to the mark taken, or null when this step was asked already.
 */
export async function takeQueryTurn(
  store: EscrowStore,
  order: OrderRecord,
  reason: string,
  limitMs: number,
  now: number,
): Promise<{ outTradeNo: string; reason: string; version: number } | null> {
  const age = now - Date.parse(order.updatedAt);
  const step = Math.max(0, Math.floor(Math.log2(Math.max(1, age / limitMs))));
  const mark = { outTradeNo: order.outTradeNo, reason: `${reason}:asked:${step}`, version: order.version };
  return (await store.markAttention({ ...mark, at: new Date(now).toISOString() })) ? mark : null;
}
