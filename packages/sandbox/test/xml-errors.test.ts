// Errors of the server-to-server services, one request each: an XML reply
// <alipay><is_success>F</is_success><error>CODE</error></alipay> without a sign (docs/internals/send-goods.md#reply, S p13).
import { describe, expect, it } from 'vitest';
import { formEncodePairs, presignBytes, signParams } from '@alipay-escrow/core/protocol';
import { SERVICE_ERROR_CODES } from '../src/index.js';
import type { RunningSandbox } from '../src/node.js';
import { api, createTrade, MD5, PARTNER, signBytes, withSandbox, xmlError } from './helpers.js';

async function call(s: RunningSandbox, params: Record<string, string>, key = MD5): Promise<string> {
  const all = { partner: PARTNER, _input_charset: 'utf-8', ...params };
  const { sign } = await signParams(all, key, { charset: 'utf-8' });
  const res = await fetch(`${s.gatewayUrl}?_input_charset=${all._input_charset}`, {
    method: 'POST',
    body: formEncodePairs([...Object.entries(all), ['sign', sign], ['sign_type', 'MD5']], 'utf-8'),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
  const xml = await res.text();
  expect(xml).not.toContain('<sign>');
  return xml;
}

/** A paid trade; returns its trade_no. */
async function paidTrade(s: RunningSandbox): Promise<string> {
  await createTrade(s);
  return (await api(s, 'POST', 'trades/order-1/pay', {})).json.tradeNo;
}

const SHIP = 'send_goods_confirm_by_platform';

interface Case {
  name: string;
  code: string;
  params: (tradeNo: string) => Record<string, string>;
  key?: typeof MD5;
}

const CASES: Case[] = [
  {
    name: 'send goods: no trade_no',
    code: 'ILLEGAL_ARGUMENT',
    params: () => ({ service: SHIP, logistics_name: 'EMS', transport_type: 'EMS' }),
  },
  {
    name: 'send goods: no logistics_name',
    code: 'ILLEGAL_ARGUMENT',
    params: (t) => ({ service: SHIP, trade_no: t, transport_type: 'EMS' }),
  },
  {
    name: 'send goods: logistics_name over 64 characters',
    code: 'ILLEGAL_ARGUMENT',
    params: (t) => ({ service: SHIP, trade_no: t, logistics_name: '快'.repeat(65), transport_type: 'EMS' }),
  },
  {
    name: 'send goods: invoice_no over 32 characters',
    code: 'ILLEGAL_ARGUMENT',
    params: (t) => ({
      service: SHIP,
      trade_no: t,
      logistics_name: 'EMS',
      invoice_no: '1'.repeat(33),
      transport_type: 'EMS',
    }),
  },
  {
    name: 'send goods: an unknown transport_type',
    code: 'ILLEGAL_ARGUMENT',
    params: (t) => ({ service: SHIP, trade_no: t, logistics_name: 'EMS', transport_type: 'SHIP' }),
  },
  {
    name: 'send goods: neither transport type',
    code: 'ILLEGAL_ARGUMENT',
    params: (t) => ({ service: SHIP, trade_no: t, logistics_name: 'EMS' }),
  },
  {
    name: 'send goods: a seller_ip that is not IPv4',
    code: 'ILLEGAL_ARGUMENT',
    params: (t) => ({
      service: SHIP,
      trade_no: t,
      logistics_name: 'EMS',
      transport_type: 'EMS',
      seller_ip: '10.0.0.256',
    }),
  },
  {
    name: 'send goods: an unknown trade',
    code: 'TRADE_NOT_EXIST',
    params: () => ({ service: SHIP, trade_no: '2013082200000000', logistics_name: 'EMS', transport_type: 'EMS' }),
  },
  {
    name: 'send goods: a wrong signature',
    code: 'ILLEGAL_SIGN',
    params: (t) => ({ service: SHIP, trade_no: t, logistics_name: 'EMS', transport_type: 'EMS' }),
    key: { signType: 'MD5', key: 'q0w9e8r7t6y5u4i3o2p1a0s9d8f7g6h5' },
  },
  {
    name: 'send goods: another partner',
    code: 'ILLEGAL_PARTNER',
    params: (t) => ({
      service: SHIP,
      partner: '2088000000000003',
      trade_no: t,
      logistics_name: 'EMS',
      transport_type: 'EMS',
    }),
  },
  {
    name: 'send goods: an unsupported charset',
    code: 'ILLEGAL_CHARSET',
    params: (t) => ({
      service: SHIP,
      _input_charset: 'big5',
      trade_no: t,
      logistics_name: 'EMS',
      transport_type: 'EMS',
    }),
  },
  {
    name: 'query: neither trade_no nor out_trade_no',
    code: 'ILLEGAL_ARGUMENT',
    params: () => ({ service: 'single_trade_query' }),
  },
  {
    name: 'query: an unknown out_trade_no',
    code: 'TRADE_NOT_EXIST',
    params: () => ({ service: 'single_trade_query', out_trade_no: 'nope' }),
  },
  {
    name: 'close: a paid trade',
    code: 'TRADE_STATUS_NOT_AVAILD',
    params: (t) => ({ service: 'close_trade', trade_no: t }),
  },
  {
    name: 'close: neither trade_no nor out_order_no',
    code: 'ILLEGAL_ARGUMENT',
    params: () => ({ service: 'close_trade', out_trade_no: 'order-1' }),
  },
];

describe('XML service errors', () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.name}`, async () => {
      await withSandbox({}, async (s) => {
        const tradeNo = await paidTrade(s);
        expect(xmlError(await call(s, c.params(tradeNo), c.key))).toBe(c.code);
      });
    });
  }

  it('send goods on an unpaid trade is TRADE_STATUS_NOT_AVAILD; the same call after payment succeeds', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s);
      const { tradeNo } = (await api(s, 'GET', 'trades/order-1')).json;
      const params = { service: SHIP, trade_no: tradeNo, logistics_name: 'EMS', transport_type: 'EMS' };
      expect(xmlError(await call(s, params))).toBe('TRADE_STATUS_NOT_AVAILD');
      await api(s, 'POST', 'trades/order-1/pay', {});
      const res = await fetch(`${s.gatewayUrl}?_input_charset=utf-8`, {
        method: 'POST',
        body: await (async () => {
          const all = { partner: PARTNER, _input_charset: 'utf-8', ...params };
          const { sign } = await signParams(all, MD5, { charset: 'utf-8' });
          return formEncodePairs([...Object.entries(all), ['sign', sign], ['sign_type', 'MD5']], 'utf-8');
        })(),
      });
      const xml = await res.text();
      expect(xml).toContain('<is_success>T</is_success>');
      expect(xml).toContain('<trade_status>WAIT_BUYER_CONFIRM_GOODS</trade_status>');
      expect(xml).not.toContain('<param name="sign">');
    });
  });

  /** POSTs `pairs` (raw bytes allowed) signed over exactly those bytes, with `signType` sent. */
  async function rawCall(s: RunningSandbox, pairs: [string, Uint8Array][], signType: string): Promise<string> {
    const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : 1));
    const presign: number[] = [];
    sorted.forEach(([k, v], i) => {
      presign.push(...(i > 0 ? [0x26] : []), ...new TextEncoder().encode(`${k}=`), ...v);
    });
    const sign = await signBytes(new Uint8Array(presign), MD5, 'utf-8');
    const esc = (bytes: Uint8Array) => Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    const body = [...sorted.map(([k, v]) => `${k}=${esc(v)}`), `sign=${sign}`, `sign_type=${signType}`].join('&');
    const res = await fetch(`${s.gatewayUrl}?_input_charset=utf-8`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    return res.text();
  }

  const utf8 = (t: string) => new TextEncoder().encode(t);

  it('a logistics_name with "&", signed anyway over its own bytes: ILLEGAL_ARGUMENT, nothing shipped', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await paidTrade(s);
      const all = {
        partner: PARTNER,
        _input_charset: 'utf-8',
        service: SHIP,
        trade_no: tradeNo,
        logistics_name: 'EMS&trade_status=TRADE_FINISHED',
        transport_type: 'EMS',
      };
      const sign = await signBytes(presignBytes(all, 'utf-8'), MD5, 'utf-8');
      const res = await fetch(`${s.gatewayUrl}?_input_charset=utf-8`, {
        method: 'POST',
        body: formEncodePairs([...Object.entries(all), ['sign', sign], ['sign_type', 'MD5']], 'utf-8'),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(xmlError(await res.text())).toBe('ILLEGAL_ARGUMENT');
      expect((await api(s, 'GET', 'trades/order-1')).json.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
    });
  });

  it('ILLEGAL_SIGN_TYPE, ILLEGAL_SECURITY_PROFILE and ILLEGAL_ENCODING answer in XML too', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await paidTrade(s);
      const base: [string, Uint8Array][] = [
        ['service', utf8('single_trade_query')],
        ['partner', utf8(PARTNER)],
        ['_input_charset', utf8('utf-8')],
        ['trade_no', utf8(tradeNo)],
      ];
      expect(xmlError(await rawCall(s, base, 'md5'))).toBe('ILLEGAL_SIGN_TYPE');
      expect(xmlError(await rawCall(s, base, 'RSA'))).toBe('ILLEGAL_SECURITY_PROFILE');
      expect(xmlError(await rawCall(s, [...base, ['body', new Uint8Array([0xff, 0xfe])]], 'MD5'))).toBe(
        'ILLEGAL_ENCODING',
      );
      expect(await rawCall(s, base, 'MD5')).toContain('<is_success>T</is_success>');
    });
  });

  it('together the cases cover every code SERVICE_ERROR_CODES lists', () => {
    const covered = new Set([
      ...CASES.map((c) => c.code),
      'TRADE_STATUS_NOT_AVAILD',
      'ILLEGAL_SIGN_TYPE',
      'ILLEGAL_SECURITY_PROFILE',
      'ILLEGAL_ENCODING',
    ]);
    expect([...covered].sort()).toEqual([...SERVICE_ERROR_CODES].sort());
  });
});
