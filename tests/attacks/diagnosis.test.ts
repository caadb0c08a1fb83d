// Diagnosis amplification: signature diagnosis re-hashes the body once per guess (one per
// parameter left out, the other charset, …), so running it on every mismatch let a flood of
// rejected many-parameter bodies cost several times what they weigh. It now runs only on demand
// (`diagnose: true`, diagnoseMessage): a mismatch met the way handleNotify meets it is plain
// SIGN_MISMATCH, and the precise cause is still there when asked for. (Speed: bench key
// diagnosis_amplification.)
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  verifyNotification,
  verifyReturn,
} from '@alipay-escrow/core';
import { diagnoseMessage, formEncodePairs, presignBytes, signBytes } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import { describe, expect, it } from 'vitest';

const keys = { signType: 'MD5' as const, key: 'd1agn0s1sk3yd1agn0s1sk3yd1agn0s1' };
const partner = '2088101122130021';
const fields: [string, string][] = [
  ['notify_id', '70fec0c2730b27528665af4517c27b95'],
  ['notify_type', 'trade_status_sync'],
  ['out_trade_no', 'D-1'],
  ['subject', '测试商品'],
  ['total_fee', '10.00'],
  ['trade_status', 'WAIT_SELLER_SEND_GOODS'],
];

async function signed(
  pairs: [string, string][],
  signCharset: Charset,
  sendCharset: Charset = signCharset,
): Promise<string> {
  const sign = await signBytes(presignBytes(pairs, signCharset), keys, signCharset);
  return formEncodePairs([...pairs, ['sign', sign], ['sign_type', 'MD5']], sendCharset);
}

/** A body signed over UTF-8 bytes but sent (and verified) as GBK: the charset diagnosis case. */
const charsetMismatch = () => signed(fields, 'utf-8', 'gbk');
/** A genuine body with a parameter appended after signing: the "added parameter" case. */
const extraParam = async () => `${await signed(fields, 'utf-8')}&order_id=42`;

describe('diagnosis runs only on demand', () => {
  it('default options: a charset mismatch is plain SIGN_MISMATCH (no per-parameter diagnosis ran)', async () => {
    const r = await verifyNotification(await charsetMismatch(), { keys, charset: 'gbk', checkNotifyId: false });
    expect(r.valid ? 'OK' : r.code).toBe('SIGN_MISMATCH');
    expect(r.valid ? '' : r.hint).not.toContain('utf-8 bytes');
  });

  it('default options: a parameter added after signing is plain SIGN_MISMATCH, not named', async () => {
    const r = await verifyReturn(`?${await extraParam()}`, { keys, charset: 'utf-8', checkNotifyId: false });
    expect(r.valid ? 'OK' : r.code).toBe('SIGN_MISMATCH');
    expect(r.valid ? '' : r.hint).not.toContain('order_id');
  });

  it('handleNotify logs plain SIGN_MISMATCH for the charset case', async () => {
    const escrow = createEscrow({
      merchant: {
        partner,
        keys,
        charset: 'gbk',
        seller: { id: partner },
        notifyUrl: 'https://shop.example.com/alipay/notify',
      },
      store: createMemoryStore(),
      gateway: createGatewayClient({ partner, keys, charset: 'gbk', fetch: async () => new Response('true') }),
    });
    const response = await escrow.handleNotify(
      new Request('https://shop.example.com/alipay/notify', { method: 'POST', body: await charsetMismatch() }),
    );
    expect(await response.text()).toBe('fail');
    const [entry] = await escrow.listLog({ limit: 1 });
    expect(entry).toMatchObject({ verdict: 'rejected', code: 'SIGN_MISMATCH' });
  });

  it('diagnose: true and diagnoseMessage still give the precise cause', async () => {
    const asked = await verifyNotification(await charsetMismatch(), {
      keys,
      charset: 'gbk',
      checkNotifyId: false,
      diagnose: true,
    });
    expect(asked.valid ? 'OK' : asked.code).toBe('CHARSET_MISMATCH');

    const d = await diagnoseMessage(await charsetMismatch(), { keys, charset: 'gbk', checkNotifyId: false });
    expect(d.code).toBe('CHARSET_MISMATCH');
    expect(d.hint).toContain('utf-8');

    const extra = await diagnoseMessage(await extraParam(), {
      keys,
      charset: 'utf-8',
      checkNotifyId: false,
      channel: 'return',
    });
    expect(extra.code).toBe('SIGN_MISMATCH');
    expect(extra.hint).toContain('"order_id"');
    expect(extra.presign).toContain('order_id=42');
  });

  it('diagnoseMessage of a genuine message says OK', async () => {
    expect(
      (await diagnoseMessage(await signed(fields, 'utf-8'), { keys, charset: 'utf-8', checkNotifyId: false })).code,
    ).toBe('OK');
  });
});
