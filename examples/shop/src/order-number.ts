/**
 * The shop's order numbers (out_trade_no): `SHOP`, the time to the second, a tag drawn at random
 * once per process, and a per-process counter, all in [0-9A-Z]; 28 characters while the counter
 * stays under 36^5 (60 million orders), well within out_trade_no's 64.
 *
 * Unique by construction within a process: the counter never repeats, whatever the clock does
 * (two orders in the same second, or a clock set back). Two processes on the same database (a
 * restart in the same second) differ by their random tags; the database's primary key on
 * out_trade_no (shop-db.ts) refuses the rest.
 */
import { randomInt } from 'node:crypto';

const TAG_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const PROCESS_TAG = Array.from({ length: 4 }, () => TAG_CHARS[randomInt(0, TAG_CHARS.length)]).join('');
let counter = 0;

/** `SHOP20250101120000K7Q200001`: readable from left to right as shop, when, which process, which order. */
export function newOutTradeNo(now: Date = new Date()): string {
  counter += 1;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `SHOP${stamp}${PROCESS_TAG}${counter.toString(36).toUpperCase().padStart(5, '0')}`;
}
