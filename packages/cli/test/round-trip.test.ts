import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonOf, runCli } from './helpers/run-cli.js';
import { keysDir } from './helpers/vectors.js';

/** A WAIT_SELLER_SEND_GOODS notification as Alipay would post it (made-up ids). */
const NOTIFICATION = {
  notify_type: 'trade_status_sync',
  notify_id: 'demoNotifyId/with+base64=',
  notify_time: '2024-05-01 10:00:05',
  out_trade_no: 'RT-0001',
  trade_no: '2024050100000000000000000001',
  subject: '往返测试 round trip',
  price: '0.01',
  quantity: '1',
  total_fee: '0.01',
  trade_status: 'WAIT_SELLER_SEND_GOODS',
  seller_id: '2088000000000001',
};
const KEY = 'roundtripkey00000000000000000000';

/** The form body a notification carries = the query of the URL `sign` prints. */
function bodyOf(url: unknown): Buffer {
  const text = String(url);
  return Buffer.from(text.slice(text.indexOf('?') + 1), 'latin1');
}

describe('sign output verifies', () => {
  for (const charset of ['utf-8', 'gbk'] as const) {
    it(`MD5, ${charset}: the signed body verifies; a changed total_fee does not`, async () => {
      const signed = jsonOf(await runCli(['sign', '--key', KEY, '--charset', charset], JSON.stringify(NOTIFICATION)));
      const body = bodyOf(signed['url']);
      const ok = await runCli(['verify', '--key', KEY, '--charset', charset, '--offline'], body);
      expect(jsonOf(ok)).toMatchObject({ valid: true, code: 'OK', presign: signed['presign'] });
      expect(ok.code).toBe(0);

      const tampered = await runCli(
        ['verify', '--key', KEY, '--charset', charset, '--offline'],
        Buffer.from(body.toString('latin1').replace('total_fee=0.01', 'total_fee=0.02'), 'latin1'),
      );
      expect(jsonOf(tampered)).toMatchObject({ valid: false, code: 'SIGN_MISMATCH' });
      expect(tampered.code).toBe(1);
    });
  }

  it('RSA: signed with a private key, verified with the matching public key only', async () => {
    const privateKey = join(keysDir, 'chloerei-private-pkcs8.pem');
    const signed = jsonOf(await runCli(['sign', '--private-key', privateKey], JSON.stringify(NOTIFICATION)));
    const body = bodyOf(signed['url']);
    for (const file of ['chloerei-public-spki.pem', 'chloerei-public-pkcs1.pem']) {
      const ok = await runCli(
        ['verify', '--sign-type', 'RSA', '--alipay-public-key', join(keysDir, file), '--offline'],
        body,
      );
      expect(jsonOf(ok)).toMatchObject({ valid: true, code: 'OK' });
      expect(ok.code).toBe(0);
    }
    const other = await runCli(
      ['verify', '--alipay-public-key', join(keysDir, 'omnipay-public-spki.pem'), '--offline'],
      body,
    );
    expect(jsonOf(other)['valid']).toBe(false);
    expect(other.code).toBe(1);
  });

  it('RSA: an MD5 verifier refuses an RSA-signed body (sign_type must match)', async () => {
    const privateKey = readFileSync(join(keysDir, 'omnipay-private-pkcs1.pem'), 'utf8');
    expect(privateKey).toContain('BEGIN RSA PRIVATE KEY');
    const signed = jsonOf(
      await runCli(['sign', '--private-key', join(keysDir, 'omnipay-private-pkcs1.pem')], JSON.stringify(NOTIFICATION)),
    );
    const run = await runCli(['verify', '--key', KEY, '--offline'], bodyOf(signed['url']));
    expect(jsonOf(run)['code']).toBe('SIGN_TYPE_MISMATCH');
    expect(run.code).toBe(1);
  });

  it('RSA: a private key given as --alipay-public-key is a usage error that does not echo the key', async () => {
    const privateKey = join(keysDir, 'chloerei-private-pkcs8.pem');
    const signed = jsonOf(await runCli(['sign', '--private-key', privateKey], JSON.stringify(NOTIFICATION)));
    const run = await runCli(['verify', '--alipay-public-key', privateKey, '--offline'], bodyOf(signed['url']));
    expect(run.code).toBe(2);
    expect((jsonOf(run)['error'] as { code: string }).code).toBe('RSA_KEY_INVALID');
    const pemBody = readFileSync(privateKey, 'utf8').split('\n')[1]!;
    expect(run.stdout + run.stderr).not.toContain(pemBody);
  });
});
