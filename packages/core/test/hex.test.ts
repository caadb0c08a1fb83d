import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToHex, hexToBytes } from '../src/crypto/hex.js';

describe('bytesToHex', () => {
  it('writes two lower-case digits per byte, zero-padded', () => {
    expect(bytesToHex(new Uint8Array([0, 1, 0x0f, 0x10, 0xab, 0xff]))).toBe('00010f10abff');
    expect(bytesToHex(new Uint8Array(0))).toBe('');
  });

  it('covers every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = bytesToHex(all);
    expect(hex).toHaveLength(512);
    expect(hex).toMatch(/^[0-9a-f]+$/);
    for (let i = 0; i < 256; i++) expect(hex.slice(2 * i, 2 * i + 2)).toBe(i.toString(16).padStart(2, '0'));
  });
});

describe('hexToBytes', () => {
  it('reads lower- and upper-case digits', () => {
    expect(hexToBytes('00ff7fA0Bc')).toEqual(new Uint8Array([0, 255, 127, 0xa0, 0xbc]));
    expect(hexToBytes('')).toEqual(new Uint8Array(0));
  });

  it('returns undefined for an odd length or a character that is not a hex digit', () => {
    for (const bad of ['0', 'abc', 'zz', '0x00', ' 00', '00 ', '0g', 'g0', '-1', '０1', 'é0']) {
      expect(hexToBytes(bad)).toBeUndefined();
    }
  });

  it('round-trips with bytesToHex (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const hex = bytesToHex(bytes);
        expect(hexToBytes(hex)).toEqual(bytes);
        expect(hexToBytes(hex.toUpperCase())).toEqual(bytes);
      }),
    );
  });
});
