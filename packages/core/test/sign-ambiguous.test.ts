// The signing side of the forgery defence: nothing the library signs may make the unescaped
// pre-sign string readable as other parameters (PARAM_AMBIGUOUS), see src/protocol/unambiguous.ts.
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../src/errors/error.js';
import { closeTradeParams } from '../src/gateway/close-trade.js';
import { sendGoodsParams } from '../src/gateway/send-goods.js';
import { tradeQueryParams } from '../src/gateway/trade-query.js';
import { buildPaymentRequest, type EscrowOrder, type MerchantConfig } from '../src/protocol/payment-request.js';
import { presignBytes } from '../src/protocol/presign.js';
import { signBytes, signParams, verifyParams } from '../src/protocol/sign.js';

const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const keys = { signType: 'MD5' as const, key: KEY };

function merchant(overrides: Partial<MerchantConfig> = {}): MerchantConfig {
  return {
    partner: '2088101122136241',
    keys,
    charset: 'utf-8',
    seller: { id: '2088101122136241' },
    notifyUrl: 'https://shop.example.com/alipay/notify',
    ...overrides,
  };
}
function order(overrides: Partial<EscrowOrder> = {}): EscrowOrder {
  return {
    outTradeNo: 'A-1',
    subject: '围巾',
    price: '10.00',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    ...overrides,
  };
}
function caught(fn: () => unknown): AlipayEscrowError {
  try {
    fn();
  } catch (e) {
    return e as AlipayEscrowError;
  }
  throw new Error('expected a throw');
}

describe('signParams: the central check', () => {
  it('refuses a value with "&", naming the parameter', async () => {
    await expect(signParams({ subject: 'a&b', out_trade_no: '1' }, keys, { charset: 'utf-8' })).rejects.toMatchObject({
      code: 'PARAM_AMBIGUOUS',
      field: 'subject',
    });
  });

  it('refuses a name outside [a-z0-9_]: upper case, "=", "&", non-ASCII', async () => {
    for (const name of ['Subject', 'a=b', 'a&b', '名称', 'a b']) {
      await expect(signParams({ [name]: 'x' }, keys, { charset: 'utf-8' })).rejects.toMatchObject({
        code: 'PARAM_AMBIGUOUS',
        field: name,
      });
    }
  });

  it('signs "=" in a value, and a decimal character reference (the ncr policy)', async () => {
    const signed = await signParams({ body: 'x=1; y=2', subject: '笔&#8364;' }, keys, { charset: 'gbk' });
    expect(signed.presign).toBe('body=x=1; y=2&subject=笔&#8364;');
    expect(signed.sign).toBe(
      await signBytes(presignBytes({ body: 'x=1; y=2', subject: '笔&#8364;' }, 'gbk'), keys, 'gbk'),
    );
  });

  it('refuses an "&" that only looks like the start of a character reference', async () => {
    for (const value of ['&#;', '&#12345678;', '&#12', '&#x41;', '&amp;']) {
      await expect(signParams({ subject: value }, keys, { charset: 'utf-8' })).rejects.toMatchObject({
        code: 'PARAM_AMBIGUOUS',
      });
    }
  });
});

describe('verifyParams (signed gateway replies)', () => {
  it('a correctly signed set that reads as a request does not verify; a plain "&" in a value does', async () => {
    const signed = async (params: Record<string, string>) => signBytes(presignBytes(params, 'utf-8'), keys, 'utf-8');
    const embedded = { trade_no: '2015', subject: 'a&service=create_partner_trade_by_buyer' };
    expect(await verifyParams(embedded, await signed(embedded), keys, { charset: 'utf-8' })).toBe(false);
    const named = { trade_no: '2015', service: 'single_trade_query' };
    expect(await verifyParams(named, await signed(named), keys, { charset: 'utf-8' })).toBe(false);
    const oddName = { Trade_No: '2015' };
    expect(await verifyParams(oddName, await signed(oddName), keys, { charset: 'utf-8' })).toBe(false);
    const fine = { trade_no: '2015', subject: 'a=b & c' };
    expect(await verifyParams(fine, await signed(fine), keys, { charset: 'utf-8' })).toBe(true);
  });
});

describe('buildPaymentRequest: every field the buyer or the merchant can fill', () => {
  const cases: [string, Partial<EscrowOrder>][] = [
    ['subject', { subject: 'x&notify_id=1' }],
    ['body', { body: 'x&y' }],
    ['receive_name', { receive: { name: 'A&B' } }],
    ['receive_address', { receive: { address: '路&号' } }],
    ['receive_zip', { receive: { zip: '1&2' } }],
    ['receive_phone', { receive: { phone: '1&2' } }],
    ['receive_mobile', { receive: { mobile: '1&2' } }],
    ['buyer_email', { buyer: { email: 'a&b@example.com' } }],
    ['buyer_account_name', { buyer: { accountName: 'a&b' } }],
    ['token', { token: 'a&b' }],
    ['out_trade_no', { outTradeNo: 'A&1' }],
  ];
  for (const [field, change] of cases) {
    it(`${field}: PARAM_AMBIGUOUS, status 400, the field named`, async () => {
      await expect(buildPaymentRequest(order(change), merchant())).rejects.toMatchObject({
        code: 'PARAM_AMBIGUOUS',
        field,
        status: 400,
      });
    });
  }

  it('show_url: a query "&" is refused with the advice to write it as %26, which then signs', async () => {
    const e = (await buildPaymentRequest(
      order({ showUrl: 'https://shop.example.com/item?id=9&from=list' }),
      merchant(),
    ).then(
      () => undefined,
      (x: unknown) => x,
    )) as AlipayEscrowError;
    expect(e).toMatchObject({ code: 'PARAM_AMBIGUOUS', field: 'show_url', status: 400 });
    expect(e.hint).toContain('%26');
    const ok = await buildPaymentRequest(
      order({ showUrl: 'https://shop.example.com/item?id=9%26from=list' }),
      merchant(),
    );
    expect(ok.presign).toContain('show_url=https://shop.example.com/item?id=9%26from=list');
  });

  it('the merchant configuration (a notify_url path with "&"): status 500', async () => {
    await expect(
      buildPaymentRequest(order(), merchant({ notifyUrl: 'https://shop.example.com/a&b' })),
    ).rejects.toMatchObject({
      code: 'PARAM_AMBIGUOUS',
      field: 'notify_url',
      status: 500,
    });
  });

  it("a GBK merchant with unencodable: 'ncr' still signs a character GBK lacks (as &#NNN;)", async () => {
    const r = await buildPaymentRequest(order({ subject: '围巾😀' }), merchant({ charset: 'gbk', unencodable: 'ncr' }));
    expect(r.presign).toContain('subject=围巾&#128512;');
  });

  it('"=" and the full-width "＆" are fine', async () => {
    const r = await buildPaymentRequest(order({ subject: 'A＆B', body: 'size=XL' }), merchant());
    expect(r.presign).toContain('subject=A＆B');
    expect(r.presign).toContain('body=size=XL');
  });
});

describe('the other signed calls', () => {
  it('sendGoods: logistics_name and invoice_no with "&" are PARAM_AMBIGUOUS', () => {
    const base = { tradeNo: '2011112405052142', logisticsName: '宅急送', transportType: 'EXPRESS' as const };
    expect(caught(() => sendGoodsParams({ ...base, logisticsName: 'A&B' }))).toMatchObject({
      code: 'PARAM_AMBIGUOUS',
      field: 'logistics_name',
    });
    expect(caught(() => sendGoodsParams({ ...base, invoiceNo: '1&2' }))).toMatchObject({
      code: 'PARAM_AMBIGUOUS',
      field: 'invoice_no',
    });
    expect(sendGoodsParams(base).logistics_name).toBe('宅急送');
  });

  it('singleTradeQuery and closeTrade: an order number with "&" is PARAM_AMBIGUOUS', () => {
    expect(caught(() => tradeQueryParams({ outTradeNo: 'A&trade_no=1' }))).toMatchObject({
      code: 'PARAM_AMBIGUOUS',
      field: 'out_trade_no',
    });
    expect(caught(() => closeTradeParams({ outOrderNo: 'A&B' }))).toMatchObject({
      code: 'PARAM_AMBIGUOUS',
      field: 'out_order_no',
    });
  });
});
