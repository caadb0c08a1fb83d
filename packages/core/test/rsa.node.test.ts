import { describe, expect, it } from 'vitest';
import { createSign, createVerify, generateKeyPairSync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rsaSha1Sign, rsaSha1Verify } from '../src/crypto/rsa.js';
import keys from './fixtures/keys/keys.json' with { type: 'json' };

const dir = fileURLToPath(new URL('./fixtures/keys/', import.meta.url));

describe('RSA fixtures', () => {
  it('keys.json holds exactly the keys/*.pem files', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.pem'))
      .sort();
    expect(Object.keys(keys).sort()).toEqual(files.map((f) => f.slice(0, -4)));
    for (const f of files) {
      expect((keys as Record<string, string>)[f.slice(0, -4)]).toBe(readFileSync(dir + f, 'utf8'));
    }
  });
});

describe('rsaSha1Sign / rsaSha1Verify against node:crypto (fresh 2048-bit keys)', () => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forms = {
    pkcs1: pair.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    pkcs8: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    spki: pair.publicKey.export({ type: 'spki', format: 'pem' }) as string,
    pkcs1Public: pair.publicKey.export({ type: 'pkcs1', format: 'pem' }) as string,
  };
  const data = new TextEncoder().encode('_input_charset=utf-8&logistics_name=宅急送&partner=2088001159940003');

  it('our signature equals node:crypto RSA-SHA1 for PKCS#1 and PKCS#8 input', async () => {
    const expected = createSign('RSA-SHA1').update(data).sign(pair.privateKey, 'base64');
    expect(await rsaSha1Sign(data, forms.pkcs1)).toBe(expected);
    expect(await rsaSha1Sign(data, forms.pkcs8)).toBe(expected);
  });

  it('node:crypto verifies ours, and we verify node:crypto’s with SPKI and PKCS#1 public keys', async () => {
    const ours = await rsaSha1Sign(data, forms.pkcs8);
    expect(createVerify('RSA-SHA1').update(data).verify(pair.publicKey, ours, 'base64')).toBe(true);
    const theirs = createSign('RSA-SHA1').update(data).sign(pair.privateKey, 'base64');
    expect(await rsaSha1Verify(data, theirs, forms.spki)).toBe(true);
    expect(await rsaSha1Verify(data, theirs, forms.pkcs1Public)).toBe(true);
  });

  it('a SHA-256 signature of the same data does not verify as SHA-1', async () => {
    const sha256 = createSign('RSA-SHA256').update(data).sign(pair.privateKey, 'base64');
    expect(await rsaSha1Verify(data, sha256, forms.spki)).toBe(false);
  });
});
