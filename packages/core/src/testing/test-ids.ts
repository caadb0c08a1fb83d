import { base64Encode } from '../crypto/base64.js';
import { bytesToHex } from '../crypto/hex.js';
import { md5Hex } from '../crypto/md5.js';

function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

/** An asynchronous notification's notify_id: 32 lower-case hex characters, like the spec's examples. */
export function randomNotifyId(): string {
  return bytesToHex(randomBytes(16));
}

/** A return_url notify_id: a longer base64-like string (with `+` and `/`), like the spec's examples. */
export function randomReturnNotifyId(): string {
  return base64Encode(randomBytes(48));
}

/**
 * A 16-digit Alipay trade number derived from the merchant's out_trade_no, so every test
 * notification for one order carries the same trade_no unless the test says otherwise.
 */
export function testTradeNo(outTradeNo: string): string {
  const hex = md5Hex(new TextEncoder().encode(outTradeNo));
  let digits = '20';
  for (let i = 0; digits.length < 16; i++) digits += String(parseInt(hex[i]!, 16) % 10);
  return digits;
}
