import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { md5, md5Hex } from '../src/crypto/md5.js';
import { md5HexCompact } from '../src/crypto/md5-compact.js';
import { bytesToHex, hexToBytes } from '../src/crypto/hex.js';
import { oracleVectors } from './fixtures/vectors.js';

/**
 * Reference MD5 written straight from RFC 1321 §3, favouring obviousness over speed: it copies the
 * message into a padded buffer, loops over the 64 steps with a branch per round, and keeps every
 * value as an unsigned 32-bit number.
 */
function referenceMd5(message: Uint8Array): Uint8Array {
  const T = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));
  const SHIFTS = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
  ];
  const u32 = (x: number): number => x >>> 0;
  const rotateLeft = (x: number, n: number): number => u32((x << n) | (x >>> (32 - n)));

  // Padding: 0x80, zeros until the length is 56 mod 64, then the bit length as 64-bit little-endian.
  const paddedLength = Math.ceil((message.length + 9) / 64) * 64;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  const bitLength = message.length * 8;
  for (let i = 0; i < 8; i++) {
    padded[paddedLength - 8 + i] = Math.floor(bitLength / 2 ** (8 * i)) % 256;
  }

  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < paddedLength; block += 64) {
    const X: number[] = [];
    for (let j = 0; j < 16; j++) {
      const at = block + 4 * j;
      X.push(u32(padded[at]! + padded[at + 1]! * 2 ** 8 + padded[at + 2]! * 2 ** 16 + padded[at + 3]! * 2 ** 24));
    }
    let [a, b, c, d] = h as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = Math.floor(i / 16);
      let f: number;
      let k: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        k = i;
      } else if (round === 1) {
        f = (b & d) | (c & ~d);
        k = (5 * i + 1) % 16;
      } else if (round === 2) {
        f = b ^ c ^ d;
        k = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        k = (7 * i) % 16;
      }
      const sum = u32(a + u32(f) + X[k]! + T[i]!);
      const next = u32(b + rotateLeft(sum, SHIFTS[round]![i % 4]!));
      a = d;
      d = c;
      c = b;
      b = next;
    }
    h[0] = u32(h[0]! + a);
    h[1] = u32(h[1]! + b);
    h[2] = u32(h[2]! + c);
    h[3] = u32(h[3]! + d);
  }

  const out = new Uint8Array(16);
  h.forEach((word, i) => {
    for (let j = 0; j < 4; j++) out[4 * i + j] = Math.floor(word / 2 ** (8 * j)) % 256;
  });
  return out;
}

const referenceHex = (bytes: Uint8Array): string => bytesToHex(referenceMd5(bytes));
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Deterministic, non-repeating-looking bytes: `length` of them, starting from `seed`. */
function patternBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) | 0;
    out[i] = x >>> 16;
  }
  return out;
}

describe('md5: RFC 1321 test suite (appendix A.5)', () => {
  const suite: [string, string][] = [
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['a', '0cc175b9c0f1b6a831c399e269772661'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
    ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'd174ab98d277d9f5a5611c2c9f419d9f'],
    [
      '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
      '57edf4a22be3c955ac49da2e2107b67a',
    ],
  ];
  for (const [input, digest] of suite) {
    it(`MD5("${input}")`, () => {
      expect(md5Hex(ascii(input))).toBe(digest);
      expect(md5HexCompact(ascii(input))).toBe(digest);
      expect(bytesToHex(md5(ascii(input)))).toBe(digest);
      expect(referenceHex(ascii(input))).toBe(digest);
    });
  }
});

describe('md5: agrees with the reference implementation', () => {
  it('for every length from 0 to 200 bytes', () => {
    for (let length = 0; length <= 200; length++) {
      const data = patternBytes(length, length + 1);
      expect(`${length}: ${md5Hex(data)}`).toBe(`${length}: ${referenceHex(data)}`);
      expect(`${length}: ${md5HexCompact(data)}`).toBe(`${length}: ${referenceHex(data)}`);
    }
  });

  it('at the padding boundaries (55/56 and 119/120 bytes) and block boundaries (63/64/65)', () => {
    for (const length of [55, 56, 57, 63, 64, 65, 119, 120, 121, 127, 128, 129]) {
      for (const fill of [0x00, 0x80, 0xff]) {
        const data = new Uint8Array(length).fill(fill);
        expect(`${length}/${fill}: ${md5Hex(data)}`).toBe(`${length}/${fill}: ${referenceHex(data)}`);
        expect(`${length}/${fill}: ${bytesToHex(md5(data))}`).toBe(`${length}/${fill}: ${referenceHex(data)}`);
        expect(`${length}/${fill}: ${md5HexCompact(data)}`).toBe(`${length}/${fill}: ${referenceHex(data)}`);
      }
    }
  });

  it('on a multi-megabyte input', () => {
    const data = patternBytes(3 * 1024 * 1024 + 37);
    expect(md5Hex(data)).toBe(referenceHex(data));
    expect(md5HexCompact(data)).toBe(referenceHex(data));
  });

  it('for one million "a" (the classic long-message vector)', () => {
    expect(md5Hex(new Uint8Array(1_000_000).fill(0x61))).toBe('7707d6ae4e027c70eea2a935c2296f21');
    expect(md5HexCompact(new Uint8Array(1_000_000).fill(0x61))).toBe('7707d6ae4e027c70eea2a935c2296f21');
  });

  it('for Chinese text encoded as UTF-8', () => {
    const data = new TextEncoder().encode('支付宝担保交易：测试商品，数量 2 件');
    expect(data.length).toBe(51);
    expect(md5Hex(data)).toBe('95dc87071bae20cc3e16d0ed0c66c63f');
    expect(referenceHex(data)).toBe('95dc87071bae20cc3e16d0ed0c66c63f');
  });

  it('for random byte arrays (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 700 }), (data) => {
        expect(md5Hex(data)).toBe(referenceHex(data));
        expect(md5HexCompact(data)).toBe(referenceHex(data));
        expect(bytesToHex(md5(data))).toBe(referenceHex(data));
      }),
      { numRuns: 300 },
    );
  });
});

describe('md5: input handling', () => {
  it('hashes only the bytes a subarray views, at any byte offset', () => {
    const backing = patternBytes(400);
    for (const offset of [1, 2, 3, 5, 64]) {
      const view = backing.subarray(offset, offset + 150);
      expect(md5Hex(view)).toBe(referenceHex(view.slice()));
      expect(md5HexCompact(view)).toBe(referenceHex(view.slice()));
    }
  });

  it('does not modify its input', () => {
    const data = patternBytes(130);
    const copy = data.slice();
    md5(data);
    md5Hex(data);
    md5HexCompact(data);
    expect(data).toEqual(copy);
  });

  it('gives the right answer after hashing a longer input (no leftovers between calls)', () => {
    md5Hex(new Uint8Array(127).fill(0xff));
    expect(md5Hex(new Uint8Array(0))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    md5Hex(new Uint8Array(60).fill(0xff));
    expect(md5Hex(ascii('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
    md5HexCompact(new Uint8Array(127).fill(0xff));
    expect(md5HexCompact(new Uint8Array(0))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    md5HexCompact(new Uint8Array(60).fill(0xff));
    expect(md5HexCompact(ascii('abc'))).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  it('returns a new 16-byte array on every call', () => {
    const first = md5(ascii('abc'));
    const second = md5(ascii('abc'));
    expect(first).toHaveLength(16);
    expect(first).not.toBe(second);
    first[0] = first[0]! ^ 0xff;
    expect(bytesToHex(second)).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(bytesToHex(md5(ascii('abc')))).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
});

describe('md5: Alipay MD5 signatures from the oracle vectors (pre-sign bytes + key)', () => {
  for (const v of oracleVectors.signing) {
    it(`${v.id} (${v.charset})`, () => {
      const presign = hexToBytes(v.presign_hex);
      expect(presign).toBeDefined();
      const key = ascii(v.key);
      const signed = new Uint8Array(presign!.length + key.length);
      signed.set(presign!);
      signed.set(key, presign!.length);
      expect(md5Hex(signed)).toBe(v.sign);
      expect(md5HexCompact(signed)).toBe(v.sign);
    });
  }
});
