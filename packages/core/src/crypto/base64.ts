/**
 * Standard base64 (RFC 4648 §4: `A-Z a-z 0-9 + /`, `=` padding) over bytes. Plain JS, so it runs
 * the same on Node, workerd and Deno, and is stricter than `atob` (which skips whitespace and
 * accepts missing padding): a signature must be exactly what a standard encoder writes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `DECODE[charCode]` is the 6-bit value of an alphabet character, or -1. */
const DECODE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** The alphabet as character codes, and a decoder that turns those (ASCII) codes back into text. */
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const ASCII = new TextDecoder();

/**
 * Base64 of `bytes`, standard alphabet, padded with `=`. Written as character codes into one
 * buffer, then decoded once: a flat string, not hundreds of short ones joined (the notification
 * log encodes every raw body).
 */
export function base64Encode(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const full = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < full; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = CODES[(n >> 6) & 63]!;
    out[o++] = CODES[n & 63]!;
  }
  const rest = bytes.length - full;
  if (rest > 0) {
    const n = (bytes[full]! << 16) | (rest === 2 ? bytes[full + 1]! << 8 : 0);
    out[o++] = CODES[n >> 18]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = rest === 2 ? CODES[(n >> 6) & 63]! : 61; // '='
    out[o++] = 61;
  }
  return ASCII.decode(out);
}

function sextet(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? DECODE[c]! : -1;
}

/**
 * Bytes of a standard, padded base64 string, or `undefined` when it is not one: a length that is
 * not a multiple of 4, a character outside the alphabet (whitespace included), misplaced `=`, or
 * non-zero bits in the last character's unused part (so each byte string has one encoding).
 */
export function base64Decode(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  let pad = 0;
  if (text.endsWith('==')) pad = 2;
  else if (text.endsWith('=')) pad = 1;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  const fullEnd = pad === 0 ? text.length : text.length - 4;
  let o = 0;
  for (let i = 0; i < fullEnd; i += 4) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = sextet(text, i + 2);
    const d = sextet(text, i + 3);
    if ((a | b | c | d) < 0) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (pad > 0) {
    const a = sextet(text, fullEnd);
    const b = sextet(text, fullEnd + 1);
    if ((a | b) < 0) return undefined;
    if (pad === 2) {
      if ((b & 15) !== 0) return undefined;
      out[o] = (a << 2) | (b >> 4);
    } else {
      const c = sextet(text, fullEnd + 2);
      if (c < 0 || (c & 3) !== 0) return undefined;
      out[o++] = (a << 2) | (b >> 4);
      out[o] = ((b & 15) << 4) | (c >> 2);
    }
  }
  return out;
}
