/**
 * Times as the shop shows them: Beijing time (UTC+8, no daylight saving), `yyyy-MM-dd HH:mm:ss`,
 * like Alipay's messages and the sandbox's pages. The stores keep ISO 8601 UTC.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `2025-06-01T08:30:15.000Z` (or epoch ms, or a Date) → `2025-06-01 16:30:15`; '—' when unreadable. */
export function beijingTime(value: string | number | Date | null | undefined): string {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value));
  if (!Number.isFinite(ms)) return '—';
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
