import { beijingDay } from './time-format.js';

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

function randomDigits(n: number): string {
  let out = '';
  for (const b of randomBytes(n * 2)) {
    if (b < 250) out += String(b % 10);
    if (out.length === n) return out;
  }
  return out + randomDigits(n - out.length);
}

/** A 16-digit trade_no like Alipay's (`2013082244524842`): the Beijing day, then 8 random digits. */
export function newTradeNo(now: number): string {
  return beijingDay(now) + randomDigits(8);
}

/** An asynchronous notify_id: 32 lowercase hex characters, as in the spec's examples (docs/internals/notifications.md#notify_id; C p23, p26). */
export function newNotifyId(): string {
  return Array.from(randomBytes(16), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A return_url notify_id: base64-like, and — as in the official return sample (docs/internals/return.md#notify_id, C p22) —
 * its `/` and `+` already percent-escaped in the value itself, so the merchant receives and signs
 * literal `%2F` / `%2B` and must send the id back to notify_verify exactly as received.
 */
export function newReturnNotifyId(): string {
  const bytes = randomBytes(45);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\//g, '%2F').replace(/\+/g, '%2B');
}
