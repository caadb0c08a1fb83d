/**
 * Lower-case hex encoding of bytes, and decoding back. Plain JS, no globals, so it runs the same
 * on Node, workerd and Deno.
 */

/** `BYTE_HEX[n]` is the two lower-case hex digits of the byte `n` (0..255). */
export const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, n) => n.toString(16).padStart(2, '0'));

/** Lower-case hex of `bytes`, two characters per byte. */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += BYTE_HEX[bytes[i]!]!;
  return out;
}

/** Value of one hex digit character code, or -1 when it is not 0-9, a-f or A-F. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/**
 * Bytes of a hex string (either case). Returns `undefined` when `hex` has an odd length or holds
 * anything other than hex digits (no whitespace, no `0x` prefix).
 */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(hex.charCodeAt(2 * i));
    const lo = hexDigit(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = (hi << 4) | lo;
  }
  return out;
}
