import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../src/crypto/hex.js';
import { sha256Hex } from '../src/crypto/sha256.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('sha256Hex (the notification log digest, synchronous on every runtime)', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256Hex(text(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(text('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals the runtime’s crypto.subtle digest at every padding boundary and for a whole body', async () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 4096, 65_536]) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = (i * 131 + length) & 0xff;
      const expected = bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
      expect(sha256Hex(bytes), `length ${length}`).toBe(expected);
    }
  });
});
