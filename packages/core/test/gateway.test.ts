import { describe, expect, it } from 'vitest';
import { createGatewayClient, notifyIdChecker, type GatewayClientOptions } from '../src/gateway/index.js';
import type { AlipayEscrowError } from '../src/errors/error.js';
import { signParams } from '../src/protocol/sign.js';
import { md5Hex } from '../src/crypto/md5.js';
import { rsaSha1Sign, rsaSha1Verify } from '../src/crypto/rsa.js';
import { encodeText } from '../src/charset/index.js';
import samples from './fixtures/gateway-samples.json' with { type: 'json' };
import { chloereiKeys, omnipayKeys } from './fixtures/keys.js';
import {
  answering,
  decodeForm,
  fakeFetch,
  hanging,
  stallingBody,
  unreachable,
  type Answer,
} from './fixtures/fake-fetch.js';

const PARTNER = '2088002396712354';
const KEY = '10000000000000000000000000000000';
const GATEWAY = 'https://mapi.alipay.com/gateway.do';
const TRADE_NO = '2008040902681748';

function client(answer: Answer, extra: Partial<GatewayClientOptions> = {}) {
  const fake = fakeFetch(answer);
  const c = createGatewayClient({
    partner: PARTNER,
    keys: { signType: 'MD5', key: KEY },
    charset: 'utf-8',
    fetch: fake.fetch,
    ...extra,
  });
  return { client: c, calls: fake.calls };
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return (e as AlipayEscrowError).code;
  }
  throw new Error('expected a throw');
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const md5Sign = (presign: string, key = KEY): string => md5Hex(utf8(presign + key));

/** The success sample with its <sign> replaced (or removed when `sign` is undefined). */
function successXml(sign: string | undefined, tweak: (xml: string) => string = (x) => x): string {
  const xml = tweak(samples.send_goods_response_success);
  return sign === undefined
    ? xml.replace(/<sign>[^<]*<\/sign>\n/, '')
    : xml.replace(/<sign>[^<]*<\/sign>/, `<sign>${sign}</sign>`);
}

const DERIVED_PRESIGN = samples.send_goods_response_presign.trimEnd();

describe('notifyVerify', () => {
  it('requests exactly the C p31 URL: GET, unsigned, the received notify_id encoded once', async () => {
    const received = 'RqPnCoPT3K9%2Fvwbh3I%2BFioE227%2BPfNMl8jwyZqMIiXQWxhOCmQ5MQO%2FWd93rvCB%2BaiGg';
    const { client: c, calls } = client(answering('true'));
    await c.notifyVerify(received);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(samples.notify_verify_url.trimEnd());
    expect(calls[0]!.method).toBe('GET');
    expect(calls[0]!.body).toBeUndefined();
  });

  it('a hex notify_id goes through unchanged', async () => {
    const { client: c, calls } = client(answering('true'));
    await c.notifyVerify('70fec0c2730b27528665af4517c27b95');
    expect(calls[0]!.url).toBe(
      `${GATEWAY}?service=notify_verify&partner=${PARTNER}&notify_id=70fec0c2730b27528665af4517c27b95`,
    );
  });

  const bodies: [string, string, 'verified' | 'rejected'][] = [
    ['true', 'true', 'verified'],
    ['true + LF', 'true\n', 'verified'],
    ['true + CRLF', 'true\r\n', 'verified'],
    ['leading space', ' true', 'rejected'],
    ['trailing space', 'true ', 'rejected'],
    ['two line breaks', 'true\n\n', 'rejected'],
    ['upper case', 'TRUE', 'rejected'],
    ['false', 'false', 'rejected'],
    ['invalid', 'invalid', 'rejected'],
    ['empty', '', 'rejected'],
    ['"true" inside HTML', '<html><body>true</body></html>', 'rejected'],
    ['ends in true (what PHP /true$/ accepts)', 'not true', 'rejected'],
  ];
  for (const [label, body, outcome] of bodies) {
    it(`body ${label} → ${outcome}`, async () => {
      const r = await client(answering(body)).client.notifyVerify('1234');
      expect(r.outcome).toBe(outcome);
      expect(r.status).toBe(200);
      expect(r.body).toBe(body);
    });
  }

  it('a long body is cut to 200 characters in the result', async () => {
    const r = await client(answering('x'.repeat(5000))).client.notifyVerify('1234');
    expect(r.outcome).toBe('rejected');
    expect(r.body).toHaveLength(200);
  });

  it('HTTP 500 → error with the status (even when the body says true)', async () => {
    expect(await client(answering('true', 500)).client.notifyVerify('1234')).toEqual({ outcome: 'error', status: 500 });
  });

  it('a fetch that never answers (and ignores abort) → timeout after timeoutMs', async () => {
    const started = Date.now();
    const r = await client(hanging, { timeoutMs: 30 }).client.notifyVerify('1234');
    expect(r).toEqual({ outcome: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a fetch that honours the abort signal → timeout', async () => {
    const honouring: Answer = (_req, signal) =>
      new Promise((_, reject) => signal!.addEventListener('abort', () => reject(signal!.reason)));
    expect(await client(honouring, { timeoutMs: 20 }).client.notifyVerify('1234')).toEqual({ outcome: 'timeout' });
  });

  it('a body that stalls after the headers → timeout', async () => {
    expect(await client(stallingBody, { timeoutMs: 30 }).client.notifyVerify('1234')).toEqual({ outcome: 'timeout' });
  });

  it('a network failure → error, not a throw', async () => {
    expect(await client(unreachable).client.notifyVerify('1234')).toEqual({ outcome: 'error' });
  });

  it('works detached from the client and through notifyIdChecker', async () => {
    const { client: c } = client(answering('true'));
    const { notifyVerify } = c;
    expect((await notifyVerify('1')).outcome).toBe('verified');
    expect((await notifyIdChecker(c)('1')).outcome).toBe('verified');
  });

  it('an empty notify_id throws NOTIFY_ID_MISSING without calling the gateway', async () => {
    const { client: c, calls } = client(answering('true'));
    expect(await codeOf(c.notifyVerify(''))).toBe('NOTIFY_ID_MISSING');
    expect(calls).toHaveLength(0);
  });
});

describe('createGatewayClient options', () => {
  const base: GatewayClientOptions = {
    partner: PARTNER,
    keys: { signType: 'MD5', key: KEY },
    charset: 'utf-8',
    fetch: fakeFetch(answering('')).fetch,
  };
  const bad: [string, Partial<GatewayClientOptions> | Record<string, unknown>, string][] = [
    ['15-digit partner', { partner: '208800239671235' }, 'ILLEGAL_PARTNER'],
    ['partner not starting 2088', { partner: '1088002396712354' }, 'ILLEGAL_PARTNER'],
    ['partner with a space', { partner: ` ${PARTNER}` }, 'ILLEGAL_PARTNER'],
    ['plain http to a public host', { gatewayUrl: 'http://mapi.alipay.com/gateway.do' }, 'CONFIG_INVALID'],
    ['http to a LAN host', { gatewayUrl: 'http://192.168.1.5:7001/gateway.do' }, 'CONFIG_INVALID'],
    ['a relative URL', { gatewayUrl: '/gateway.do' }, 'CONFIG_INVALID'],
    ['a URL with a query', { gatewayUrl: 'https://example.com/gateway.do?x=1' }, 'CONFIG_INVALID'],
    ['timeoutMs 0', { timeoutMs: 0 }, 'CONFIG_INVALID'],
    ['timeoutMs NaN', { timeoutMs: Number.NaN }, 'CONFIG_INVALID'],
    ['an MD5 key with a newline', { keys: { signType: 'MD5', key: `${KEY}\n` } }, 'KEY_INVALID'],
    ['sign type DSA', { keys: { signType: 'DSA', key: KEY } }, 'SIGN_TYPE_UNSUPPORTED'],
    ['charset latin1', { charset: 'latin1' }, 'CHARSET_UNSUPPORTED'],
  ];
  for (const [label, patch, code] of bad) {
    it(`${label} → ${code}`, async () => {
      expect(await codeOf(() => createGatewayClient({ ...base, ...patch } as GatewayClientOptions))).toBe(code);
    });
  }

  for (const url of [
    'http://127.0.0.1:7001/gateway.do',
    'http://localhost:7001/gateway.do',
    'https://sandbox.example.com/gateway.do',
  ]) {
    it(`accepts ${url} and calls it`, async () => {
      const { client: c, calls } = client(answering('true'), { gatewayUrl: url });
      await c.notifyVerify('1');
      expect(calls[0]!.url.startsWith(`${url}?service=notify_verify&`)).toBe(true);
    });
  }
});

describe('sendGoods request', () => {
  it('POSTs a form to gateway?_input_charset=utf-8 whose params are exactly the signed set', async () => {
    const { client: c, calls } = client(answering(samples.send_goods_response_error));
    await c.sendGoods({
      tradeNo: '2011112405052142',
      logisticsName: 'ZJS Express',
      invoiceNo: 'ZJS2011033100203788',
      transportType: 'EXPRESS',
      createTransportType: 'POST',
      sellerIp: '10.5.41.76',
    });
    const req = calls[0]!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe(`${GATEWAY}?_input_charset=utf-8`);
    expect(req.contentType).toBe('application/x-www-form-urlencoded');
    expect(req.body).toContain('logistics_name=ZJS+Express');
    const sent = Object.fromEntries(decodeForm(req.body!, 'utf-8'));
    const { sign, sign_type, ...signed } = sent;
    expect(signed).toEqual({
      _input_charset: 'utf-8',
      create_transport_type: 'POST',
      invoice_no: 'ZJS2011033100203788',
      logistics_name: 'ZJS Express',
      partner: PARTNER,
      seller_ip: '10.5.41.76',
      service: 'send_goods_confirm_by_platform',
      trade_no: '2011112405052142',
      transport_type: 'EXPRESS',
    });
    expect(sign_type).toBe('MD5');
    const expected = await signParams(signed, { signType: 'MD5', key: KEY }, { charset: 'utf-8' });
    expect(sign).toBe(expected.sign);
    expect(sign).toBe(md5Sign(expected.presign));
  });

  it('leaves out optional parameters that were not given', async () => {
    const { client: c, calls } = client(answering(samples.send_goods_response_error));
    await c.sendGoods({ tradeNo: TRADE_NO, logisticsName: 'EMS', transportType: 'EMS' });
    const names = decodeForm(calls[0]!.body!, 'utf-8').map(([k]) => k);
    expect(names).toEqual([
      '_input_charset',
      'logistics_name',
      'partner',
      'service',
      'trade_no',
      'transport_type',
      'sign',
      'sign_type',
    ]);
  });

  it('GBK: logistics_name goes out as GBK bytes and the sign is over GBK bytes', async () => {
    const { client: c, calls } = client(answering(samples.send_goods_response_error), { charset: 'gbk' });
    await c.sendGoods({ tradeNo: '2011112405052142', logisticsName: '宅急送ZJS', createTransportType: 'POST' });
    const req = calls[0]!;
    expect(req.url).toBe(`${GATEWAY}?_input_charset=gbk`);
    // S p8's sample URL escapes 宅急送ZJS the same way (docs/internals/send-goods.md#request).
    expect(req.body).toContain('logistics_name=%D5%AC%BC%B1%CB%CDZJS');
    const { sign, sign_type: _t, ...signed } = Object.fromEntries(decodeForm(req.body!, 'gbk'));
    expect(signed['logistics_name']).toBe('宅急送ZJS');
    expect(signed['_input_charset']).toBe('gbk');
    const gbk = await signParams(signed, { signType: 'MD5', key: KEY }, { charset: 'gbk' });
    const asUtf8 = await signParams(signed, { signType: 'MD5', key: KEY }, { charset: 'utf-8' });
    expect(sign).toBe(gbk.sign);
    expect(sign).not.toBe(asUtf8.sign);
  });

  it('a character GBK cannot hold fails before anything is sent', async () => {
    const { client: c, calls } = client(answering(''), { charset: 'gbk' });
    expect(await codeOf(c.sendGoods({ tradeNo: TRADE_NO, logisticsName: 'Fast 🚚', transportType: 'EXPRESS' }))).toBe(
      'CHARSET_UNENCODABLE',
    );
    expect(calls).toHaveLength(0);
  });

  it('RSA: sign_type=RSA and a signature the merchant public key verifies', async () => {
    const { client: c, calls } = client(answering(samples.send_goods_response_error), {
      keys: { signType: 'RSA', privateKey: omnipayKeys['private-pkcs1'], alipayPublicKey: chloereiKeys['public-spki'] },
    });
    await c.sendGoods({ tradeNo: TRADE_NO, logisticsName: '顺丰', transportType: 'EXPRESS' });
    const { sign, sign_type, ...signed } = Object.fromEntries(decodeForm(calls[0]!.body!, 'utf-8'));
    expect(sign_type).toBe('RSA');
    const again = await signParams(
      signed,
      { signType: 'RSA', privateKey: omnipayKeys['private-pkcs8'] },
      { charset: 'utf-8' },
    );
    expect(sign).toBe(again.sign);
    expect(await rsaSha1Verify(utf8(again.presign), sign!, omnipayKeys['public-pkcs1'])).toBe(true);
  });

  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['tradeNo of 15 characters', { tradeNo: '200804090268174' }, 'ILLEGAL_ARGUMENT', 'trade_no'],
    ['tradeNo of 65 characters', { tradeNo: '2'.repeat(65) }, 'FIELD_TOO_LONG', 'trade_no'],
    ['tradeNo missing', { tradeNo: undefined }, 'ILLEGAL_ARGUMENT', 'trade_no'],
    ['empty logisticsName', { logisticsName: '' }, 'ILLEGAL_ARGUMENT', 'logistics_name'],
    ['logisticsName of 65 characters', { logisticsName: '快'.repeat(65) }, 'FIELD_TOO_LONG', 'logistics_name'],
    ['invoiceNo of 33 characters', { invoiceNo: '1'.repeat(33) }, 'FIELD_TOO_LONG', 'invoice_no'],
    ['empty invoiceNo', { invoiceNo: '' }, 'ILLEGAL_ARGUMENT', 'invoice_no'],
    ['transportType SF', { transportType: 'SF' }, 'ILLEGAL_ARGUMENT', 'transport_type'],
    ['lower-case createTransportType', { createTransportType: 'ems' }, 'ILLEGAL_ARGUMENT', 'create_transport_type'],
    ['no transport type at all', { transportType: undefined }, 'TRANSPORT_TYPE_MISSING', 'transport_type'],
    ['sellerIp 256.1.1.1', { sellerIp: '256.1.1.1' }, 'ILLEGAL_ARGUMENT', 'seller_ip'],
    ['sellerIp with three parts', { sellerIp: '10.5.41' }, 'ILLEGAL_ARGUMENT', 'seller_ip'],
    ['sellerIp with a leading zero', { sellerIp: '10.05.41.76' }, 'ILLEGAL_ARGUMENT', 'seller_ip'],
    ['sellerIp IPv6', { sellerIp: '::1' }, 'ILLEGAL_ARGUMENT', 'seller_ip'],
  ];
  for (const [label, patch, code, field] of invalid) {
    it(`${label} → ${code} on ${field}, nothing sent`, async () => {
      const { client: c, calls } = client(answering(''));
      const input = { tradeNo: TRADE_NO, logisticsName: 'EMS', transportType: 'EMS', ...patch };
      try {
        await c.sendGoods(input as never);
        throw new Error('expected throw');
      } catch (e) {
        expect((e as AlipayEscrowError).code).toBe(code);
        expect((e as AlipayEscrowError).field).toBe(field);
      }
      expect(calls).toHaveLength(0);
    });
  }

  it('64-character tradeNo, 64-character Chinese logisticsName and 32-character invoiceNo are accepted', async () => {
    const { client: c, calls } = client(answering(samples.send_goods_response_error));
    await c.sendGoods({
      tradeNo: '2'.repeat(64),
      logisticsName: '快'.repeat(64),
      invoiceNo: '1'.repeat(32),
      transportType: 'DIRECT',
    });
    expect(calls).toHaveLength(1);
  });
});

describe('sendGoods reply', () => {
  const input = { tradeNo: TRADE_NO, logisticsName: 'EMS', transportType: 'EMS' } as const;

  it('the sign is checked over exactly the DERIVED presign of the sample (S §7.1.1)', async () => {
    const r = await client(answering(successXml(md5Sign(DERIVED_PRESIGN)))).client.sendGoods(input);
    expect(r).toMatchObject({
      ok: true,
      tradeNo: TRADE_NO,
      outTradeNo: '12345566654585',
      tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
      signVerified: true,
    });
    if (!r.ok) throw new Error('expected ok');
    expect(Object.keys(r.trade)).toHaveLength(26);
    expect(r.trade['buyer_actions']).toBe('[REFUND,CONFIRM_GOODS]');
    expect(r.trade['create_time']).toBe('2008-04-09 16:10:25');
    expect(r.raw).toBe(successXml(md5Sign(DERIVED_PRESIGN)));
  });

  for (const [label, presign] of [
    ['the request echo included', `agent=2088002007018916&${DERIVED_PRESIGN}`],
    ['one value changed', DERIVED_PRESIGN.replace('total_fee=2.00', 'total_fee=2.01')],
    ['is_success included', `${DERIVED_PRESIGN}&is_success=T`],
  ] as const) {
    it(`a sign over a different presign (${label}) → RESPONSE_SIGN_INVALID`, async () => {
      expect(await codeOf(client(answering(successXml(md5Sign(presign)))).client.sendGoods(input))).toBe(
        'RESPONSE_SIGN_INVALID',
      );
    });
  }

  it('the sample as printed (sign from an unpublished key) → RESPONSE_SIGN_INVALID', async () => {
    expect(await codeOf(client(answering(samples.send_goods_response_success)).client.sendGoods(input))).toBe(
      'RESPONSE_SIGN_INVALID',
    );
  });

  it('an upper-case hex sign → RESPONSE_SIGN_INVALID (exact lower-case hex only)', async () => {
    const upper = md5Sign(DERIVED_PRESIGN).toUpperCase();
    expect(await codeOf(client(answering(successXml(upper))).client.sendGoods(input))).toBe('RESPONSE_SIGN_INVALID');
  });

  it('with verifyResponseSign: false a wrong sign is reported as false, not thrown', async () => {
    const r = await client(answering(samples.send_goods_response_success), {
      verifyResponseSign: false,
    }).client.sendGoods(input);
    expect(r).toMatchObject({ ok: true, signVerified: false });
  });

  it('a trade record with no <sign>, or an empty one, → RESPONSE_SIGN_INVALID (checking is on by default)', async () => {
    expect(await codeOf(client(answering(successXml(undefined))).client.sendGoods(input))).toBe(
      'RESPONSE_SIGN_INVALID',
    );
    for (const empty of ['<sign/>', '<sign></sign>', '<sign> </sign>']) {
      const xml = successXml(md5Sign(DERIVED_PRESIGN)).replace(/<sign>[^<]*<\/sign>/, empty);
      expect(await codeOf(client(answering(xml)).client.sendGoods(input))).toBe('RESPONSE_SIGN_INVALID');
    }
  });

  it("with verifyResponseSign: false an unsigned trade record is read, signVerified 'absent'", async () => {
    const r = await client(answering(successXml(undefined)), { verifyResponseSign: false }).client.sendGoods(input);
    expect(r).toMatchObject({ ok: true, signVerified: 'absent' });
  });

  it('values are entity-decoded before signing; empty elements are dropped from the sign but kept in trade', async () => {
    const tweak = (x: string): string =>
      x
        .replace('maaimin0577@yahoo.com.cn', 'a&quot;b&lt;c@x.cn')
        .replace('<channel>interface/digital</channel>', '<channel></channel>');
    const presign = DERIVED_PRESIGN.replace('maaimin0577@yahoo.com.cn', 'a"b<c@x.cn').replace(
      'channel=interface/digital&',
      '',
    );
    const r = await client(answering(successXml(md5Sign(presign), tweak))).client.sendGoods(input);
    expect(r).toMatchObject({ ok: true, signVerified: true });
    if (!r.ok) throw new Error('expected ok');
    expect(r.trade['buyer_login_email']).toBe('a"b<c@x.cn');
    expect(r.trade['channel']).toBe('');
  });

  it('a reply that reads as a request (a value holding "&service=") never verifies, even correctly signed', async () => {
    const tweak = (x: string): string =>
      x.replace('maaimin0577@yahoo.com.cn', 'a&amp;service=create_partner_trade_by_buyer');
    const presign = DERIVED_PRESIGN.replace('maaimin0577@yahoo.com.cn', 'a&service=create_partner_trade_by_buyer');
    expect(await codeOf(client(answering(successXml(md5Sign(presign), tweak))).client.sendGoods(input))).toBe(
      'RESPONSE_SIGN_INVALID',
    );
  });

  it('a plain "&" in a reply value (a subject "A&B") verifies', async () => {
    const tweak = (x: string): string => x.replace('maaimin0577@yahoo.com.cn', 'a&amp;b');
    const presign = DERIVED_PRESIGN.replace('maaimin0577@yahoo.com.cn', 'a&b');
    expect(await client(answering(successXml(md5Sign(presign), tweak))).client.sendGoods(input)).toMatchObject({
      ok: true,
      signVerified: true,
    });
  });

  it('GBK client: a reply declared GBK is decoded as GBK and its sign checked over GBK bytes', async () => {
    const xml = successXml(undefined, (x) =>
      x.replace('encoding="utf-8"', 'encoding="GBK"').replace('INST_PARTNER', '合作伙伴'),
    );
    const presign = DERIVED_PRESIGN.replace('INST_PARTNER', '合作伙伴');
    const sign = md5Hex(encodeText(presign + KEY, 'gbk'));
    const bytes = encodeText(xml.replace('<sign_type>', `<sign>${sign}</sign>\n<sign_type>`), 'gbk');
    const r = await client(answering(bytes), { charset: 'gbk' }).client.sendGoods(input);
    expect(r).toMatchObject({ ok: true, signVerified: true });
    if (!r.ok) throw new Error('expected ok');
    expect(r.trade['trade_from']).toBe('合作伙伴');
  });

  it("RSA: a reply signed with Alipay's key verifies; a tampered one throws", async () => {
    const alipayPrivate = chloereiKeys['private-pkcs8'];
    const keys = {
      signType: 'RSA' as const,
      privateKey: omnipayKeys['private-pkcs8'],
      alipayPublicKey: chloereiKeys['public-pkcs1'],
    };
    const sign = await rsaSha1Sign(utf8(DERIVED_PRESIGN), alipayPrivate);
    const xml = successXml(sign).replace('<sign_type>MD5</sign_type>', '<sign_type>RSA</sign_type>');
    const r = await client(answering(xml), { keys }).client.sendGoods(input);
    expect(r).toMatchObject({ ok: true, signVerified: true });
    const tampered = xml.replace('<total_fee>2.00</total_fee>', '<total_fee>200.00</total_fee>');
    expect(await codeOf(client(answering(tampered), { keys }).client.sendGoods(input))).toBe('RESPONSE_SIGN_INVALID');
  });

  it('a reply whose sign_type differs from the configured one → RESPONSE_SIGN_INVALID', async () => {
    const xml = successXml(md5Sign(DERIVED_PRESIGN)).replace(
      '<sign_type>MD5</sign_type>',
      '<sign_type>RSA</sign_type>',
    );
    expect(await codeOf(client(answering(xml)).client.sendGoods(input))).toBe('RESPONSE_SIGN_INVALID');
  });

  it('the error sample → ok:false with the gateway code, not a throw', async () => {
    const r = await client(answering(samples.send_goods_response_error)).client.sendGoods(input);
    expect(r).toEqual({
      ok: false,
      error: 'TRADE_NOT_EXIST',
      retryable: false,
      signVerified: 'absent',
      raw: samples.send_goods_response_error,
    });
  });

  for (const [code, retryable] of [
    ['RETRY', true],
    ['SYSTEM_ERROR', true],
    ['TRADE_STATUS_NOT_AVAILD', false],
    ['ILLEGAL_SIGN', false],
  ] as const) {
    it(`error ${code} → retryable ${retryable}`, async () => {
      const xml = `<?xml version="1.0" encoding="utf-8"?><alipay><is_success>F</is_success><error>${code}</error></alipay>`;
      expect(await client(answering(xml)).client.sendGoods(input)).toMatchObject({ ok: false, error: code, retryable });
    });
  }

  it('a signed error reply is checked over <error> only', async () => {
    const xml = (sign: string) =>
      `<alipay><is_success>F</is_success><error>RETRY</error><sign>${sign}</sign><sign_type>MD5</sign_type></alipay>`;
    expect(await client(answering(xml(md5Sign('error=RETRY')))).client.sendGoods(input)).toMatchObject({
      ok: false,
      signVerified: true,
    });
    expect(await codeOf(client(answering(xml(md5Sign('error=RETRY&is_success=F')))).client.sendGoods(input))).toBe(
      'RESPONSE_SIGN_INVALID',
    );
  });

  const broken: [string, Answer, string][] = [
    ['HTTP 502', answering('Bad Gateway', 502), 'GATEWAY_HTTP_ERROR'],
    ['network failure', unreachable, 'GATEWAY_NETWORK_ERROR'],
    ['no answer', hanging, 'GATEWAY_TIMEOUT'],
    ['stalled body', stallingBody, 'GATEWAY_TIMEOUT'],
    ['an HTML page', answering('<html><body>系统繁忙<br></body></html>'), 'GATEWAY_RESPONSE_INVALID'],
    ['plain text', answering('ILLEGAL_SIGN'), 'GATEWAY_RESPONSE_INVALID'],
    ['another root element', answering('<result><is_success>T</is_success></result>'), 'GATEWAY_RESPONSE_INVALID'],
    ['is_success missing', answering('<alipay><error>X</error></alipay>'), 'GATEWAY_RESPONSE_INVALID'],
    ['is_success Y', answering('<alipay><is_success>Y</is_success></alipay>'), 'GATEWAY_RESPONSE_INVALID'],
    ['F without error', answering('<alipay><is_success>F</is_success></alipay>'), 'GATEWAY_RESPONSE_INVALID'],
    ['T without tradeBase', answering('<alipay><is_success>T</is_success></alipay>'), 'GATEWAY_RESPONSE_INVALID'],
    [
      'two is_success',
      answering('<alipay><is_success>T</is_success><is_success>F</is_success></alipay>'),
      'GATEWAY_RESPONSE_INVALID',
    ],
    [
      'duplicate tradeBase field',
      answering(
        successXml(undefined, (x) =>
          x.replace('<trade_type>S</trade_type>', '<trade_type>S</trade_type><trade_type>FP</trade_type>'),
        ),
      ),
      'GATEWAY_RESPONSE_INVALID',
    ],
    [
      'undeclared non-UTF-8 bytes',
      answering(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e])),
      'GATEWAY_RESPONSE_INVALID',
    ],
    [
      'an unknown declared encoding',
      answering('<?xml version="1.0" encoding="Big5"?><alipay/>'),
      'GATEWAY_RESPONSE_INVALID',
    ],
    [
      'a DOCTYPE',
      answering('<!DOCTYPE alipay [<!ENTITY x "T">]><alipay><is_success>&x;</is_success></alipay>'),
      'GATEWAY_RESPONSE_INVALID',
    ],
  ];
  for (const [label, answer, code] of broken) {
    it(`${label} → ${code}`, async () => {
      expect(await codeOf(client(answer, { timeoutMs: 30 }).client.sendGoods(input))).toBe(code);
    });
  }
});

describe('singleTradeQuery', () => {
  const tradeXml = (sign?: string) =>
    `<?xml version="1.0" encoding="utf-8"?><alipay><is_success>T</is_success><request><param name="out_trade_no">20150401000-0001</param></request>` +
    `<response><trade><buyer_email>buyer@example.com</buyer_email><discount>0.00</discount><gmt_close></gmt_close>` +
    `<is_total_fee_adjust>F</is_total_fee_adjust><out_trade_no>20150401000-0001</out_trade_no><subject>测试 A&lt;B&gt;</subject>` +
    `<trade_no>2015040121001004280001234567</trade_no><trade_status>WAIT_SELLER_SEND_GOODS</trade_status></trade></response>` +
    (sign ? `<sign>${sign}</sign><sign_type>MD5</sign_type>` : '') +
    `</alipay>`;
  const presign =
    'buyer_email=buyer@example.com&discount=0.00&is_total_fee_adjust=F&out_trade_no=20150401000-0001&subject=测试 A<B>' +
    '&trade_no=2015040121001004280001234567&trade_status=WAIT_SELLER_SEND_GOODS';

  it('by out_trade_no: signed request, <trade> read and its sign checked', async () => {
    const { client: c, calls } = client(answering(tradeXml(md5Sign(presign))));
    const r = await c.singleTradeQuery({ outTradeNo: '20150401000-0001' });
    const { sign, sign_type: _t, ...signed } = Object.fromEntries(decodeForm(calls[0]!.body!, 'utf-8'));
    expect(signed).toEqual({
      _input_charset: 'utf-8',
      out_trade_no: '20150401000-0001',
      partner: PARTNER,
      service: 'single_trade_query',
    });
    expect(sign).toBe((await signParams(signed, { signType: 'MD5', key: KEY }, { charset: 'utf-8' })).sign);
    expect(r).toMatchObject({
      ok: true,
      tradeNo: '2015040121001004280001234567',
      outTradeNo: '20150401000-0001',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      signVerified: true,
    });
    if (!r.ok) throw new Error('expected ok');
    expect(r.trade['subject']).toBe('测试 A<B>');
    expect(r.trade['gmt_close']).toBe('');
  });

  it('by trade_no; a wrong sign throws', async () => {
    const { client: c, calls } = client(answering(tradeXml(md5Sign(presign + 'x'))));
    expect(await codeOf(c.singleTradeQuery({ tradeNo: '2015040121001004280001234567' }))).toBe('RESPONSE_SIGN_INVALID');
    expect(decodeForm(calls[0]!.body!, 'utf-8').map(([k]) => k)).toContain('trade_no');
  });

  it('an unsigned <trade> (no <sign>, or <sign/> as in older samples) → RESPONSE_SIGN_INVALID', async () => {
    const c = client(answering(tradeXml())).client;
    expect(await codeOf(c.singleTradeQuery({ outTradeNo: '20150401000-0001' }))).toBe('RESPONSE_SIGN_INVALID');
    const emptySign = tradeXml().replace('</alipay>', '<sign/><sign_type>MD5</sign_type></alipay>');
    expect(await codeOf(client(answering(emptySign)).client.singleTradeQuery({ outTradeNo: '20150401000-0001' }))).toBe(
      'RESPONSE_SIGN_INVALID',
    );
  });

  it('neither number → ILLEGAL_ARGUMENT, nothing sent', async () => {
    const { client: c, calls } = client(answering(''));
    expect(await codeOf(c.singleTradeQuery({}))).toBe('ILLEGAL_ARGUMENT');
    expect(calls).toHaveLength(0);
  });

  it('TRADE_NOT_EXIST → ok:false', async () => {
    const r = await client(
      answering('<alipay><is_success>F</is_success><error>TRADE_NOT_EXIST</error></alipay>'),
    ).client.singleTradeQuery({ outTradeNo: 'x' });
    expect(r).toMatchObject({ ok: false, error: 'TRADE_NOT_EXIST', retryable: false });
  });
});

describe('closeTrade', () => {
  it('sends out_order_no (not out_trade_no) and reads a bare T', async () => {
    const { client: c, calls } = client(
      answering('<?xml version="1.0" encoding="utf-8"?><alipay><is_success>T</is_success></alipay>'),
    );
    const r = await c.closeTrade({ outOrderNo: 'order-42' });
    const { sign, sign_type: _t, ...signed } = Object.fromEntries(decodeForm(calls[0]!.body!, 'utf-8'));
    expect(signed).toEqual({
      _input_charset: 'utf-8',
      out_order_no: 'order-42',
      partner: PARTNER,
      service: 'close_trade',
    });
    expect(sign).toBe((await signParams(signed, { signType: 'MD5', key: KEY }, { charset: 'utf-8' })).sign);
    expect(r).toEqual({
      ok: true,
      signVerified: 'absent',
      raw: '<?xml version="1.0" encoding="utf-8"?><alipay><is_success>T</is_success></alipay>',
    });
  });

  it('TRADE_STATUS_NOT_AVAILD → ok:false', async () => {
    const r = await client(
      answering('<alipay><is_success>F</is_success><error>TRADE_STATUS_NOT_AVAILD</error></alipay>'),
    ).client.closeTrade({ tradeNo: TRADE_NO });
    expect(r).toMatchObject({ ok: false, error: 'TRADE_STATUS_NOT_AVAILD', retryable: false });
  });

  it('a T reply with a sign over nothing documented → RESPONSE_SIGN_INVALID', async () => {
    const xml = `<alipay><is_success>T</is_success><sign>${md5Sign('')}</sign><sign_type>MD5</sign_type></alipay>`;
    expect(await codeOf(client(answering(xml)).client.closeTrade({ tradeNo: TRADE_NO }))).toBe('RESPONSE_SIGN_INVALID');
  });

  it('neither number → ILLEGAL_ARGUMENT', async () => {
    expect(await codeOf(client(answering('')).client.closeTrade({}))).toBe('ILLEGAL_ARGUMENT');
  });
});
