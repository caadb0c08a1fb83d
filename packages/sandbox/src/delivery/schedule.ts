/**
 * When Alipay (re)delivers a notification that was not answered `success`: 8 deliveries, the
 * intervals 2m, 10m, 10m, 1h, 2h, 6h, 15h between them (docs/internals/notifications.md#retries: C p27 item 7; 24 h 22 min in all).
 */
export const RETRY_INTERVALS_SECONDS: readonly number[] = [
  2 * 60,
  10 * 60,
  10 * 60,
  60 * 60,
  2 * 60 * 60,
  6 * 60 * 60,
  15 * 60 * 60,
];

/** Deliveries of one notification at most. */
export const MAX_DELIVERIES = RETRY_INTERVALS_SECONDS.length + 1;

/** Seconds from the first delivery to delivery `n` (1-based): 0, 120, 720, 1320, 4920, … 87720. */
export function deliveryOffsetSeconds(n: number): number {
  let total = 0;
  for (let i = 0; i < n - 1; i++) total += RETRY_INTERVALS_SECONDS[i]!;
  return total;
}
