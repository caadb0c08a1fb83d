import fc from 'fast-check';
import { referenceDecodeForm } from './helpers/reference-form.js';
import { describe, expect, it } from 'vitest';
import samples from './fixtures/samples/samples.json' with { type: 'json' };
import { chloereiKeys } from './fixtures/keys.js';
import { oracleVectors, peerVectors, type OracleSigningCase } from './fixtures/vectors.js';
import { bytesToHex } from '../src/crypto/hex.js';
import type { AlipayEscrowError } from '../src/errors/error.js';
import { formatYuan, parseYuan } from '../src/protocol/amount.js';
import { formEncodePairs } from '../src/protocol/form-encode.js';
import { renderPaymentForm } from '../src/protocol/html-form.js';
import {
  buildPaymentRequest,
  type EscrowOrder,
  type LogisticsOption,
  type LogisticsOptions,
  type MerchantConfig,
} from '../src/protocol/payment-request.js';
import { presignBytes, presignString, signedPairs } from '../src/protocol/presign.js';
import { signParams, verifyBytes } from '../src/protocol/sign.js';
import type { Charset } from '../src/charset/index.js';

// ---------------------------------------------------------------------------------------------
// helpers

const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const LIVE = 'https://mapi.alipay.com/gateway.do';
const SANDBOX = 'http://127.0.0.1:7001/gateway.do';

function merchant(over: Partial<MerchantConfig> = {}): MerchantConfig {
  return {
    partner: '2088101122136241',
    keys: { signType: 'MD5', key: KEY },
    charset: 'utf-8',
    seller: { email: 'seller@example.com' },
    notifyUrl: 'https://shop.example.com/alipay/notify',
    returnUrl: 'https://shop.example.com/alipay/return',
    ...over,
  };
}

function order(over: Partial<EscrowOrder> = {}): EscrowOrder {
  return {
    outTradeNo: 'T20240101-0001',
    subject: '测试商品',
    price: '10',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    ...over,
  };
}

async function rejection(promise: Promise<unknown>): Promise<AlipayEscrowError> {
  try {
    await promise;
  } catch (e) {
    return e as AlipayEscrowError;
  }
  throw new Error('expected the promise to reject');
}

function toObject(pairs: readonly (readonly [string, string])[]): Record<string, string> {
  return Object.fromEntries(pairs);
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITY[name]!);
}

/** The hidden fields of a rendered form, unescaped, in document order. */
function hiddenFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    fields.push([unescapeHtml(m[1]!), unescapeHtml(m[2]!)]);
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// vectors

/** The order a vector's params describe, or the params it cannot express. */
function orderFromVector(c: OracleSigningCase): { order: EscrowOrder; merchant: MerchantConfig; unused: string[] } {
  const p = { ...c.params };
  const take = (name: string): string | undefined => {
    const value = p[name];
    delete p[name];
    return value;
  };
  const group = (suffix: string): LogisticsOption | undefined => {
    const type = take(`logistics_type${suffix}`);
    const fee = take(`logistics_fee${suffix}`);
    const payment = take(`logistics_payment${suffix}`);
    return type === undefined ? undefined : ({ type, fee, payment } as LogisticsOption);
  };
  const groups = [group(''), group('_1'), group('_2')].filter((g): g is LogisticsOption => g !== undefined);
  for (const fixed of ['service', 'payment_type', 'partner', '_input_charset']) take(fixed);
  const seller = { email: take('seller_email')! };
  const notifyUrl = take('notify_url');
  const returnUrl = take('return_url');
  const o: EscrowOrder = {
    outTradeNo: take('out_trade_no')!,
    subject: take('subject')!,
    price: take('price')!,
    quantity: take('quantity')!,
    logistics: groups as unknown as LogisticsOptions,
    body: take('body') ?? '',
    showUrl: take('show_url') ?? '',
    receive: {
      name: take('receive_name') ?? '',
      address: take('receive_address') ?? '',
      zip: take('receive_zip') ?? '',
      phone: take('receive_phone') ?? '',
      mobile: take('receive_mobile') ?? '',
    },
    // the order's own callback URLs, the merchant's defaults below are overridden
    ...(returnUrl === undefined ? {} : { returnUrl }),
  };
  const m = merchant({
    partner: c.partner,
    keys: { signType: 'MD5', key: c.key },
    charset: c.charset,
    seller,
    ...(notifyUrl === undefined ? {} : { notifyUrl }),
    returnUrl: 'https://overridden.example.com/return',
  });
  if (notifyUrl === undefined) delete (m as { notifyUrl?: string }).notifyUrl;
  return { order: o, merchant: m, unused: Object.keys(p) };
}

// Vectors whose subject and body hold a bare "&": the demo signs them, and so does signParams when
// told to sign exactly what it is given (allowAmbiguous, what the CLI's `sign` does); by default
// signParams and buildPaymentRequest refuse them (PARAM_AMBIGUOUS naming the first such field they
// meet: body in sorted order, subject in the order's).
const AMBIGUOUS_VECTORS = new Set(['SU04_ascii_specials', 'SU14_html_specials', 'SG04_ascii_specials']);

describe('oracle signing vectors (the official PHP demo)', () => {
  for (const c of oracleVectors.signing) {
    const ambiguous = AMBIGUOUS_VECTORS.has(c.id);
    it(`${c.id}: presign, bytes, sign, query and form fields${ambiguous ? ' (allowAmbiguous)' : ''}`, async () => {
      const signed = await signParams(
        c.params,
        { signType: 'MD5', key: c.key },
        { charset: c.charset, allowAmbiguous: ambiguous },
      );
      expect(signed.presign).toBe(c.presign);
      expect(signed.sign).toBe(c.sign);
      expect(bytesToHex(presignBytes(c.params, c.charset))).toBe(c.presign_hex);
      const sent: [string, string][] = [...signedPairs(c.params), ['sign', signed.sign], ['sign_type', 'MD5']];
      expect(formEncodePairs(sent, c.charset)).toBe(c.request_query);
      const html = renderPaymentForm(`${LIVE}?_input_charset=${c.charset}`, sent, c.charset);
      expect(hiddenFields(html)).toEqual(c.form_fields);
    });

    if (ambiguous) {
      it(`${c.id}: refused with PARAM_AMBIGUOUS by signParams (default) and buildPaymentRequest`, async () => {
        await expect(
          signParams(c.params, { signType: 'MD5', key: c.key }, { charset: c.charset }),
        ).rejects.toMatchObject({ code: 'PARAM_AMBIGUOUS', field: 'body' });
        const { order: o, merchant: m } = orderFromVector(c);
        const e = await rejection(buildPaymentRequest(o, m));
        expect(e).toMatchObject({ code: 'PARAM_AMBIGUOUS', field: 'subject', status: 400 });
      });
      continue;
    }

    it(`${c.id}: the same order through buildPaymentRequest`, async () => {
      const { order: o, merchant: m, unused } = orderFromVector(c);
      expect(unused).toEqual([]);
      if (c.params.out_trade_no!.trim() !== c.params.out_trade_no) {
        // SG07: out_trade_no with surrounding spaces is rejected rather than signed.
        const e = await rejection(buildPaymentRequest(o, m));
        expect(e.code).toBe('ILLEGAL_ARGUMENT');
        expect(e.field).toBe('out_trade_no');
        return;
      }
      const request = await buildPaymentRequest(o, m);
      expect(request.presign).toBe(c.presign);
      expect(request.sign).toBe(c.sign);
      expect(request.url).toBe(`${LIVE}?${c.request_query}`);
      expect(request.params).toEqual(c.form_fields);
      const html = request.form();
      expect(hiddenFields(html)).toEqual(c.form_fields);
    });
  }

  it('covers both charsets and the SG07 rejection', () => {
    const ids = oracleVectors.signing.map((c) => c.id);
    expect(ids).toContain('SU14_html_specials');
    expect(ids).toContain('SG07_leading_trailing_spaces');
    expect(oracleVectors.signing.some((c) => c.charset === 'gbk')).toBe(true);
  });
});

describe('peer MD5 vectors', () => {
  for (const c of peerVectors.md5) {
    it(c.id, async () => {
      const signed = await signParams(c.params, { signType: 'MD5', key: c.key }, { charset: c.charset ?? 'utf-8' });
      expect(signed.sign).toBe(c.sign);
      if (c.presign !== undefined) expect(signed.presign).toBe(c.presign);
    });
  }
});

describe('official sample presign (C p29)', () => {
  // The doc's input, in the doc's (unsorted) order.
  const params: Record<string, string> = {
    service: 'create_partner_trade_by_buyer',
    partner: '2088002007018916',
    _input_charset: 'gbk',
    return_url: 'http://www.test.com/alipay/return_url.asp',
    out_trade_no: '709651609727679',
    subject: 'nokia n8',
    price: '3003',
    quantity: '1',
    payment_type: '1',
    logistics_type: 'EMS',
    logistics_fee: '10',
    logistics_payment: 'BUYER_PAY',
    seller_email: 'zhoubo_seller@alitest.com',
  };
  const expected = samples.raw.presign_create_C_p29;

  it('is reproduced from its params', async () => {
    expect(presignString(params)).toBe(expected);
    const signed = await signParams(params, { signType: 'MD5', key: KEY }, { charset: 'gbk' });
    expect(signed.presign).toBe(expected);
  });

  it('from the equivalent order differs only by the 2-decimal amounts', async () => {
    const request = await buildPaymentRequest(
      order({
        outTradeNo: '709651609727679',
        subject: 'nokia n8',
        price: '3003',
        quantity: 1,
        logistics: [{ type: 'EMS', fee: '10', payment: 'BUYER_PAY' }],
        returnUrl: 'http://www.test.com/alipay/return_url.asp',
      }),
      merchant({
        partner: '2088002007018916',
        charset: 'gbk',
        seller: { email: 'zhoubo_seller@alitest.com' },
        notifyUrl: '',
        returnUrl: '',
      }),
    );
    expect(request.presign).toBe(
      expected.replace('logistics_fee=10&', 'logistics_fee=10.00&').replace('price=3003&', 'price=3003.00&'),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// the request

describe('buildPaymentRequest: parameters', () => {
  it('sends sorted signed pairs, then sign and sign_type; fixed service and payment_type', async () => {
    const request = await buildPaymentRequest(order(), merchant());
    const names = request.params.map(([k]) => k);
    expect(names.slice(-2)).toEqual(['sign', 'sign_type']);
    const signedNames = names.slice(0, -2);
    expect(signedNames).toEqual([...signedNames].sort());
    const p = toObject(request.params);
    expect(p.service).toBe('create_partner_trade_by_buyer');
    expect(p.payment_type).toBe('1');
    expect(p._input_charset).toBe('utf-8');
    expect(p.sign_type).toBe('MD5');
    expect(p.sign).toBe(request.sign);
    expect(request.sign).toMatch(/^[0-9a-f]{32}$/);
    expect(request.presign).toBe(signedNames.map((k) => `${k}=${p[k]}`).join('&'));
    expect(request.charset).toBe('utf-8');
    expect(request.gatewayUrl).toBe(LIVE);
    expect(request.action).toBe(`${LIVE}?_input_charset=utf-8`);
    expect(request.url).toBe(`${LIVE}?${formEncodePairs(request.params, 'utf-8')}`);
  });

  it('signs exactly what it sends', async () => {
    const request = await buildPaymentRequest(order({ body: 'a＆b=c' }), merchant({ charset: 'gbk' }));
    const again = await signParams(request.params, { signType: 'MD5', key: KEY }, { charset: 'gbk' });
    expect(again.sign).toBe(request.sign);
  });

  it('signs with RSA (SHA1withRSA) when the merchant uses RSA keys', async () => {
    const keys = {
      signType: 'RSA' as const,
      privateKey: chloereiKeys['private-pkcs8'],
      alipayPublicKey: chloereiKeys['public-spki'],
    };
    const request = await buildPaymentRequest(order(), merchant({ keys }));
    const p = toObject(request.params);
    expect(p.sign_type).toBe('RSA');
    expect(p.sign).toBe(request.sign);
    // (verifyParams is for replies: it refuses anything shaped like a request, so check the bytes)
    expect(await verifyBytes(presignBytes(request.params, 'utf-8'), request.sign, keys, 'utf-8')).toBe(true);
    const tampered = request.params.map(([k, v]): [string, string] => [k, k === 'price' ? '0.01' : v]);
    expect(await verifyBytes(presignBytes(tampered, 'utf-8'), request.sign, keys, 'utf-8')).toBe(false);
  });

  it('sends amounts as 2-decimal yuan and quantity as a plain integer', async () => {
    const request = await buildPaymentRequest(
      order({
        price: '10',
        quantity: '2',
        discount: '-3',
        logistics: [
          { type: 'EMS', fee: '0', payment: 'BUYER_PAY' },
          { type: 'POST', fee: '5.5', payment: 'SELLER_PAY' },
        ],
      }),
      merchant(),
    );
    const p = toObject(request.params);
    expect(p.price).toBe('10.00');
    expect(p.quantity).toBe('2');
    expect(p.discount).toBe('-3.00');
    expect(p.logistics_fee).toBe('0.00');
    expect(p.logistics_fee_1).toBe('5.50');
    expect(p.logistics_type_1).toBe('POST');
    expect(p.logistics_payment_1).toBe('SELLER_PAY');
  });

  it('leaves out every empty optional value (never `x=`)', async () => {
    const request = await buildPaymentRequest(
      order({
        body: '',
        showUrl: '',
        discount: '',
        token: '',
        notifyUrl: '',
        buyer: { email: '', id: '', accountName: '' },
        receive: { name: '', address: '', zip: '', phone: '', mobile: '' },
        timeouts: { itBPay: '', tSSend1: '', tSSend2: '', tBRecPost: '' },
      }),
      merchant({ notifyUrl: '', returnUrl: '' }),
    );
    expect(request.params.map(([k]) => k)).toEqual([
      '_input_charset',
      'logistics_fee',
      'logistics_payment',
      'logistics_type',
      'out_trade_no',
      'partner',
      'payment_type',
      'price',
      'quantity',
      'seller_email',
      'service',
      'subject',
      'sign',
      'sign_type',
    ]);
    expect(request.url).not.toMatch(/=&|=$/);
  });

  it('sends every optional field it is given, under its Alipay name', async () => {
    const request = await buildPaymentRequest(
      order({
        body: '描述',
        showUrl: 'https://shop.example.com/goods/1?ref=alipay#top',
        buyer: { email: 'buyer@example.com', id: '2088000000000001', accountName: 'buyer-alias' },
        receive: { name: '张三', address: '上海', zip: '200062', phone: '02161686888', mobile: '13800000000' },
        timeouts: { itBPay: '90m', tSSend1: '7d', tSSend2: '10d', tBRecPost: '30d' },
        token: '201103290c9f9f2c03db4267a4c8e1bfe3adfd52',
      }),
      merchant({ seller: { id: '2088101122136241', email: 'seller@example.com', accountName: 'seller-alias' } }),
    );
    expect(toObject(request.params)).toMatchObject({
      body: '描述',
      show_url: 'https://shop.example.com/goods/1?ref=alipay#top',
      buyer_email: 'buyer@example.com',
      buyer_id: '2088000000000001',
      buyer_account_name: 'buyer-alias',
      receive_name: '张三',
      receive_address: '上海',
      receive_zip: '200062',
      receive_phone: '02161686888',
      receive_mobile: '13800000000',
      it_b_pay: '90m',
      t_s_send_1: '7d',
      t_s_send_2: '10d',
      t_b_rec_post: '30d',
      token: '201103290c9f9f2c03db4267a4c8e1bfe3adfd52',
      seller_id: '2088101122136241',
      seller_email: 'seller@example.com',
      seller_account_name: 'seller-alias',
      notify_url: 'https://shop.example.com/alipay/notify',
      return_url: 'https://shop.example.com/alipay/return',
    });
  });

  it('sends only the seller fields that are configured', async () => {
    const request = await buildPaymentRequest(order(), merchant({ seller: { id: '2088101122136241' } }));
    const names = request.params.map(([k]) => k);
    expect(names).toContain('seller_id');
    expect(names).not.toContain('seller_email');
    expect(names).not.toContain('seller_account_name');
  });

  it("uses the order's callback URLs over the merchant's defaults", async () => {
    const request = await buildPaymentRequest(
      order({ notifyUrl: 'https://other.example.com/n', returnUrl: 'https://other.example.com/r' }),
      merchant(),
    );
    const p = toObject(request.params);
    expect(p.notify_url).toBe('https://other.example.com/n');
    expect(p.return_url).toBe('https://other.example.com/r');
  });

  it('accepts loopback callbacks and an http gateway on loopback (the local sandbox)', async () => {
    const request = await buildPaymentRequest(
      order(),
      merchant({
        gatewayUrl: SANDBOX,
        notifyUrl: 'http://localhost:3000/alipay/notify',
        returnUrl: 'http://127.0.0.1:3000/alipay/return',
      }),
    );
    expect(request.url.startsWith(`${SANDBOX}?`)).toBe(true);
    expect(request.action).toBe(`${SANDBOX}?_input_charset=utf-8`);
    expect(toObject(request.params).notify_url).toBe('http://localhost:3000/alipay/notify');
  });

  it('accepts the largest documented values', async () => {
    for (const charset of ['utf-8', 'gbk'] as const) {
      const request = await buildPaymentRequest(
        order({
          outTradeNo: 'x'.repeat(64),
          subject: '商'.repeat(128),
          body: '述'.repeat(200),
          price: '1000000.00',
          token: 't'.repeat(40),
          receive: { name: '名'.repeat(64), address: '址'.repeat(128), zip: '1'.repeat(20), phone: '2'.repeat(30) },
          buyer: { email: `${'b'.repeat(88)}@example.com` },
          timeouts: { itBPay: '15d' },
        }),
        merchant({ charset }),
      );
      expect(request.payable).toEqual([{ cents: 100_000_000, yuan: '1000000.00' }]);
    }
    for (const itBPay of ['1m', '21600m', '360h', '1c']) {
      const request = await buildPaymentRequest(order({ timeouts: { itBPay } }), merchant());
      expect(toObject(request.params).it_b_pay).toBe(itBPay);
    }
  });
});

describe('buildPaymentRequest: payable totals', () => {
  it('price × quantity + discount + fee per option; BUYER_PAY_AFTER_RECEIVE fee not counted', async () => {
    // The notification sample (C p26, docs/internals/notifications.md#fields): price 3003, EMS fee 10, discount -3 → total_fee 3010.00.
    const request = await buildPaymentRequest(
      order({
        price: '3003',
        quantity: 1,
        discount: '-3',
        logistics: [
          { type: 'EMS', fee: '10', payment: 'BUYER_PAY' },
          { type: 'POST', fee: '5', payment: 'SELLER_PAY' },
          { type: 'EXPRESS', fee: '20', payment: 'BUYER_PAY_AFTER_RECEIVE' },
        ],
      }),
      merchant(),
    );
    expect(request.payable).toEqual([
      { cents: 301_000, yuan: '3010.00' },
      { cents: 300_500, yuan: '3005.00' },
      { cents: 300_000, yuan: '3000.00' },
    ]);
  });

  it('computes in integer fen (0.1 + 0.2 is exactly 0.30)', async () => {
    const request = await buildPaymentRequest(
      order({ price: '0.1', quantity: 3, logistics: [{ type: 'POST', fee: '0.2', payment: 'BUYER_PAY' }] }),
      merchant(),
    );
    expect(request.payable).toEqual([{ cents: 50, yuan: '0.50' }]);
  });

  it('lets a COD fee exceed the cap because it is not in the total', async () => {
    const request = await buildPaymentRequest(
      order({ price: '1000000', logistics: [{ type: 'EMS', fee: '50', payment: 'BUYER_PAY_AFTER_RECEIVE' }] }),
      merchant(),
    );
    expect(request.payable[0]!.yuan).toBe('1000000.00');
  });
});

describe('amount helpers', () => {
  it('parse and format 2-decimal yuan', () => {
    expect(parseYuan('0.01')).toBe(1n);
    expect(parseYuan('10')).toBe(1000n);
    expect(parseYuan('10.5')).toBe(1050n);
    expect(parseYuan('-3.00')).toBe(-300n);
    for (const bad of ['', '1.', '.5', '+1', '1e3', '1,000', ' 1', '1.001', '１', '0x10', '-']) {
      expect(parseYuan(bad)).toBeUndefined();
    }
    expect(formatYuan(0n)).toBe('0.00');
    expect(formatYuan(5n)).toBe('0.05');
    expect(formatYuan(-300n)).toBe('-3.00');
    expect(formatYuan(123456789n)).toBe('1234567.89');
  });

  it('round-trips (fast-check)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (cents) => {
        expect(parseYuan(formatYuan(cents))).toBe(cents);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// validation

interface FailCase {
  name: string;
  order?: Partial<EscrowOrder>;
  merchant?: Partial<MerchantConfig>;
  code: string;
  field?: string;
}

const one = (option: Partial<LogisticsOption>): LogisticsOptions => [
  { type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY', ...option },
];
const bad = <T>(value: unknown): T => value as T;
const long = (n: number): string => 'a'.repeat(n);

const failures: FailCase[] = [
  // merchant
  { name: 'partner not 2088+12 digits', merchant: { partner: '2088123' }, code: 'ILLEGAL_PARTNER', field: 'partner' },
  {
    name: 'partner with a space',
    merchant: { partner: ' 2088101122136241' },
    code: 'ILLEGAL_PARTNER',
    field: 'partner',
  },
  { name: 'empty MD5 key', merchant: { keys: { signType: 'MD5', key: '' } }, code: 'KEY_INVALID', field: 'key' },
  {
    name: 'MD5 key with a newline',
    merchant: { keys: { signType: 'MD5', key: `${KEY}\n` } },
    code: 'KEY_INVALID',
    field: 'key',
  },
  {
    name: 'RSA without a private key',
    merchant: { keys: { signType: 'RSA' } },
    code: 'RSA_KEY_INVALID',
    field: 'privateKey',
  },
  {
    name: 'DSA sign type',
    merchant: { keys: bad({ signType: 'DSA' }) },
    code: 'SIGN_TYPE_UNSUPPORTED',
    field: 'signType',
  },
  { name: 'no seller at all', merchant: { seller: {} }, code: 'ILLEGAL_ARGUMENT', field: 'seller' },
  {
    name: 'seller id malformed',
    merchant: { seller: { id: '208812345' } },
    code: 'ILLEGAL_ARGUMENT',
    field: 'seller_id',
  },
  {
    name: 'seller email too long',
    merchant: { seller: { email: long(101) } },
    code: 'FIELD_TOO_LONG',
    field: 'seller_email',
  },
  {
    name: 'seller account name too long',
    merchant: { seller: { accountName: long(101) } },
    code: 'FIELD_TOO_LONG',
    field: 'seller_account_name',
  },
  { name: 'unknown charset', merchant: { charset: bad('latin1') }, code: 'CHARSET_UNSUPPORTED', field: 'charset' },
  {
    name: 'unknown unencodable policy',
    merchant: { unencodable: bad('drop') },
    code: 'CONFIG_INVALID',
    field: 'unencodable',
  },
  {
    name: 'gateway over http',
    merchant: { gatewayUrl: 'http://mapi.alipay.com/gateway.do' },
    code: 'CONFIG_INVALID',
    field: 'gatewayUrl',
  },
  {
    name: 'remote gateway over http',
    merchant: { gatewayUrl: 'http://sandbox.example.com/gateway.do' },
    code: 'CONFIG_INVALID',
    field: 'gatewayUrl',
  },
  {
    name: 'gateway with a query',
    merchant: { gatewayUrl: `${LIVE}?_input_charset=utf-8` },
    code: 'CONFIG_INVALID',
    field: 'gatewayUrl',
  },
  {
    name: 'production host, wrong path',
    merchant: { gatewayUrl: 'https://mapi.alipay.com/gateway' },
    code: 'CONFIG_INVALID',
    field: 'gatewayUrl',
  },
  {
    name: 'gateway not a URL',
    merchant: { gatewayUrl: 'mapi.alipay.com' },
    code: 'CONFIG_INVALID',
    field: 'gatewayUrl',
  },
  // required fields
  { name: 'empty out_trade_no', order: { outTradeNo: '' }, code: 'ILLEGAL_ARGUMENT', field: 'out_trade_no' },
  {
    name: 'out_trade_no with a trailing space',
    order: { outTradeNo: 'T1 ' },
    code: 'ILLEGAL_ARGUMENT',
    field: 'out_trade_no',
  },
  { name: 'out_trade_no of 65 bytes', order: { outTradeNo: long(65) }, code: 'FIELD_TOO_LONG', field: 'out_trade_no' },
  {
    name: 'out_trade_no as a number',
    order: { outTradeNo: bad(123) },
    code: 'ILLEGAL_ARGUMENT',
    field: 'out_trade_no',
  },
  { name: 'empty subject', order: { subject: '' }, code: 'ILLEGAL_ARGUMENT', field: 'subject' },
  { name: 'blank subject', order: { subject: '   ' }, code: 'ILLEGAL_ARGUMENT', field: 'subject' },
  {
    name: 'subject of 129 Chinese characters',
    order: { subject: '商'.repeat(129) },
    code: 'FIELD_TOO_LONG',
    field: 'subject',
  },
  { name: 'subject of 257 ASCII bytes', order: { subject: long(257) }, code: 'FIELD_TOO_LONG', field: 'subject' },
  // lengths
  { name: 'body of 401 bytes', order: { body: long(401) }, code: 'FIELD_TOO_LONG', field: 'body' },
  {
    name: 'show_url of 401 bytes',
    order: { showUrl: `https://shop.example.com/${long(376)}` },
    code: 'FIELD_TOO_LONG',
    field: 'show_url',
  },
  {
    name: 'buyer email of 101 bytes',
    order: { buyer: { email: long(101) } },
    code: 'FIELD_TOO_LONG',
    field: 'buyer_email',
  },
  {
    name: 'buyer account name of 101 bytes',
    order: { buyer: { accountName: long(101) } },
    code: 'FIELD_TOO_LONG',
    field: 'buyer_account_name',
  },
  {
    name: 'receive_name of 65 Chinese characters',
    order: { receive: { name: '名'.repeat(65) } },
    code: 'FIELD_TOO_LONG',
    field: 'receive_name',
  },
  {
    name: 'receive_address of 257 bytes',
    order: { receive: { address: long(257) } },
    code: 'FIELD_TOO_LONG',
    field: 'receive_address',
  },
  {
    name: 'receive_zip of 21 bytes',
    order: { receive: { zip: '1'.repeat(21) } },
    code: 'FIELD_TOO_LONG',
    field: 'receive_zip',
  },
  {
    name: 'receive_phone of 31 bytes',
    order: { receive: { phone: '1'.repeat(31) } },
    code: 'FIELD_TOO_LONG',
    field: 'receive_phone',
  },
  { name: 'token of 41 bytes', order: { token: long(41) }, code: 'FIELD_TOO_LONG', field: 'token' },
  {
    name: 'receive_zip as a number',
    order: { receive: { zip: bad(310013) } },
    code: 'ILLEGAL_ARGUMENT',
    field: 'receive_zip',
  },
  // amounts
  { name: 'price not a number', order: { price: 'abc' }, code: 'AMOUNT_INVALID', field: 'price' },
  { name: 'price with 3 decimals', order: { price: '10.001' }, code: 'AMOUNT_INVALID', field: 'price' },
  { name: 'price as a JS number', order: { price: bad(10) }, code: 'AMOUNT_INVALID', field: 'price' },
  { name: 'price with spaces', order: { price: ' 10' }, code: 'AMOUNT_INVALID', field: 'price' },
  { name: 'price 0', order: { price: '0' }, code: 'ILLEGAL_ARGUMENT', field: 'price' },
  { name: 'price negative', order: { price: '-1' }, code: 'ILLEGAL_ARGUMENT', field: 'price' },
  { name: 'price above 1,000,000', order: { price: '1000000.01' }, code: 'ILLEGAL_ARGUMENT', field: 'price' },
  { name: 'discount as a JS number', order: { discount: bad(-3) }, code: 'AMOUNT_INVALID', field: 'discount' },
  { name: 'discount with 3 decimals', order: { discount: '-1.234' }, code: 'AMOUNT_INVALID', field: 'discount' },
  { name: 'quantity 0', order: { quantity: 0 }, code: 'ILLEGAL_ARGUMENT', field: 'quantity' },
  { name: 'quantity 1.5', order: { quantity: 1.5 }, code: 'ILLEGAL_ARGUMENT', field: 'quantity' },
  { name: 'quantity "2x"', order: { quantity: '2x' }, code: 'ILLEGAL_ARGUMENT', field: 'quantity' },
  { name: 'total ≤ 0', order: { price: '1', discount: '-1.00' }, code: 'TOTAL_FEE_LESSEQUAL_ZERO', field: 'total_fee' },
  {
    name: 'total above 1,000,000',
    order: { price: '1000000', quantity: 2 },
    code: 'TOTAL_FEE_GREATER_THAN_MAX',
    field: 'total_fee',
  },
  {
    name: 'total above 1,000,000 through a BUYER_PAY fee',
    order: { price: '1000000', logistics: one({ fee: '0.01', payment: 'BUYER_PAY' }) },
    code: 'TOTAL_FEE_GREATER_THAN_MAX',
    field: 'total_fee',
  },
  // logistics
  {
    name: 'no logistics option',
    order: { logistics: bad([]) },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_type',
  },
  {
    name: 'four logistics options',
    order: {
      logistics: bad([...one({ type: 'POST' }), ...one({ type: 'EMS' }), ...one({}), ...one({ type: 'POST' })]),
    },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_type',
  },
  {
    name: 'logistics type DIRECT',
    order: { logistics: one({ type: bad('DIRECT') }) },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_type',
  },
  {
    name: 'logistics payment unknown',
    order: { logistics: one({ payment: bad('FREE') }) },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_payment',
  },
  {
    name: 'negative logistics fee',
    order: { logistics: one({ fee: '-1' }) },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_fee',
  },
  {
    name: 'logistics fee with 3 decimals',
    order: { logistics: one({ fee: '1.234' }) },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_fee',
  },
  {
    name: 'second option without a fee',
    order: { logistics: bad([...one({}), { type: 'POST', payment: 'BUYER_PAY' }]) },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_fee_1',
  },
  {
    name: "second option repeats the first one's type",
    order: { logistics: [...one({ type: 'EMS' }), ...one({ type: 'EMS' })] as unknown as LogisticsOptions },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_type_1',
  },
  {
    name: 'second and third option share a type',
    order: {
      logistics: [
        ...one({ type: 'EMS' }),
        ...one({ type: 'POST' }),
        ...one({ type: 'POST' }),
      ] as unknown as LogisticsOptions,
    },
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    field: 'logistics_type_2',
  },
  // callback URLs
  {
    name: 'notify_url with a query',
    order: { notifyUrl: 'https://shop.example.com/notify?id=123' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'notify_url with an empty query',
    merchant: { notifyUrl: 'https://shop.example.com/notify?' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'return_url with a fragment',
    order: { returnUrl: 'https://shop.example.com/return#done' },
    code: 'CALLBACK_URL_INVALID',
    field: 'return_url',
  },
  {
    name: 'return_url with "!"',
    order: { returnUrl: 'https://shop.example.com/#!/return' },
    code: 'CALLBACK_URL_INVALID',
    field: 'return_url',
  },
  {
    name: 'return_url with "!" in the path',
    order: { returnUrl: 'https://shop.example.com/pay!return' },
    code: 'CALLBACK_URL_INVALID',
    field: 'return_url',
  },
  {
    name: 'notify_url with credentials',
    order: { notifyUrl: 'https://user:pw@shop.example.com/notify' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'relative notify_url',
    order: { notifyUrl: '/alipay/notify' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'notify_url not http(s)',
    order: { notifyUrl: 'ftp://shop.example.com/notify' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'notify_url with a space',
    order: { notifyUrl: 'https://shop.example.com/no tify' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'live: notify_url on localhost',
    order: { notifyUrl: 'http://localhost:3000/notify' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'live: notify_url on 127.1 shorthand',
    order: { notifyUrl: 'http://127.1/notify' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'live: notify_url on a private IP',
    order: { notifyUrl: 'http://192.168.1.20/notify' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'live: notify_url on 10/8',
    order: { notifyUrl: 'http://10.2.4.200:88/' },
    code: 'CALLBACK_URL_INVALID',
    field: 'notify_url',
  },
  {
    name: 'live: return_url on [::1]',
    order: { returnUrl: 'http://[::1]:3000/return' },
    code: 'CALLBACK_URL_INVALID',
    field: 'return_url',
  },
  {
    name: 'live: return_url on a mapped private IPv6',
    order: { returnUrl: 'http://[::ffff:172.16.0.1]/return' },
    code: 'CALLBACK_URL_INVALID',
    field: 'return_url',
  },
  {
    name: 'live: return_url on a single-label host',
    order: { returnUrl: 'http://shop/return' },
    code: 'CALLBACK_URL_INVALID',
    field: 'return_url',
  },
  {
    name: 'show_url not http(s)',
    order: { showUrl: 'javascript:alert(1)' },
    code: 'CALLBACK_URL_INVALID',
    field: 'show_url',
  },
  // timeouts
  { name: 'it_b_pay above 15d', order: { timeouts: { itBPay: '16d' } }, code: 'ILLEGAL_ARGUMENT', field: 'it_b_pay' },
  {
    name: 'it_b_pay above 15d in minutes',
    order: { timeouts: { itBPay: '21601m' } },
    code: 'ILLEGAL_ARGUMENT',
    field: 'it_b_pay',
  },
  {
    name: 'it_b_pay with decimals',
    order: { timeouts: { itBPay: '1.5h' } },
    code: 'ILLEGAL_ARGUMENT',
    field: 'it_b_pay',
  },
  { name: 'it_b_pay 0m', order: { timeouts: { itBPay: '0m' } }, code: 'ILLEGAL_ARGUMENT', field: 'it_b_pay' },
  { name: 'it_b_pay 2c', order: { timeouts: { itBPay: '2c' } }, code: 'ILLEGAL_ARGUMENT', field: 'it_b_pay' },
  {
    name: 't_s_send_1 without a unit',
    order: { timeouts: { tSSend1: '7' } },
    code: 'ILLEGAL_ARGUMENT',
    field: 't_s_send_1',
  },
  {
    name: 't_s_send_2 in hours',
    order: { timeouts: { tSSend2: '7h' } },
    code: 'ILLEGAL_ARGUMENT',
    field: 't_s_send_2',
  },
  {
    name: 't_b_rec_post without a number',
    order: { timeouts: { tBRecPost: 'd' } },
    code: 'ILLEGAL_ARGUMENT',
    field: 't_b_rec_post',
  },
  // identities
  { name: 'buyer id malformed', order: { buyer: { id: '12345' } }, code: 'ILLEGAL_ARGUMENT', field: 'buyer_id' },
  {
    name: 'buyer id equals seller id',
    order: { buyer: { id: '2088101122136241' } },
    merchant: { seller: { id: '2088101122136241' } },
    code: 'BUYER_SELLER_EQUAL',
    field: 'buyer_id',
  },
  {
    name: 'buyer email equals seller email',
    order: { buyer: { email: 'Seller@Example.com' } },
    code: 'BUYER_SELLER_EQUAL',
    field: 'buyer_email',
  },
  // charset
  {
    name: 'GBK subject with an emoji',
    order: { subject: '商品😀' },
    merchant: { charset: 'gbk' },
    code: 'CHARSET_UNENCODABLE',
    field: 'subject',
  },
  {
    name: 'GBK receive_name outside GBK',
    order: { receive: { name: '张😀' } },
    merchant: { charset: 'gbk' },
    code: 'CHARSET_UNENCODABLE',
    field: 'receive_name',
  },
  { name: 'UTF-8 body with a lone surrogate', order: { body: 'ab\uD800' }, code: 'CHARSET_UNENCODABLE', field: 'body' },
  {
    name: "lone surrogate stays an error under 'ncr'",
    order: { body: 'ab\uDC00' },
    merchant: { charset: 'gbk', unencodable: 'ncr' },
    code: 'CHARSET_UNENCODABLE',
    field: 'body',
  },
];

describe('buildPaymentRequest: every rule rejects with the documented code and field', () => {
  for (const f of failures) {
    it(`${f.name} → ${f.code}`, async () => {
      const e = await rejection(buildPaymentRequest(order(f.order), merchant(f.merchant)));
      expect(e.name).toBe('AlipayEscrowError');
      expect(e.code).toBe(f.code);
      if (f.field !== undefined) expect(e.field).toBe(f.field);
      expect(e.message).not.toContain(KEY);
    });
  }

  it('answers 500 for a merchant misconfiguration and 400 for a bad order', async () => {
    expect((await rejection(buildPaymentRequest(order(), merchant({ partner: '1' })))).status).toBe(500);
    expect((await rejection(buildPaymentRequest(order(), merchant({ notifyUrl: 'http://localhost/n' })))).status).toBe(
      500,
    );
    expect((await rejection(buildPaymentRequest(order(), merchant({ seller: { email: long(101) } })))).status).toBe(
      500,
    );
    expect((await rejection(buildPaymentRequest(order({ notifyUrl: 'http://localhost/n' }), merchant()))).status).toBe(
      400,
    );
    expect((await rejection(buildPaymentRequest(order({ price: '0' }), merchant()))).status).toBe(400);
  });

  it('names the field and the fix in the message', async () => {
    const e = await rejection(buildPaymentRequest(order({ logistics: one({ fee: '-1' }) }), merchant()));
    expect(e.message).toContain('logistics_fee');
    expect(e.message).toContain('"-1"');
    expect(e.hint).toContain('negative');
  });
});

describe('buildPaymentRequest: unencodable characters under ncr', () => {
  it("sends &#NNN; in the signed value when merchant.unencodable is 'ncr'", async () => {
    const request = await buildPaymentRequest(
      order({ subject: '商品😀' }),
      merchant({ charset: 'gbk', unencodable: 'ncr' }),
    );
    const p = toObject(request.params);
    expect(p.subject).toBe('商品&#128512;');
    expect(request.presign).toContain('subject=商品&#128512;');
    const again = await signParams(request.params, { signType: 'MD5', key: KEY }, { charset: 'gbk' });
    expect(again.sign).toBe(request.sign);
    expect(request.url).toContain('subject=%C9%CC%C6%B7%26%23128512%3B');
  });

  it('counts the NCR in the length limit', async () => {
    const e = await rejection(
      buildPaymentRequest(
        order({ receive: { zip: '1'.repeat(12) + '😀' } }),
        merchant({ charset: 'gbk', unencodable: 'ncr' }),
      ),
    );
    expect(e.code).toBe('FIELD_TOO_LONG');
    expect(e.field).toBe('receive_zip');
  });
});

// ---------------------------------------------------------------------------------------------
// HTML form

describe('HTML form', () => {
  it('follows CR p8: action with only _input_charset, hidden inputs only, accept-charset, auto-submit', async () => {
    const request = await buildPaymentRequest(order(), merchant({ charset: 'gbk' }));
    const html = request.form();
    expect(html).toContain(
      `<form id="alipay-escrow-form" action="${LIVE}?_input_charset=gbk" method="post" accept-charset="gbk">`,
    );
    expect(hiddenFields(html)).toEqual(request.params);
    expect(hiddenFields(html)[0]).toEqual(['_input_charset', 'gbk']);
    // no named control besides the hidden inputs: the button is not submitted
    expect(html.match(/\bname="/g)).toHaveLength(request.params.length);
    expect(html).toContain('<button type="submit">');
    expect(html).toContain('<noscript>');
    expect(html).toMatch(
      /<script>HTMLFormElement\.prototype\.submit\.call\(document\.getElementById\("alipay-escrow-form"\)\);<\/script>$/,
    );
  });

  it('escapes < > " \' (and the & of a character reference) so an apostrophe cannot cut a value short (SU14 without its bare "&")', async () => {
    // SU14 itself holds a bare "&", now refused (see the oracle vectors above); its other specials stay.
    const su14 = oracleVectors.signing.find((c) => c.id === 'SU14_html_specials')!;
    const params = { ...su14.params, subject: `It's "quoted" <b>bold</b> more`, body: '&#39;x&#39; <tag> 商品' };
    const { order: o, merchant: m } = orderFromVector({ ...su14, params });
    const html = (await buildPaymentRequest(o, m)).form();
    expect(html).toContain('value="It&#39;s &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; more"');
    expect(html).toContain('value="&amp;#39;x&amp;#39; &lt;tag&gt; 商品"');
    expect(toObject(hiddenFields(html)).subject).toBe(params.subject);
    expect(toObject(hiddenFields(html)).body).toBe(params.body);
    expect(html).not.toContain("It's");
    expect(html).not.toContain('<b>');
  });

  it('supports GET, no auto-submit, a custom id, label and CSP nonce', async () => {
    const request = await buildPaymentRequest(order(), merchant());
    const get = request.form({ method: 'get', autoSubmit: false, submitLabel: 'Pay <now> & "go"', id: 'pay-2' });
    expect(get).toContain('method="get"');
    expect(get).toContain('id="pay-2"');
    expect(get).toContain('<button type="submit">Pay &lt;now&gt; &amp; &quot;go&quot;</button>');
    expect(get).not.toContain('<script');
    expect(get).not.toContain('<noscript>');
    const withNonce = request.form({ nonce: 'abc123==' });
    expect(withNonce).toContain('<script nonce="abc123==">');
  });

  it('rejects form options that would inject markup', async () => {
    const request = await buildPaymentRequest(order(), merchant());
    for (const options of [{ id: 'x" onclick="y' }, { nonce: '"><script>' }, { method: bad<'post'>('put') }]) {
      let code: string | undefined;
      try {
        request.form(options);
      } catch (e) {
        code = (e as AlipayEscrowError).code;
      }
      expect(code).toBe('CONFIG_INVALID');
    }
  });

  it('renders a full page that declares UTF-8 and submits in the request charset', async () => {
    const request = await buildPaymentRequest(order(), merchant({ charset: 'gbk' }));
    const page = request.page({ title: 'A & B' });
    expect(page.startsWith('<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page).toContain('<title>A &amp; B</title>');
    expect(page).toContain(request.form());
    expect(page).toContain('accept-charset="gbk"');
  });
});

// ---------------------------------------------------------------------------------------------
// property: any valid order builds, and the URL gives back exactly the signed params

// every special character but "&", which the library refuses to sign (PARAM_AMBIGUOUS)
const TEXT_CHARS = [...'abcXYZ019 -_.=+%#?/\'"<>;:!,测试商品张三上海（）【】：“”。＆'];
const text = (maxChars: number) =>
  fc.array(fc.constantFrom(...TEXT_CHARS), { minLength: 1, maxLength: maxChars }).map((cs) => cs.join(''));
const optionalText = (maxChars: number) => fc.option(text(maxChars), { nil: undefined });

const validOrder = fc
  .record({
    charset: fc.constantFrom<Charset>('utf-8', 'gbk'),
    outTradeNo: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    subject: text(128).filter((s) => s.trim() !== ''),
    body: optionalText(200),
    priceCents: fc.bigInt({ min: 1n, max: 100_000n }),
    quantity: fc.integer({ min: 1, max: 50 }),
    discountCents: fc.option(fc.bigInt({ min: -100_000n, max: 100_000n }), { nil: undefined }),
    types: fc.shuffledSubarray(['POST', 'EXPRESS', 'EMS'] as const, { minLength: 1 }),
    fees: fc.array(fc.bigInt({ min: 0n, max: 50_000n }), { minLength: 3, maxLength: 3 }),
    payments: fc.array(fc.constantFrom('BUYER_PAY', 'SELLER_PAY', 'BUYER_PAY_AFTER_RECEIVE' as const), {
      minLength: 3,
      maxLength: 3,
    }),
    receiveName: optionalText(64),
    buyerEmail: fc.option(fc.constantFrom('buyer@example.com', 'b+1@example.org'), { nil: undefined }),
    asString: fc.boolean(),
  })
  .map((r) => {
    const goods = r.priceCents * BigInt(r.quantity);
    // keep every total above 0: a discount may not eat the whole amount
    const discount =
      r.discountCents === undefined ? undefined : r.discountCents < 0n ? -(-r.discountCents % goods) : r.discountCents;
    const logistics = r.types.map((type, i) => ({ type, fee: formatYuan(r.fees[i]!), payment: r.payments[i]! }));
    const o: EscrowOrder = {
      outTradeNo: r.outTradeNo,
      subject: r.subject,
      price: formatYuan(r.priceCents).replace(/\.00$/, ''),
      quantity: r.asString ? String(r.quantity) : r.quantity,
      logistics: logistics as unknown as LogisticsOptions,
      ...(r.body === undefined ? {} : { body: r.body }),
      ...(discount === undefined ? {} : { discount: formatYuan(discount) }),
      ...(r.receiveName === undefined ? {} : { receive: { name: r.receiveName } }),
      ...(r.buyerEmail === undefined ? {} : { buyer: { email: r.buyerEmail } }),
    };
    const expected = logistics.map(
      (l, i) => goods + (discount ?? 0n) + (l.payment === 'BUYER_PAY_AFTER_RECEIVE' ? 0n : r.fees[i]!),
    );
    return { order: o, charset: r.charset, expected };
  });

describe('any valid order (fast-check)', () => {
  it('builds, and the URL parses back to exactly the signed params', async () => {
    await fc.assert(
      fc.asyncProperty(validOrder, async ({ order: o, charset, expected }) => {
        const request = await buildPaymentRequest(o, merchant({ charset }));
        const [base, query] = request.url.split('?') as [string, string];
        expect(base).toBe(LIVE);
        const back = referenceDecodeForm(query, charset);
        expect(back).toEqual(request.params);
        const signed = back.slice(0, -2);
        expect(signed.map(([k, v]) => `${k}=${v}`).join('&')).toBe(request.presign);
        const again = await signParams(back, { signType: 'MD5', key: KEY }, { charset });
        expect(again.sign).toBe(request.sign);
        expect(hiddenFields(request.form())).toEqual(request.params);
        expect(request.payable.map((p) => BigInt(p.cents))).toEqual(expected);
        expect(request.payable.map((p) => p.yuan)).toEqual(expected.map(formatYuan));
      }),
      { numRuns: 150 },
    );
  });
});
