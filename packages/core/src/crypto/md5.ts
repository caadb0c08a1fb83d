/**
 * MD5 (RFC 1321) in plain TypeScript over bytes. Web-safe: no dependency, no `node:` import,
 * no globals beyond standard JS, so the same code runs on Node, workerd and Deno (WebCrypto has
 * no MD5 on Node or Deno).
 *
 * Written for speed on short inputs such as a pre-sign string (a few hundred bytes): the 64 steps
 * are unrolled with int32 arithmetic, message words are read little-endian straight from the
 * input, the padding goes into a reused 128-byte buffer instead of a padded copy of the input,
 * and `md5Hex` builds its string from a 256-entry table without an intermediate byte array.
 *
 * The module-level scratch buffers are safe to share: every call runs to completion
 * synchronously, so no two calls can interleave.
 */
import { BYTE_HEX } from './hex.js';

/** Chaining variables A, B, C, D; set by `digestInto`, read right after by the caller. */
const state = new Int32Array(4);

/** The input's last partial block followed by padding: one block, or two when the length field does not fit. */
const tail = new Uint8Array(128);

/** Runs the MD5 compression function over the 64-byte blocks of `m` in `[start, end)`. */
function processBlocks(m: Uint8Array, start: number, end: number): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let o = start; o < end; o += 64) {
    const x0 = m[o]! | (m[o + 1]! << 8) | (m[o + 2]! << 16) | (m[o + 3]! << 24);
    const x1 = m[o + 4]! | (m[o + 5]! << 8) | (m[o + 6]! << 16) | (m[o + 7]! << 24);
    const x2 = m[o + 8]! | (m[o + 9]! << 8) | (m[o + 10]! << 16) | (m[o + 11]! << 24);
    const x3 = m[o + 12]! | (m[o + 13]! << 8) | (m[o + 14]! << 16) | (m[o + 15]! << 24);
    const x4 = m[o + 16]! | (m[o + 17]! << 8) | (m[o + 18]! << 16) | (m[o + 19]! << 24);
    const x5 = m[o + 20]! | (m[o + 21]! << 8) | (m[o + 22]! << 16) | (m[o + 23]! << 24);
    const x6 = m[o + 24]! | (m[o + 25]! << 8) | (m[o + 26]! << 16) | (m[o + 27]! << 24);
    const x7 = m[o + 28]! | (m[o + 29]! << 8) | (m[o + 30]! << 16) | (m[o + 31]! << 24);
    const x8 = m[o + 32]! | (m[o + 33]! << 8) | (m[o + 34]! << 16) | (m[o + 35]! << 24);
    const x9 = m[o + 36]! | (m[o + 37]! << 8) | (m[o + 38]! << 16) | (m[o + 39]! << 24);
    const x10 = m[o + 40]! | (m[o + 41]! << 8) | (m[o + 42]! << 16) | (m[o + 43]! << 24);
    const x11 = m[o + 44]! | (m[o + 45]! << 8) | (m[o + 46]! << 16) | (m[o + 47]! << 24);
    const x12 = m[o + 48]! | (m[o + 49]! << 8) | (m[o + 50]! << 16) | (m[o + 51]! << 24);
    const x13 = m[o + 52]! | (m[o + 53]! << 8) | (m[o + 54]! << 16) | (m[o + 55]! << 24);
    const x14 = m[o + 56]! | (m[o + 57]! << 8) | (m[o + 58]! << 16) | (m[o + 59]! << 24);
    const x15 = m[o + 60]! | (m[o + 61]! << 8) | (m[o + 62]! << 16) | (m[o + 63]! << 24);
    const aa = a;
    const bb = b;
    const cc = c;
    const dd = d;
    // The 64 steps of RFC 1321 §3.4. F and G are written in the equivalent forms
    // d ^ (b & (c ^ d)) and c ^ (d & (b ^ c)); each constant is floor(|sin(i + 1)| * 2^32) as int32.
    // round 1
    a = (a + (d ^ (b & (c ^ d))) + x0 - 680876936) | 0;
    a = (((a << 7) | (a >>> 25)) + b) | 0;
    d = (d + (c ^ (a & (b ^ c))) + x1 - 389564586) | 0;
    d = (((d << 12) | (d >>> 20)) + a) | 0;
    c = (c + (b ^ (d & (a ^ b))) + x2 + 606105819) | 0;
    c = (((c << 17) | (c >>> 15)) + d) | 0;
    b = (b + (a ^ (c & (d ^ a))) + x3 - 1044525330) | 0;
    b = (((b << 22) | (b >>> 10)) + c) | 0;
    a = (a + (d ^ (b & (c ^ d))) + x4 - 176418897) | 0;
    a = (((a << 7) | (a >>> 25)) + b) | 0;
    d = (d + (c ^ (a & (b ^ c))) + x5 + 1200080426) | 0;
    d = (((d << 12) | (d >>> 20)) + a) | 0;
    c = (c + (b ^ (d & (a ^ b))) + x6 - 1473231341) | 0;
    c = (((c << 17) | (c >>> 15)) + d) | 0;
    b = (b + (a ^ (c & (d ^ a))) + x7 - 45705983) | 0;
    b = (((b << 22) | (b >>> 10)) + c) | 0;
    a = (a + (d ^ (b & (c ^ d))) + x8 + 1770035416) | 0;
    a = (((a << 7) | (a >>> 25)) + b) | 0;
    d = (d + (c ^ (a & (b ^ c))) + x9 - 1958414417) | 0;
    d = (((d << 12) | (d >>> 20)) + a) | 0;
    c = (c + (b ^ (d & (a ^ b))) + x10 - 42063) | 0;
    c = (((c << 17) | (c >>> 15)) + d) | 0;
    b = (b + (a ^ (c & (d ^ a))) + x11 - 1990404162) | 0;
    b = (((b << 22) | (b >>> 10)) + c) | 0;
    a = (a + (d ^ (b & (c ^ d))) + x12 + 1804603682) | 0;
    a = (((a << 7) | (a >>> 25)) + b) | 0;
    d = (d + (c ^ (a & (b ^ c))) + x13 - 40341101) | 0;
    d = (((d << 12) | (d >>> 20)) + a) | 0;
    c = (c + (b ^ (d & (a ^ b))) + x14 - 1502002290) | 0;
    c = (((c << 17) | (c >>> 15)) + d) | 0;
    b = (b + (a ^ (c & (d ^ a))) + x15 + 1236535329) | 0;
    b = (((b << 22) | (b >>> 10)) + c) | 0;
    // round 2
    a = (a + (c ^ (d & (b ^ c))) + x1 - 165796510) | 0;
    a = (((a << 5) | (a >>> 27)) + b) | 0;
    d = (d + (b ^ (c & (a ^ b))) + x6 - 1069501632) | 0;
    d = (((d << 9) | (d >>> 23)) + a) | 0;
    c = (c + (a ^ (b & (d ^ a))) + x11 + 643717713) | 0;
    c = (((c << 14) | (c >>> 18)) + d) | 0;
    b = (b + (d ^ (a & (c ^ d))) + x0 - 373897302) | 0;
    b = (((b << 20) | (b >>> 12)) + c) | 0;
    a = (a + (c ^ (d & (b ^ c))) + x5 - 701558691) | 0;
    a = (((a << 5) | (a >>> 27)) + b) | 0;
    d = (d + (b ^ (c & (a ^ b))) + x10 + 38016083) | 0;
    d = (((d << 9) | (d >>> 23)) + a) | 0;
    c = (c + (a ^ (b & (d ^ a))) + x15 - 660478335) | 0;
    c = (((c << 14) | (c >>> 18)) + d) | 0;
    b = (b + (d ^ (a & (c ^ d))) + x4 - 405537848) | 0;
    b = (((b << 20) | (b >>> 12)) + c) | 0;
    a = (a + (c ^ (d & (b ^ c))) + x9 + 568446438) | 0;
    a = (((a << 5) | (a >>> 27)) + b) | 0;
    d = (d + (b ^ (c & (a ^ b))) + x14 - 1019803690) | 0;
    d = (((d << 9) | (d >>> 23)) + a) | 0;
    c = (c + (a ^ (b & (d ^ a))) + x3 - 187363961) | 0;
    c = (((c << 14) | (c >>> 18)) + d) | 0;
    b = (b + (d ^ (a & (c ^ d))) + x8 + 1163531501) | 0;
    b = (((b << 20) | (b >>> 12)) + c) | 0;
    a = (a + (c ^ (d & (b ^ c))) + x13 - 1444681467) | 0;
    a = (((a << 5) | (a >>> 27)) + b) | 0;
    d = (d + (b ^ (c & (a ^ b))) + x2 - 51403784) | 0;
    d = (((d << 9) | (d >>> 23)) + a) | 0;
    c = (c + (a ^ (b & (d ^ a))) + x7 + 1735328473) | 0;
    c = (((c << 14) | (c >>> 18)) + d) | 0;
    b = (b + (d ^ (a & (c ^ d))) + x12 - 1926607734) | 0;
    b = (((b << 20) | (b >>> 12)) + c) | 0;
    // round 3
    a = (a + (b ^ c ^ d) + x5 - 378558) | 0;
    a = (((a << 4) | (a >>> 28)) + b) | 0;
    d = (d + (a ^ b ^ c) + x8 - 2022574463) | 0;
    d = (((d << 11) | (d >>> 21)) + a) | 0;
    c = (c + (d ^ a ^ b) + x11 + 1839030562) | 0;
    c = (((c << 16) | (c >>> 16)) + d) | 0;
    b = (b + (c ^ d ^ a) + x14 - 35309556) | 0;
    b = (((b << 23) | (b >>> 9)) + c) | 0;
    a = (a + (b ^ c ^ d) + x1 - 1530992060) | 0;
    a = (((a << 4) | (a >>> 28)) + b) | 0;
    d = (d + (a ^ b ^ c) + x4 + 1272893353) | 0;
    d = (((d << 11) | (d >>> 21)) + a) | 0;
    c = (c + (d ^ a ^ b) + x7 - 155497632) | 0;
    c = (((c << 16) | (c >>> 16)) + d) | 0;
    b = (b + (c ^ d ^ a) + x10 - 1094730640) | 0;
    b = (((b << 23) | (b >>> 9)) + c) | 0;
    a = (a + (b ^ c ^ d) + x13 + 681279174) | 0;
    a = (((a << 4) | (a >>> 28)) + b) | 0;
    d = (d + (a ^ b ^ c) + x0 - 358537222) | 0;
    d = (((d << 11) | (d >>> 21)) + a) | 0;
    c = (c + (d ^ a ^ b) + x3 - 722521979) | 0;
    c = (((c << 16) | (c >>> 16)) + d) | 0;
    b = (b + (c ^ d ^ a) + x6 + 76029189) | 0;
    b = (((b << 23) | (b >>> 9)) + c) | 0;
    a = (a + (b ^ c ^ d) + x9 - 640364487) | 0;
    a = (((a << 4) | (a >>> 28)) + b) | 0;
    d = (d + (a ^ b ^ c) + x12 - 421815835) | 0;
    d = (((d << 11) | (d >>> 21)) + a) | 0;
    c = (c + (d ^ a ^ b) + x15 + 530742520) | 0;
    c = (((c << 16) | (c >>> 16)) + d) | 0;
    b = (b + (c ^ d ^ a) + x2 - 995338651) | 0;
    b = (((b << 23) | (b >>> 9)) + c) | 0;
    // round 4
    a = (a + (c ^ (b | ~d)) + x0 - 198630844) | 0;
    a = (((a << 6) | (a >>> 26)) + b) | 0;
    d = (d + (b ^ (a | ~c)) + x7 + 1126891415) | 0;
    d = (((d << 10) | (d >>> 22)) + a) | 0;
    c = (c + (a ^ (d | ~b)) + x14 - 1416354905) | 0;
    c = (((c << 15) | (c >>> 17)) + d) | 0;
    b = (b + (d ^ (c | ~a)) + x5 - 57434055) | 0;
    b = (((b << 21) | (b >>> 11)) + c) | 0;
    a = (a + (c ^ (b | ~d)) + x12 + 1700485571) | 0;
    a = (((a << 6) | (a >>> 26)) + b) | 0;
    d = (d + (b ^ (a | ~c)) + x3 - 1894986606) | 0;
    d = (((d << 10) | (d >>> 22)) + a) | 0;
    c = (c + (a ^ (d | ~b)) + x10 - 1051523) | 0;
    c = (((c << 15) | (c >>> 17)) + d) | 0;
    b = (b + (d ^ (c | ~a)) + x1 - 2054922799) | 0;
    b = (((b << 21) | (b >>> 11)) + c) | 0;
    a = (a + (c ^ (b | ~d)) + x8 + 1873313359) | 0;
    a = (((a << 6) | (a >>> 26)) + b) | 0;
    d = (d + (b ^ (a | ~c)) + x15 - 30611744) | 0;
    d = (((d << 10) | (d >>> 22)) + a) | 0;
    c = (c + (a ^ (d | ~b)) + x6 - 1560198380) | 0;
    c = (((c << 15) | (c >>> 17)) + d) | 0;
    b = (b + (d ^ (c | ~a)) + x13 + 1309151649) | 0;
    b = (((b << 21) | (b >>> 11)) + c) | 0;
    a = (a + (c ^ (b | ~d)) + x4 - 145523070) | 0;
    a = (((a << 6) | (a >>> 26)) + b) | 0;
    d = (d + (b ^ (a | ~c)) + x11 - 1120210379) | 0;
    d = (((d << 10) | (d >>> 22)) + a) | 0;
    c = (c + (a ^ (d | ~b)) + x2 + 718787259) | 0;
    c = (((c << 15) | (c >>> 17)) + d) | 0;
    b = (b + (d ^ (c | ~a)) + x9 - 343485551) | 0;
    b = (((b << 21) | (b >>> 11)) + c) | 0;
    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}

/** Computes the digest of `data` into `state`. */
function digestInto(data: Uint8Array): void {
  state[0] = 0x67452301;
  state[1] = 0xefcdab89 | 0;
  state[2] = 0x98badcfe | 0;
  state[3] = 0x10325476;

  const length = data.length;
  const rest = length % 64;
  const whole = length - rest;
  processBlocks(data, 0, whole);

  // Padding (RFC 1321 §3.1-3.2): a 1 bit, zeros up to 56 mod 64, then the bit length as 64-bit LE.
  for (let i = 0; i < rest; i++) tail[i] = data[whole + i]!;
  tail[rest] = 0x80;
  const tailLength = rest < 56 ? 64 : 128;
  tail.fill(0, rest + 1, tailLength - 8);
  const bitsLow = (length * 8) >>> 0;
  const bitsHigh = Math.floor(length / 0x20000000) >>> 0;
  tail[tailLength - 8] = bitsLow;
  tail[tailLength - 7] = bitsLow >>> 8;
  tail[tailLength - 6] = bitsLow >>> 16;
  tail[tailLength - 5] = bitsLow >>> 24;
  tail[tailLength - 4] = bitsHigh;
  tail[tailLength - 3] = bitsHigh >>> 8;
  tail[tailLength - 2] = bitsHigh >>> 16;
  tail[tailLength - 1] = bitsHigh >>> 24;
  processBlocks(tail, 0, tailLength);
}

/** The 16-byte MD5 digest of `data`. Returns a new array on every call. */
export function md5(data: Uint8Array): Uint8Array {
  digestInto(data);
  const out = new Uint8Array(16);
  for (let i = 0; i < 4; i++) {
    const word = state[i]!;
    out[4 * i] = word;
    out[4 * i + 1] = word >>> 8;
    out[4 * i + 2] = word >>> 16;
    out[4 * i + 3] = word >>> 24;
  }
  return out;
}

/** Lower-case hex of one state word, in MD5's little-endian byte order (8 characters). */
function wordHex(word: number): string {
  return (
    BYTE_HEX[word & 0xff]! + BYTE_HEX[(word >>> 8) & 0xff]! + BYTE_HEX[(word >>> 16) & 0xff]! + BYTE_HEX[word >>> 24]!
  );
}

/** The MD5 digest of `data` as 32 lower-case hex characters. */
export function md5Hex(data: Uint8Array): string {
  digestInto(data);
  return wordHex(state[0]!) + wordHex(state[1]!) + wordHex(state[2]!) + wordHex(state[3]!);
}
