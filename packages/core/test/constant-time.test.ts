import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timingSafeEqual, timingSafeEqualString } from '../src/crypto/constant-time.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('timingSafeEqual', () => {
  it('is true for identical bytes, including two empty arrays', () => {
    expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2, 3))).toBe(true);
    expect(timingSafeEqual(bytes(), bytes())).toBe(true);
  });

  it('is false when any single byte differs: first, middle or last', () => {
    const base = bytes(10, 20, 30, 40, 50);
    for (let i = 0; i < base.length; i++) {
      const other = base.slice();
      other[i] = other[i]! ^ 1;
      expect(timingSafeEqual(base, other)).toBe(false);
      expect(timingSafeEqual(other, base)).toBe(false);
    }
  });

  it('is false when the lengths differ, whichever side is longer', () => {
    expect(timingSafeEqual(bytes(1, 2, 3), bytes(1, 2))).toBe(false);
    expect(timingSafeEqual(bytes(1, 2), bytes(1, 2, 3))).toBe(false);
    expect(timingSafeEqual(bytes(), bytes(0))).toBe(false);
    expect(timingSafeEqual(bytes(0), bytes())).toBe(false);
  });

  it('agrees with a plain comparison (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 40 }), (a, b) => {
        const plain = a.length === b.length && a.every((v, i) => v === b[i]);
        expect(timingSafeEqual(a, b)).toBe(plain);
        expect(timingSafeEqual(a, a.slice())).toBe(true);
      }),
    );
  });
});

describe('timingSafeEqualString', () => {
  const sign = '900150983cd24fb0d6963f7d28e17f72';

  it('is true only for the same string', () => {
    expect(timingSafeEqualString(sign, sign.slice())).toBe(true);
    expect(timingSafeEqualString('', '')).toBe(true);
    expect(timingSafeEqualString(sign, sign.toUpperCase())).toBe(false);
    expect(timingSafeEqualString(sign, `0${sign.slice(1)}`)).toBe(false);
    expect(timingSafeEqualString(sign, `${sign.slice(0, -1)}0`)).toBe(false);
  });

  it('is false for a prefix, an extension or an empty string', () => {
    expect(timingSafeEqualString(sign, sign.slice(0, 31))).toBe(false);
    expect(timingSafeEqualString(sign.slice(0, 31), sign)).toBe(false);
    expect(timingSafeEqualString(sign, `${sign}0`)).toBe(false);
    expect(timingSafeEqualString(sign, '')).toBe(false);
    expect(timingSafeEqualString('', sign)).toBe(false);
  });

  it('rejects the loose-comparison trap: "0" against a 0e... digest', () => {
    expect(timingSafeEqualString('0e462097431906509019562988736854', '0')).toBe(false);
    expect(timingSafeEqualString('0e462097431906509019562988736854', '0e0')).toBe(false);
  });

  it('compares non-ASCII strings by code unit', () => {
    expect(timingSafeEqualString('签名', '签名')).toBe(true);
    expect(timingSafeEqualString('签名', '签字')).toBe(false);
  });

  it('agrees with === (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        expect(timingSafeEqualString(a, b)).toBe(a === b);
        expect(timingSafeEqualString(a, `${a}`)).toBe(true);
      }),
    );
  });
});
