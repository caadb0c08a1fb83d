// GBK and UTF-8: what is signed (bytes), what the library does with a GBK body, and how a
// charset mix-up is reported.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  AlipayEscrowError,
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  verifyNotification,
} from '@alipay-escrow/core';
import { diagnoseMessage, formEncodePairs, signParams } from '@alipay-escrow/core/protocol';
import {
  acceptingNotifyIds,
  ALIPAY_NOTIFY_CONTENT_TYPE,
  buildTestNotification,
  TEST_DEFAULTS,
} from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { gbkMerchant } from '../src/merchant.js';

const account = {
  partner: '2088101122136241',
  key: 'charset0guide0key0charset0guide0',
  sellerId: TEST_DEFAULTS.sellerId,
};
const keys = { signType: 'MD5', key: account.key } as const;
const order = {
  outTradeNo: 'CS-1',
  subject: '纯棉T恤',
  price: '88.00',
  quantity: 1,
  logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
} as const;

function escrowFor(charset: 'gbk' | 'utf-8', extra: { unencodable?: 'ncr' } = {}) {
  const merchant = { ...gbkMerchant(account), charset, ...extra };
  const gateway = {
    ...createGatewayClient({ partner: account.partner, keys, charset }),
    notifyVerify: acceptingNotifyIds(),
  };
  return createEscrow({ merchant, store: createMemoryStore(), gateway });
}

describe('GBK requests', () => {
  it('signs the GBK bytes and percent-encodes them in the URL', async () => {
    // #region request
    const gbk = await escrowFor('gbk').createPayment(order);
    expect(gbk.presign).toContain('_input_charset=gbk&');
    // 纯 棉 T 恤 as GBK bytes
    expect(gbk.url).toContain('subject=%B4%BF%C3%DET%D0%F4');

    const utf8 = await escrowFor('utf-8').createPayment(order);
    // the same text as UTF-8
    expect(utf8.url).toContain('subject=%E7%BA%AF%E6%A3%89T%E6%81%A4');
    // different bytes, different signature
    expect(utf8.sign).not.toBe(gbk.sign);
    // #endregion request
  });

  it('refuses a character GBK cannot hold, unless you opt into numeric references', async () => {
    // #region unencodable
    const soap = { ...order, outTradeNo: 'CS-2', subject: '手工皂🧼' };
    const refused = await escrowFor('gbk')
      .createPayment(soap)
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AlipayEscrowError);
    expect(refused).toMatchObject({
      code: 'CHARSET_UNENCODABLE',
      field: 'subject',
    });

    const ncr = await escrowFor('gbk', { unencodable: 'ncr' }).createPayment(soap);
    // what browsers do in a GBK form
    expect(ncr.presign).toContain('subject=手工皂&#129532;');
    // #endregion unencodable
  });
});

describe('GBK notifications', () => {
  it('verifies and decodes a GBK body from its bytes, where URLSearchParams gives mojibake', async () => {
    // #region notify
    const n = await buildTestNotification({
      keys,
      charset: 'gbk',
      outTradeNo: 'CS-3',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '88.00',
      subject: '纯棉T恤',
    });
    expect(n.bodyText).toContain('subject=%B4%BF%C3%DET%D0%F4');

    // What a UTF-8 body parser makes of it: the Chinese is gone, and so is any
    // hope for the signature.
    expect(new URLSearchParams(n.bodyText).get('subject')).toContain('\uFFFD');

    // The library hashes the bytes as they came, then decodes with the
    // configured charset.
    const result = await verifyNotification(n.body, {
      keys,
      charset: 'gbk',
      checkNotifyId: acceptingNotifyIds(),
    });
    expect(result.valid && result.params['subject']).toBe('纯棉T恤');
    // #endregion notify
  });

  it('ignores the malformed Content-Type Alipay sends (and any other)', async () => {
    const escrow = escrowFor('gbk');
    // #region content-type
    // "application/x-www-form-urlencoded; text/html; charset=UTF-8", even for a
    // GBK body
    expect(ALIPAY_NOTIFY_CONTENT_TYPE).toContain('charset=UTF-8');
    for (const [i, contentType] of [ALIPAY_NOTIFY_CONTENT_TYPE, 'text/plain', ''].entries()) {
      await escrow.createPayment({ ...order, outTradeNo: `CS-4-${i}` });
      const n = await buildTestNotification({
        keys,
        charset: 'gbk',
        outTradeNo: `CS-4-${i}`,
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '88.00',
      });
      const response = await escrow.handleNotify(
        n.request('https://shop.example.com/alipay/notify', {
          'Content-Type': contentType,
        }),
      );
      // the raw bytes count, never the header
      expect(await response.text()).toBe('success');
    }
    // #endregion content-type
  });

  it('names the charset mix-ups: undecodable bytes, and a signature over the other charset', async () => {
    // #region mismatch
    const gbkBody = (
      await buildTestNotification({
        keys,
        charset: 'gbk',
        outTradeNo: 'CS-5',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '88.00',
      })
    ).body;
    // Configured utf-8, the trade was created with _input_charset=gbk:
    const undecodable = await verifyNotification(gbkBody, {
      keys,
      charset: 'utf-8',
      checkNotifyId: acceptingNotifyIds(),
    });
    expect(undecodable).toMatchObject({
      valid: false,
      code: 'CHARSET_UNDECODABLE',
    });

    // Signed over GBK bytes, but re-encoded as UTF-8 on the way (a proxy or a
    // framework did it):
    const params = {
      notify_id: 'a1b2c3',
      out_trade_no: 'CS-5',
      subject: '纯棉T恤',
      trade_status: 'WAIT_SELLER_SEND_GOODS',
      total_fee: '88.00',
    };
    const { sign } = await signParams(params, keys, { charset: 'gbk' });
    const reencoded = formEncodePairs([...Object.entries(params), ['sign', sign], ['sign_type', 'MD5']], 'utf-8');
    const options = { keys, charset: 'utf-8' as const, checkNotifyId: acceptingNotifyIds() };
    // On the hot path (handleNotify) a mismatch is just SIGN_MISMATCH: guessing costs CPU.
    expect(await verifyNotification(reencoded, options)).toMatchObject({ valid: false, code: 'SIGN_MISMATCH' });
    // Asked for a diagnosis (the CLI's verify, the log, replay), the cause is named:
    const mismatch = await diagnoseMessage(reencoded, options);
    expect(mismatch.code).toBe('CHARSET_MISMATCH');
    expect(mismatch.hint).toContain('gbk');
    // #endregion mismatch
  });

  it('lets `alipay-escrow verify` tell which charset a saved body is in', async () => {
    const require = createRequire(import.meta.url);
    const bin = join(dirname(require.resolve('@alipay-escrow/cli/package.json')), 'dist/bin.js');
    const body = (
      await buildTestNotification({
        keys,
        charset: 'gbk',
        outTradeNo: 'CS-6',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '88.00',
      })
    ).body;
    const run = (charset: string) => {
      try {
        return {
          exit: 0,
          out: JSON.parse(
            execFileSync(process.execPath, [bin, 'verify', '--key', account.key, '--charset', charset, '--offline'], {
              input: body,
            }).toString(),
          ),
        };
      } catch (e) {
        const err = e as { status: number; stdout: Buffer };
        return { exit: err.status, out: JSON.parse(err.stdout.toString()) };
      }
    };
    expect(run('gbk')).toMatchObject({
      exit: 0,
      out: { valid: true, code: 'OK' },
    });
    expect(run('utf-8')).toMatchObject({
      exit: 1,
      out: { valid: false, code: 'CHARSET_UNDECODABLE' },
    });
  });
});
