/**
 * SHA-256 (FIPS 180-4) in plain TypeScript over bytes, synchronous. WebCrypto has SHA-256 on every
 * runtime, but only as a promise that Node and Deno settle on a worker thread: on the notify path
 * that round trip cost more than the rest of the pipeline together. This one runs on the caller's
 * thread, on any runtime (no dependency, no `node:` import). It digests the notification log's
 * bodies (at most the body cap, 64 KiB by default), not secrets.
 *
 * The module-level scratch buffers are safe to share: every call runs to completion synchronously.
 */

/** Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** Initial hash value: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const state = new Int32Array(8);
const w = new Int32Array(64);
/** The input's last partial block followed by padding: one block, or two when the length does not fit. */
const tail = new Uint8Array(128);

function processBlocks(m: Uint8Array, start: number, end: number): void {
  for (let o = start; o < end; o += 64) {
    for (let t = 0; t < 16; t++) {
      const i = o + 4 * t;
      w[t] = (m[i]! << 24) | (m[i + 1]! << 16) | (m[i + 2]! << 8) | m[i + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let e = state[4]!;
    let f = state[5]!;
    let g = state[6]!;
    let h = state[7]!;
    for (let t = 0; t < 64; t++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[t]! + w[t]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
    state[4] = (state[4]! + e) | 0;
    state[5] = (state[5]! + f) | 0;
    state[6] = (state[6]! + g) | 0;
    state[7] = (state[7]! + h) | 0;
  }
}

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  state.set(H0);
  const whole = bytes.length - (bytes.length % 64);
  processBlocks(bytes, 0, whole);
  const rest = bytes.length - whole;
  tail.fill(0);
  tail.set(bytes.subarray(whole), 0);
  tail[rest] = 0x80;
  const blocks = rest < 56 ? 64 : 128;
  // The length in bits, big-endian, in the last 8 bytes; the high word comes from a division, so
  // lengths past 2^32 bits stay exact.
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 0x100000000);
  const low = bits >>> 0;
  tail[blocks - 8] = high >>> 24;
  tail[blocks - 7] = (high >>> 16) & 0xff;
  tail[blocks - 6] = (high >>> 8) & 0xff;
  tail[blocks - 5] = high & 0xff;
  tail[blocks - 4] = low >>> 24;
  tail[blocks - 3] = (low >>> 16) & 0xff;
  tail[blocks - 2] = (low >>> 8) & 0xff;
  tail[blocks - 1] = low & 0xff;
  processBlocks(tail, 0, blocks);
  // One flat string from the 64 character codes: adding up 32 pieces would leave a tree of string
  // pieces behind, which the log entry keeps (and the garbage collector walks) for its lifetime.
  for (let i = 0; i < 8; i++) {
    const v = state[i]!;
    for (let nibble = 0; nibble < 8; nibble++) hexCodes[i * 8 + nibble] = HEX_CODES[(v >>> (28 - 4 * nibble)) & 0xf]!;
  }
  return String.fromCharCode.apply(null, hexCodes as unknown as number[]);
}

/** The character codes of `0123456789abcdef`. */
const HEX_CODES = Uint16Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** The 64 character codes of a digest's hex, filled by each call. */
const hexCodes = new Uint16Array(64);
