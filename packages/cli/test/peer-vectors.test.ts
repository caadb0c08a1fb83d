import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonOf, runCli } from './helpers/run-cli.js';
import { keysDir, peer } from './helpers/vectors.js';

describe('sign: peer MD5 vectors (published test suites)', () => {
  for (const c of peer.md5) {
    it(c.id, async () => {
      const run = await runCli(['sign', '--key', c.key, '--charset', c.charset ?? 'utf-8'], JSON.stringify(c.params));
      expect(run.code).toBe(0);
      const out = jsonOf(run);
      expect(out['sign']).toBe(c.sign);
      if (c.presign !== undefined) expect(out['presign']).toBe(c.presign);
    });
  }
});

/** Which fixture key signed each RSA vector. */
const RSA_KEY_FILE: Record<string, string> = {
  'public/chloerei-rsa': 'chloerei',
  'public/omnipay-rsa': 'omnipay',
};

/** The vectors give only the pre-sign string; its pairs are the params (no value holds & or =). */
function paramsOf(presign: string): Record<string, string> {
  return Object.fromEntries(
    presign.split('&').map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

describe('sign --sign-type RSA: peer RSA-SHA1 vectors', () => {
  for (const c of peer.rsa_sha1) {
    for (const format of ['pkcs8', 'pkcs1'] as const) {
      it(`${c.id} with a ${format} private key`, async () => {
        const name = RSA_KEY_FILE[c.id];
        expect(name).toBeDefined();
        const file = join(keysDir, `${name}-private-${format}.pem`);
        expect(existsSync(file)).toBe(true);
        const run = await runCli(
          ['sign', '--sign-type', 'RSA', '--private-key', file],
          JSON.stringify(paramsOf(c.presign)),
        );
        expect(run.code).toBe(0);
        const out = jsonOf(run);
        expect(out['presign']).toBe(c.presign);
        expect(out['sign']).toBe(c.sign);
        expect((out['params'] as Record<string, string>)['sign_type']).toBe('RSA');
        // '+', '/' and '=' of the base64 signature are percent-encoded in the URL.
        expect(out['url']).toContain(`&sign=${encodeURIComponent(c.sign)}&sign_type=RSA`);
      });
    }
  }

  it('--private-key alone implies RSA', async () => {
    const c = peer.rsa_sha1[0]!;
    const file = join(keysDir, `${RSA_KEY_FILE[c.id]}-private-pkcs8.pem`);
    const run = await runCli(['sign', '--private-key', file], JSON.stringify(paramsOf(c.presign)));
    expect(run.code).toBe(0);
    expect(jsonOf(run)['sign']).toBe(c.sign);
  });
});
