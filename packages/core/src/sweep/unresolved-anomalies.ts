import type { EscrowStore, NotificationLogEntry } from '../store/types.js';

/**
 * The newest anomaly entry of each order received in [since, before) after which no message about
 * that order was applied; at most `max` orders. Entries that name no order are left out (a person
 * finds them with `listLog({ verdicts: ['anomaly'] })`).
 */
export async function unresolvedAnomalies(
  store: EscrowStore,
  since: string,
  before: string,
  max: number,
): Promise<NotificationLogEntry[]> {
  const entries = await store.listLog({ verdicts: ['anomaly'], since, before });
  const newest = new Map<string, NotificationLogEntry>();
  for (const entry of entries) {
    if (entry.outTradeNo !== null && !newest.has(entry.outTradeNo)) newest.set(entry.outTradeNo, entry);
  }
  const open: NotificationLogEntry[] = [];
  for (const entry of newest.values()) {
    if (open.length >= max) break;
    const applied = await store.listLog({
      outTradeNo: entry.outTradeNo!,
      verdicts: ['applied'],
      since: entry.receivedAt,
      limit: 1,
    });
    if (applied.length === 0) open.push(entry);
  }
  return open;
}
