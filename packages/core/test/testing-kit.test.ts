import { describe, expect, it } from 'vitest';
import type { Charset } from '../src/charset/index.js';
import type { AlipayEscrowError } from '../src/errors/error.js';
import type { SignatureKeys } from '../src/protocol/sign-types.js';
import { verifyNotification, verifyReturn, type VerifyResult } from '../src/protocol/verify-message.js';
import {
  ALIPAY_NOTIFY_CONTENT_TYPE,
  acceptingNotifyIds,
  buildTestNotification,
  buildTestReturn,
  formatAlipayTime,
  parseAlipayTime,
  resignNotification,
  tamperNotification,
  TEST_DEFAULTS,
  testTradeNo,
} from '../src/testing/index.js';
import { chloereiKeys } from './fixtures/keys.js';
import { oracleVectors } from './fixtures/vectors.js';

const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const MD5: SignatureKeys = { signType: 'MD5', key: KEY };
const RSA: SignatureKeys = {
  signType: 'RSA',
  privateKey: chloereiKeys['private-pkcs8'],
  alipayPublicKey: chloereiKeys['public-spki'],
};
const CHARSETS: Charset[] = ['utf-8', 'gbk'];
const TRADE = [
  'WAIT_BUYER_PAY',
  'WAIT_SELLER_SEND_GOODS',
  'WAIT_BUYER_CONFIRM_GOODS',
  'TRADE_FINISHED',
  'TRADE_CLOSED',
];
const REFUND = [
  undefined,
  'WAIT_SELLER_AGREE',
  'SELLER_REFUSE_BUYER',
  'WAIT_BUYER_RETURN_GOODS',
  'WAIT_SELLER_CONFIRM_GOODS',
  'REFUND_SUCCESS',
  'REFUND_CLOSED',
];

function codeOf(r: VerifyResult): string {
  return r.valid ? 'OK' : r.code;
}

const verify = (body: Uint8Array, charset: Charset, keys: SignatureKeys = MD5) =>
  verifyNotification(body, { keys, charset, checkNotifyId: acceptingNotifyIds() });

describe('buildTestNotification', () => {
  for (const charset of CHARSETS) {
    it(`every trade × refund status verifies in ${charset}, and the verifier reads back every field`, async () => {
      for (const tradeStatus of TRADE) {
        for (const refundStatus of REFUND) {
          const n = await buildTestNotification({
            keys: MD5,
            charset,
            outTradeNo: 'ORDER-1',
            tradeStatus,
            totalFee: '138.00',
            ...(refundStatus ? { refundStatus } : {}),
          });
          const checker = acceptingNotifyIds();
          const r = await verifyNotification(n.body, { keys: MD5, charset, checkNotifyId: checker });
          expect(codeOf(r)).toBe('OK');
          if (!r.valid) continue;
          expect(r.params).toEqual(n.params);
          expect(r.params['trade_status']).toBe(tradeStatus);
          expect(r.params['refund_status']).toBe(refundStatus);
          expect(r.notifyId).toBe(n.notifyId);
          expect(checker.seen).toEqual([n.notifyId]);
        }
      }
    });

    it(`RSA-signed notifications verify with Alipay's public key in ${charset}`, async () => {
      for (const [tradeStatus, refundStatus] of [
        ['WAIT_SELLER_SEND_GOODS', undefined],
        ['TRADE_CLOSED', 'REFUND_SUCCESS'],
      ] as const) {
        const n = await buildTestNotification({
          keys: RSA,
          charset,
          outTradeNo: 'R-1',
          tradeStatus,
          totalFee: '0.01',
          ...(refundStatus ? { refundStatus } : {}),
        });
        expect(n.params['sign_type']).toBe('RSA');
        expect(codeOf(await verify(n.body, charset, RSA))).toBe('OK');
        // and not with MD5
        expect(codeOf(await verify(n.body, charset, MD5))).toBe('SIGN_TYPE_MISMATCH');
      }
    });
  }

  it('unknown statuses are sent as given and still verify (to test unknown_status handling)', async () => {
    for (const tradeStatus of ['TRADE_SUCCESS', 'TRADE_PENDING', 'COD_WAIT_BUYER_PAY']) {
      const n = await buildTestNotification({
        keys: MD5,
        outTradeNo: 'U-1',
        tradeStatus,
        totalFee: '1.00',
        refundStatus: 'REFUND_PENDING',
      });
      const r = await verify(n.body, 'utf-8');
      expect(r.valid && r.params['trade_status']).toBe(tradeStatus);
    }
  });

  it('carries the gmt_* times a real notification has at that status, and refund fields only with a refund', async () => {
    const cases: [string, string | undefined, string[]][] = [
      ['WAIT_BUYER_PAY', undefined, ['gmt_create']],
      ['WAIT_SELLER_SEND_GOODS', undefined, ['gmt_create', 'gmt_payment']],
      ['WAIT_SELLER_SEND_GOODS', 'WAIT_SELLER_AGREE', ['gmt_create', 'gmt_payment', 'gmt_refund']],
      ['WAIT_BUYER_CONFIRM_GOODS', undefined, ['gmt_create', 'gmt_logistics_modify', 'gmt_payment', 'gmt_send_goods']],
      [
        'TRADE_FINISHED',
        undefined,
        ['gmt_close', 'gmt_create', 'gmt_logistics_modify', 'gmt_payment', 'gmt_send_goods'],
      ],
      ['TRADE_CLOSED', undefined, ['gmt_close', 'gmt_create']],
      ['TRADE_CLOSED', 'REFUND_SUCCESS', ['gmt_close', 'gmt_create', 'gmt_payment', 'gmt_refund']],
    ];
    for (const [tradeStatus, refundStatus, gmt] of cases) {
      const n = await buildTestNotification({
        keys: MD5,
        outTradeNo: 'G-1',
        tradeStatus,
        totalFee: '1.00',
        ...(refundStatus ? { refundStatus } : {}),
      });
      expect(
        Object.keys(n.params)
          .filter((k) => k.startsWith('gmt_'))
          .sort(),
      ).toEqual(gmt);
      expect('refund_status' in n.params).toBe(refundStatus !== undefined);
      for (const k of gmt) expect(n.params[k]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(n.params['notify_type']).toBe('trade_status_sync');
      expect(n.params['notify_time']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(n.params['trade_no']).toBe(testTradeNo('G-1'));
      expect(n.params['seller_id']).toBe(TEST_DEFAULTS.sellerId);
      expect(n.notifyId).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('fixed inputs give a fixed body; fresh notify ids differ', async () => {
    const input = {
      keys: MD5,
      outTradeNo: 'F-1',
      tradeStatus: 'TRADE_FINISHED',
      totalFee: '2.00',
      notifyId: 'abc',
      notifyTime: '2024-01-02 03:04:05',
    };
    const a = await buildTestNotification(input);
    const b = await buildTestNotification(input);
    expect(a.bodyText).toBe(b.bodyText);
    expect(a.params['gmt_close']).toBe('2024-01-02 03:04:05');
    expect(a.params['gmt_create']).toBe('2024-01-02 02:34:05');
    const { notifyId: _fixed, ...fresh } = input;
    const c = await buildTestNotification(fresh);
    const d = await buildTestNotification(fresh);
    expect(c.notifyId).not.toBe(d.notifyId);
    expect(c.bodyText).not.toBe(d.bodyText);
  });

  it("reproduces the official demo's signature for the oracle vectors when given the same fields", async () => {
    for (const id of ['N02', 'N07', 'N11']) {
      const v = oracleVectors.notify.find((n) => n.id.startsWith(id))!;
      const { sign: _sign, sign_type: _type, ...fields } = v.params;
      const n = await buildTestNotification({
        keys: { signType: 'MD5', key: v.key },
        charset: v.charset,
        outTradeNo: fields['out_trade_no']!,
        tradeStatus: fields['trade_status']!,
        totalFee: fields['total_fee']!,
        tradeNo: fields['trade_no']!,
        notifyId: fields['notify_id']!,
        notifyTime: fields['notify_time']!,
        extra: fields,
        ...(fields['refund_status'] ? { refundStatus: fields['refund_status'] } : {}),
      });
      expect(n.params['sign']).toBe(v.demo_expected_sign);
      expect(n.params).toMatchObject(v.params);
    }
  });

  it("writes GBK bytes for a gbk body (the oracle vector's subject bytes) and UTF-8 for utf-8", async () => {
    const gbk = await buildTestNotification({
      keys: MD5,
      charset: 'gbk',
      outTradeNo: 'C-1',
      tradeStatus: 'WAIT_BUYER_PAY',
      totalFee: '1.00',
    });
    expect(gbk.bodyText).toContain('subject=%B2%E2%CA%D4%C9%CC%C6%B7');
    const utf8 = await buildTestNotification({
      keys: MD5,
      outTradeNo: 'C-1',
      tradeStatus: 'WAIT_BUYER_PAY',
      totalFee: '1.00',
    });
    expect(utf8.bodyText).toContain('subject=%E6%B5%8B%E8%AF%95%E5%95%86%E5%93%81');
    // the same body read with the other charset fails
    expect(codeOf(await verify(gbk.body, 'utf-8'))).not.toBe('OK');
  });

  it('refuses a name Alipay never uses (PARAM_AMBIGUOUS naming it); a plain "&" in a value is built and verifies', async () => {
    const base = { keys: MD5, outTradeNo: 'E-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '1.00' };
    await expect(buildTestNotification({ ...base, extra: { 'a=b': 'c' } })).rejects.toMatchObject({
      code: 'PARAM_AMBIGUOUS',
      field: 'a=b',
    });
    const n = await buildTestNotification({ ...base, extra: { body: 'a & b' } });
    const r = await verify(n.body, 'utf-8');
    expect(r.valid && r.params['body']).toBe('a & b');
  });

  it('extra adds and overrides fields; an empty value leaves a field out; sign_type can be forced', async () => {
    const base = { keys: MD5, outTradeNo: 'E-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '1.00' };
    const n = await buildTestNotification({ ...base, extra: { body: 'a+b = c', use_coupon: 'Y', discount: '' } });
    expect(n.params['body']).toBe('a+b = c');
    expect(n.params['use_coupon']).toBe('Y');
    expect('discount' in n.params).toBe(false);
    const r = await verify(n.body, 'utf-8');
    expect(r.valid && r.params['body']).toBe('a+b = c');
    // partnerId: a name Alipay's return table lists, outside [a-z0-9_]
    const withPartnerId = await buildTestNotification({ ...base, extra: { partnerId: '2088101122136241' } });
    expect(codeOf(await verify(withPartnerId.body, 'utf-8'))).toBe('OK');

    const wrongType = await buildTestNotification({ ...base, extra: { sign_type: 'RSA' } });
    expect(codeOf(await verify(wrongType.body, 'utf-8'))).toBe('SIGN_TYPE_MISMATCH');
    const noType = await buildTestNotification({ ...base, extra: { sign_type: '' } });
    expect('sign_type' in noType.params).toBe(false);
    expect(codeOf(await verify(noType.body, 'utf-8'))).toBe('OK');
    const noSign = await buildTestNotification({ ...base, extra: { sign: '' } });
    expect(codeOf(await verify(noSign.body, 'utf-8'))).toBe('SIGN_MISSING');
  });

  it("request() is a POST with Alipay's malformed Content-Type and User-Agent, carrying the exact body, every time", async () => {
    for (const charset of CHARSETS) {
      const n = await buildTestNotification({
        keys: MD5,
        charset,
        outTradeNo: 'Q-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '1.00',
      });
      for (let i = 0; i < 2; i++) {
        const req = n.request('https://shop.example/alipay/notify');
        expect(req.method).toBe('POST');
        expect(req.url).toBe('https://shop.example/alipay/notify');
        expect(req.headers.get('content-type')).toBe('application/x-www-form-urlencoded; text/html; charset=UTF-8');
        expect(req.headers.get('user-agent')).toBe('Mozilla/4.0');
        const bytes = new Uint8Array(await req.arrayBuffer());
        expect(bytes).toEqual(n.body);
        expect(codeOf(await verify(bytes, charset))).toBe('OK');
      }
    }
    const n = await buildTestNotification({
      keys: MD5,
      outTradeNo: 'Q-2',
      tradeStatus: 'WAIT_BUYER_PAY',
      totalFee: '1.00',
    });
    expect(n.request().url).toBe(TEST_DEFAULTS.notifyUrl);
    expect(n.request(undefined, { 'x-forwarded-for': '121.0.26.1' }).headers.get('x-forwarded-for')).toBe('121.0.26.1');
    expect(ALIPAY_NOTIFY_CONTENT_TYPE).toBe('application/x-www-form-urlencoded; text/html; charset=UTF-8');
  });

  it('refuses RSA keys without the private key, saying what to pass', async () => {
    try {
      await buildTestNotification({
        keys: { signType: 'RSA', alipayPublicKey: chloereiKeys['public-spki'] },
        outTradeNo: 'K',
        tradeStatus: 'WAIT_BUYER_PAY',
        totalFee: '1.00',
      });
      throw new Error('expected throw');
    } catch (e) {
      expect((e as AlipayEscrowError).code).toBe('RSA_KEY_INVALID');
      expect((e as AlipayEscrowError).message).toContain('privateKey');
    }
  });
});

describe('tamperNotification', () => {
  const tampers: Record<string, string | null>[] = [
    { total_fee: '0.02' },
    { trade_status: 'TRADE_FINISHED' },
    { seller_id: '2088000000000000' },
    { refund_status: null },
    { gmt_create: null },
    { subject: '另一个商品' },
    { out_trade_no: 'OTHER', return_to: 'https://evil.example' },
    { added_after_signing: 'x' },
  ];
  for (const charset of CHARSETS) {
    it(`changed, removed and added fields keep the original sign and fail with SIGN_MISMATCH (${charset})`, async () => {
      const n = await buildTestNotification({
        keys: MD5,
        charset,
        outTradeNo: 'T-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'WAIT_SELLER_AGREE',
        totalFee: '0.01',
      });
      // control: no change leaves it genuine
      expect(codeOf(await verify(tamperNotification(n.body, {}, charset), charset))).toBe('OK');
      for (const changes of tampers) {
        const body = tamperNotification(n.body, changes, charset);
        const r = await verify(body, charset);
        expect(codeOf(r)).toBe('SIGN_MISMATCH');
        if (!r.valid && r.params) {
          expect(r.params['sign']).toBe(n.params['sign']);
          for (const [k, v] of Object.entries(changes)) expect(r.params[k]).toBe(v ?? undefined);
        }
      }
    });

    it(`the same with an RSA signature (${charset})`, async () => {
      const n = await buildTestNotification({
        keys: RSA,
        charset,
        outTradeNo: 'T-2',
        tradeStatus: 'TRADE_FINISHED',
        totalFee: '0.01',
      });
      expect(codeOf(await verify(tamperNotification(n.body, { total_fee: '100.00' }, charset), charset, RSA))).toBe(
        'SIGN_MISMATCH',
      );
    });
  }

  it('accepts the body as text too', async () => {
    const n = await buildTestNotification({
      keys: MD5,
      outTradeNo: 'T-3',
      tradeStatus: 'WAIT_BUYER_PAY',
      totalFee: '0.01',
    });
    expect(tamperNotification(n.bodyText, { total_fee: '9.99' })).toEqual(
      tamperNotification(n.body, { total_fee: '9.99' }),
    );
  });
});

describe('resignNotification', () => {
  for (const charset of CHARSETS) {
    it(`changed content with a fresh valid signature verifies (${charset})`, async () => {
      for (const keys of [MD5, RSA]) {
        const n = await buildTestNotification({
          keys,
          charset,
          outTradeNo: 'S-1',
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          totalFee: '0.01',
        });
        const body = await resignNotification(
          n.body,
          { total_fee: '100.00', receive_name: '李四', gmt_create: null },
          { keys, charset },
        );
        const r = await verify(body, charset, keys);
        expect(codeOf(r)).toBe('OK');
        expect(r.valid && r.params['total_fee']).toBe('100.00');
        expect(r.valid && r.params['receive_name']).toBe('李四');
        expect(r.valid && 'gmt_create' in r.params).toBe(false);
      }
    });
  }
});

describe('buildTestReturn', () => {
  for (const charset of CHARSETS) {
    it(`is a signed GET to return_url that verifyReturn accepts (${charset})`, async () => {
      const ret = await buildTestReturn({
        keys: MD5,
        charset,
        returnUrl: 'https://shop.example/alipay/return',
        outTradeNo: 'RET-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '348.00',
      });
      expect(ret.url.origin + ret.url.pathname).toBe('https://shop.example/alipay/return');
      expect(ret.params['is_success']).toBe('T');
      expect(ret.notifyId).toMatch(/^[A-Za-z0-9+/]{64}$/);
      const keys = Object.keys(ret.params);
      expect(keys.slice(-2)).toEqual(['sign', 'sign_type']);
      expect(keys.slice(0, -2)).toEqual([...keys.slice(0, -2)].sort());

      const checker = acceptingNotifyIds([ret.notifyId]);
      const r = await verifyReturn(ret.url, { keys: MD5, charset, checkNotifyId: checker });
      expect(codeOf(r)).toBe('OK');
      expect(r.valid && r.params).toEqual(ret.params);
      expect(checker.seen).toEqual([ret.notifyId]);

      const req = ret.request();
      expect(req.method).toBe('GET');
      expect(req.url).toBe(ret.url.href);
      expect(codeOf(await verifyReturn(new URL(req.url), { keys: MD5, charset, checkNotifyId: false }))).toBe('OK');
    });
  }

  it('a return_url with its own query fails verification, as it does with Alipay', async () => {
    const ret = await buildTestReturn({
      keys: MD5,
      returnUrl: 'https://shop.example/return?from=alipay',
      outTradeNo: 'RET-2',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '1.00',
    });
    expect(ret.url.searchParams.get('from')).toBe('alipay');
    expect(codeOf(await verifyReturn(ret.url, { keys: MD5, charset: 'utf-8', checkNotifyId: false }))).toBe(
      'SIGN_MISMATCH',
    );
  });
});

describe('acceptingNotifyIds', () => {
  it('verifies the listed ids, rejects the others, and records what it was asked', async () => {
    const checker = acceptingNotifyIds(['a']);
    expect((await checker('a')).outcome).toBe('verified');
    expect((await checker('b')).outcome).toBe('rejected');
    checker.allow('b');
    expect((await checker('b')).outcome).toBe('verified');
    expect(checker.seen).toEqual(['a', 'b', 'b']);
    expect((await acceptingNotifyIds()('anything')).outcome).toBe('verified');
  });

  it('a notification whose id is not accepted fails with NOTIFY_VERIFY_FAILED', async () => {
    const n = await buildTestNotification({
      keys: MD5,
      outTradeNo: 'A-1',
      tradeStatus: 'WAIT_BUYER_PAY',
      totalFee: '1.00',
    });
    const r = await verifyNotification(n.body, {
      keys: MD5,
      charset: 'utf-8',
      checkNotifyId: acceptingNotifyIds(['someone-else']),
    });
    expect(codeOf(r)).toBe('NOTIFY_VERIFY_FAILED');
  });
});

describe('Alipay time', () => {
  it('is Beijing time in yyyy-MM-dd HH:mm:ss, and parses back', () => {
    expect(formatAlipayTime(new Date('2013-08-22T06:45:24Z'))).toBe('2013-08-22 14:45:24');
    expect(formatAlipayTime(new Date('2013-12-31T16:00:00Z'))).toBe('2014-01-01 00:00:00');
    expect(parseAlipayTime('2013-08-22 14:45:24')?.toISOString()).toBe('2013-08-22T06:45:24.000Z');
    expect(parseAlipayTime('2013-02-30 00:00:00')).toBeUndefined();
    expect(parseAlipayTime('2013-08-22T14:45:24')).toBeUndefined();
  });
});
