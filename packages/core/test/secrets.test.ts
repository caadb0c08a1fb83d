import { describe, expect, it } from 'vitest';
import { safeMessage, secretsOf } from '../src/escrow-app/log/safe-message.js';
import { bareBase64, chloereiKeys } from './fixtures/keys.js';

const PEM = chloereiKeys['private-pkcs8'];
const PUBLIC = chloereiKeys['public-spki'];

describe('secrets kept out of logs', () => {
  it('masks the MD5 key wherever a hook error quotes it', () => {
    const key = 'abcdefghijklmnopqrstuvwxyz012345';
    const text = safeMessage(new Error(`cannot sign with ${key}`), secretsOf({ signType: 'MD5', key }));
    expect(text).toBe('cannot sign with [redacted]');
  });

  it('masks an RSA private key quoted whole, as bare base64, or one line of it', () => {
    const secrets = secretsOf({ signType: 'RSA', privateKey: PEM, alipayPublicKey: PUBLIC });
    const line = PEM.split('\n').find((l) => l.length >= 40 && !l.startsWith('-----'))!;
    for (const quoted of [PEM, bareBase64(PEM), `…${line}…`]) {
      const text = safeMessage(new Error(`bad key: ${quoted}`), secrets);
      expect(text.startsWith('bad key: ')).toBe(true);
      expect(text).toContain('[redacted]');
      expect(text).not.toContain(line);
      expect(text).not.toContain(bareBase64(PEM).slice(100, 140));
    }
  });

  it('leaves the public key alone and has nothing to mask for a CryptoKey', async () => {
    const secrets = secretsOf({ signType: 'RSA', privateKey: PEM, alipayPublicKey: PUBLIC });
    const quotingPublic = `alipay public key: ${PUBLIC.slice(0, 300)}`;
    expect(safeMessage(new Error(quotingPublic), secrets)).toBe(quotingPublic);
    const pair = (await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' },
      true,
      ['sign', 'verify'],
    )) as CryptoKeyPair;
    expect(secretsOf({ signType: 'RSA', privateKey: pair.privateKey })).toEqual([]);
  });
});
