/** Alipay writes times as `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8, no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `date` as Alipay writes it: `yyyy-MM-dd HH:mm:ss`, Beijing time. */
export function formatAlipayTime(date: Date): string {
  const d = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The instant an Alipay time stands for, or undefined when `text` is not in Alipay's format. */
export function parseAlipayTime(text: string): Date | undefined {
  const m = FORMAT.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s) - BEIJING_OFFSET_MS);
  return formatAlipayTime(date) === text ? date : undefined;
}
