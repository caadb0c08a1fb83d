import { describe, expect, it } from 'vitest';
import { startFakeGateway } from './helpers/fake-gateway.js';
import { jsonOf, runCli } from './helpers/run-cli.js';
import { oracle } from './helpers/vectors.js';

const c = oracle.notify.find((v) => v.id === 'N02_utf8_valid_WAIT_SELLER_SEND_GOODS')!;
const body = Buffer.from(c.post_body_urlencoded, 'latin1');
const notifyId = new URLSearchParams(c.post_body_urlencoded).get('notify_id')!;

function verifyArgs(gateway: string): string[] {
  return ['verify', '--key', c.key, '--charset', c.charset, '--partner', c.partner, '--gateway', gateway];
}

describe('verify without --offline asks the gateway (notify_verify)', () => {
  it('valid when the signature matches and the gateway answers "true"', async () => {
    const gateway = await startFakeGateway('true');
    try {
      const run = await runCli(verifyArgs(gateway.url), body);
      const out = jsonOf(run);
      expect(out['valid']).toBe(true);
      expect(out['code']).toBe('OK');
      expect(run.code).toBe(0);
      expect(gateway.requests).toHaveLength(1);
      const query = gateway.requests[0]!.url.searchParams;
      expect(query.get('service')).toBe('notify_verify');
      expect(query.get('partner')).toBe(c.partner);
      expect(query.get('notify_id')).toBe(notifyId);
    } finally {
      await gateway.close();
    }
  });

  it('rejected with NOTIFY_VERIFY_FAILED when the gateway answers "false"', async () => {
    const gateway = await startFakeGateway('false');
    try {
      const run = await runCli(verifyArgs(gateway.url), body);
      const out = jsonOf(run);
      expect(out['valid']).toBe(false);
      expect(out['code']).toBe('NOTIFY_VERIFY_FAILED');
      expect(out['presign']).toBe(c.demo_presign);
      expect(run.code).toBe(1);
      expect(gateway.requests).toHaveLength(1);
    } finally {
      await gateway.close();
    }
  });

  it('does not ask the gateway about a message whose signature is wrong', async () => {
    const gateway = await startFakeGateway('true');
    try {
      const tampered = Buffer.from(c.post_body_urlencoded.replace('total_fee=0.01', 'total_fee=100.00'), 'latin1');
      const run = await runCli(verifyArgs(gateway.url), tampered);
      expect(jsonOf(run)['code']).toBe('SIGN_MISMATCH');
      expect(run.code).toBe(1);
      expect(gateway.requests).toHaveLength(0);
    } finally {
      await gateway.close();
    }
  });

  it('fails closed when the gateway cannot be reached', async () => {
    const gateway = await startFakeGateway('true');
    const url = gateway.url;
    await gateway.close();
    const run = await runCli(verifyArgs(url), body);
    const out = jsonOf(run);
    expect(out['valid']).toBe(false);
    expect(run.code).toBe(1);
  });
});
