import { describe, expect, it } from 'vitest';
import { rsaSha1Sign, rsaSha1Verify } from '../src/crypto/rsa.js';
import { base64Decode, base64Encode } from '../src/crypto/base64.js';
import type { AlipayEscrowError } from '../src/errors/error.js';
import { peerVectors } from './fixtures/vectors.js';
import { bareBase64, chloereiKeys, omnipayKeys } from './fixtures/keys.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function errorOf(p: Promise<unknown>): Promise<AlipayEscrowError> {
  try {
    await p;
  } catch (e) {
    return e as AlipayEscrowError;
  }
  throw new Error('expected a rejection');
}

const vectorKeys = {
  'public/chloerei-rsa': chloereiKeys,
  'public/omnipay-rsa': omnipayKeys,
} as const;

describe('rsaSha1Sign / rsaSha1Verify: public vectors', () => {
  for (const v of peerVectors.rsa_sha1) {
    const keys = vectorKeys[v.id as keyof typeof vectorKeys];
    it(`${v.id}: every private-key form gives the published signature`, async () => {
      expect(keys).toBeDefined();
      for (const form of [
        keys['private-pkcs8'],
        keys['private-pkcs1'],
        bareBase64(keys['private-pkcs8']),
        bareBase64(keys['private-pkcs1']),
      ]) {
        expect(await rsaSha1Sign(utf8(v.presign), form)).toBe(v.sign);
      }
    });
    it(`${v.id}: every public-key form verifies the published signature`, async () => {
      for (const form of [
        keys['public-spki'],
        keys['public-pkcs1'],
        bareBase64(keys['public-spki']),
        bareBase64(keys['public-pkcs1']),
      ]) {
        expect(await rsaSha1Verify(utf8(v.presign), v.sign, form)).toBe(true);
      }
    });
  }
});

describe('rsaSha1Verify rejects what it must', () => {
  const { presign, sign } = peerVectors.rsa_sha1[0]!;
  const pub = chloereiKeys['public-spki'];

  it('a round trip over Chinese UTF-8 text verifies', async () => {
    const data = utf8('logistics_name=宅急送&trade_no=2011112405052142');
    const s = await rsaSha1Sign(data, chloereiKeys['private-pkcs1']);
    expect(await rsaSha1Verify(data, s, chloereiKeys['public-pkcs1'])).toBe(true);
  });

  it('one changed data byte → false', async () => {
    const data = utf8(presign);
    data[0] = data[0]! ^ 1;
    expect(await rsaSha1Verify(data, sign, pub)).toBe(false);
  });

  it('one changed signature byte → false', async () => {
    const bytes = base64Decode(sign)!;
    bytes[10] = bytes[10]! ^ 0x40;
    expect(await rsaSha1Verify(utf8(presign), base64Encode(bytes), pub)).toBe(false);
  });

  it("another key's signature → false", async () => {
    expect(await rsaSha1Verify(utf8(presign), sign, omnipayKeys['public-spki'])).toBe(false);
  });

  for (const [label, bad] of [
    ['empty', ''],
    ['not base64', 'not*base64!'],
    ['missing padding', sign.replace(/=+$/, '')],
    ['with a line break', sign.slice(0, 20) + '\n' + sign.slice(20)],
    ['URL-safe alphabet', sign.replace(/\+/g, '-').replace(/\//g, '_')],
    ['a space where "+" was (form-decoding slip)', sign.replace(/\+/g, ' ')],
    ['truncated', sign.slice(0, 40)],
  ] as const) {
    it(`a malformed signature (${label}) → false, not a throw`, async () => {
      expect(await rsaSha1Verify(utf8(presign), bad, pub)).toBe(false);
    });
  }
});

describe('key input', () => {
  it('PEM with CRLF line ends, indentation and literal "\\n" escapes imports', async () => {
    const pem = chloereiKeys['private-pkcs8'];
    const crlf = pem.replace(/\n/g, '\r\n');
    const indented = pem
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n');
    const escaped = pem.replace(/\n/g, '\\n');
    const expected = peerVectors.rsa_sha1[0]!.sign;
    for (const form of [crlf, indented, escaped]) {
      expect(await rsaSha1Sign(utf8('partner=123&service=test'), form)).toBe(expected);
    }
  });

  it('an imported CryptoKey is accepted', async () => {
    const der = base64Decode(bareBase64(chloereiKeys['public-spki']))!;
    const key = await crypto.subtle.importKey(
      'spki',
      new Uint8Array(der),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
      false,
      ['verify'],
    );
    const v = peerVectors.rsa_sha1[0]!;
    expect(await rsaSha1Verify(utf8(v.presign), v.sign, key)).toBe(true);
  });

  it('a CryptoKey imported for SHA-256 is refused rather than silently signing with SHA-256', async () => {
    const der = base64Decode(bareBase64(chloereiKeys['private-pkcs8']))!;
    const key = await crypto.subtle.importKey(
      'pkcs8',
      new Uint8Array(der),
      { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const e = await errorOf(rsaSha1Sign(utf8('x'), key));
    expect(e.code).toBe('RSA_KEY_INVALID');
    expect(e.message).toContain('SHA-256');
  });

  const privateBody = bareBase64(chloereiKeys['private-pkcs8']);
  const badPrivate: [string, string, RegExp][] = [
    ['garbage', 'hello', /not valid base64|not an RSA key/],
    ['empty', '', /not valid base64/],
    ['a public key', chloereiKeys['public-spki'], /got a public key/],
    ['truncated PEM', chloereiKeys['private-pkcs8'].slice(0, 200), /no matching/],
    ['truncated DER', privateBody.slice(0, 400), /not an RSA key|runtime rejected/],
    [
      'an encrypted key',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----',
      /encrypted/,
    ],
    ['a certificate', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', /certificate/],
  ];
  for (const [label, key, why] of badPrivate) {
    it(`private key: ${label} → RSA_KEY_INVALID, saying why, without key material`, async () => {
      const e = await errorOf(rsaSha1Sign(utf8('x'), key));
      expect(e.code).toBe('RSA_KEY_INVALID');
      expect(e.field).toBe('privateKey');
      expect(e.message).toMatch(why);
      expect(e.message).toContain('BEGIN PRIVATE KEY');
      expect(e.message).not.toContain(privateBody.slice(30, 50));
      expect(e.message).not.toContain('MIIB');
    });
  }

  it('public key: a private key → RSA_KEY_INVALID naming the expected public forms', async () => {
    const e = await errorOf(rsaSha1Verify(utf8('x'), 'AAAA', chloereiKeys['private-pkcs1']));
    expect(e.code).toBe('RSA_KEY_INVALID');
    expect(e.field).toBe('alipayPublicKey');
    expect(e.message).toMatch(/got a private key/);
    expect(e.message).toContain('BEGIN PUBLIC KEY');
    expect(e.message).not.toContain(bareBase64(chloereiKeys['private-pkcs1']).slice(30, 50));
  });

  it('public key: an EC key → RSA_KEY_INVALID "not an RSA key"', async () => {
    const ec = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', ec.publicKey));
    const e = await errorOf(rsaSha1Verify(utf8('x'), 'AAAA', base64Encode(spki)));
    expect(e.code).toBe('RSA_KEY_INVALID');
    expect(e.message).toMatch(/not an RSA key/);
  });

  it('a failed import is not cached: the same bad string fails again, a good one still works', async () => {
    for (let i = 0; i < 2; i++) {
      const e = await errorOf(rsaSha1Sign(utf8('x'), 'bad key'));
      expect(e.code).toBe('RSA_KEY_INVALID');
    }
    const v = peerVectors.rsa_sha1[1]!;
    expect(await rsaSha1Sign(utf8(v.presign), omnipayKeys['private-pkcs1'])).toBe(v.sign);
  });
});

describe('base64', () => {
  it('round-trips every length 0..64 and matches btoa', () => {
    for (let n = 0; n <= 64; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const text = base64Encode(bytes);
      expect(text).toBe(btoa(String.fromCharCode(...bytes)));
      expect(base64Decode(text)).toEqual(bytes);
    }
  });

  it('rejects non-canonical trailing bits', () => {
    expect(base64Decode('QQ==')).toEqual(new Uint8Array([0x41]));
    expect(base64Decode('QR==')).toBeUndefined();
    expect(base64Decode('QUI=')).toEqual(new Uint8Array([0x41, 0x42]));
    expect(base64Decode('QUJ=')).toBeUndefined();
  });
});
