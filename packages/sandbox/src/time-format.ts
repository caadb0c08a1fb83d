/** Alipay writes times as `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8, no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Epoch milliseconds → `2013-08-22 14:45:18` (Beijing time), as in notifications and replies. */
export function beijingTime(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Epoch milliseconds → the Beijing calendar day as `yyyyMMdd` (the first digits of a trade_no). */
export function beijingDay(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

/** Epoch milliseconds → ISO 8601 UTC, for the test API. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
