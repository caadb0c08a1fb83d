// Attack: an unsigned gateway reply applied as if Alipay had said it. reconcile() and sendGoods()
// applied a single_trade_query / send-goods trade record that carried no <sign> (an empty <sign/>
// too), even with verifyResponseSign on; a record without out_trade_no skipped the order check,
// and its trade_no was never compared with the order's. Whoever answers for gatewayUrl (a wrong
// URL, a spoofed DNS answer, a proxy that intercepts TLS) could write `trade_no=2099999999999999,
// trade_status=TRADE_FINISHED` and the order jumped to finished, onPaid and onFinished ran and
// tradeNo was replaced. Now a trade record must be signed (RESPONSE_SIGN_INVALID otherwise), name
// the order's out_trade_no and, once the order knows it, its trade_no (GATEWAY_RESPONSE_INVALID);
// the refused reply is logged as rejected and nothing is applied, nothing fires.
import {
  createGatewayClient,
  type AlipayEscrowError,
  type Escrow,
  type EscrowHooks,
  type OrderRecord,
} from '@alipay-escrow/core';
import { escapeHtml, signParams } from '@alipay-escrow/core/protocol';
import { buildTestNotification, TEST_DEFAULTS, testTradeNo } from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { attackShop, NOTIFY_URL, PARTNER } from './shop-kit.js';

const KEYS = { signType: 'MD5', key: 'gwreply0attack00key0000000000000' } as const;
const ORDER = 'GW-1';
const PRICE = '100.00';
const FORGED_TRADE_NO = '2099999999999999';

/** `<alipay>` with `fields` under `<response><{element}>`, signed with `sign` (none when undefined). */
function replyXml(element: 'trade' | 'tradeBase', fields: Record<string, string>, sign: string | undefined): string {
  const record = Object.keys(fields)
    .sort()
    .map((k) => `<${k}>${escapeHtml(fields[k]!)}</${k}>`)
    .join('');
  const signed = sign === undefined ? '' : `<sign>${sign}</sign><sign_type>MD5</sign_type>`;
  return `<?xml version="1.0" encoding="utf-8"?><alipay><is_success>T</is_success><response><${element}>${record}</${element}></response>${signed}</alipay>`;
}

const signWithMerchantKey = async (fields: Record<string, string>): Promise<string> =>
  (await signParams(fields, KEYS, { charset: 'utf-8' })).sign;

interface Attacked {
  escrow: Escrow;
  fired: string[];
}

/** A shop whose gateway answers every signed call with `xml` (notify_verify: true). */
async function shopAnswering(xml: () => string): Promise<Attacked> {
  const fired: string[] = [];
  const record = (kind: string) => async () => void fired.push(kind);
  const hooks: EscrowHooks = {
    onPaid: record('paid'),
    onShipped: record('shipped'),
    onFinished: record('finished'),
    onRefund: record('refund'),
  };
  const gateway = createGatewayClient({
    partner: PARTNER,
    keys: KEYS,
    charset: 'utf-8',
    fetch: async (_input, init) => new Response(init?.method === 'GET' ? 'true' : xml()),
  });
  const escrow = await attackShop({ keys: KEYS, gateway, hooks, orders: [{ outTradeNo: ORDER, price: PRICE }] });
  return { escrow, fired };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as AlipayEscrowError).code;
  }
  return 'resolved';
}

async function pay(escrow: Escrow): Promise<void> {
  const paid = await buildTestNotification({
    keys: KEYS,
    outTradeNo: ORDER,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: PRICE,
  });
  expect(await (await escrow.handleNotify(paid.request(NOTIFY_URL))).text()).toBe('success');
}

async function expectRefused(escrow: Escrow, code: string, before: Partial<OrderRecord>): Promise<void> {
  expect(await escrow.getOrder(ORDER)).toMatchObject(before);
  const [entry] = await escrow.listLog({ limit: 1 });
  expect(entry).toMatchObject({ verdict: 'rejected', code, outTradeNo: ORDER });
}

const finished = { trade_no: FORGED_TRADE_NO, trade_status: 'TRADE_FINISHED', total_fee: PRICE };

describe('reconcile() with a trade record nobody signed', () => {
  for (const [label, xml] of [
    ['no <sign>', replyXml('trade', finished, undefined)],
    [
      'an empty <sign/>',
      replyXml('trade', finished, undefined).replace('</alipay>', '<sign/><sign_type>MD5</sign_type></alipay>'),
    ],
    ['no <sign>, with out_trade_no', replyXml('trade', { ...finished, out_trade_no: ORDER }, undefined)],
  ] as const) {
    it(`${label}: RESPONSE_SIGN_INVALID, logged, the order untouched, no hook`, async () => {
      const { escrow, fired } = await shopAnswering(() => xml);
      expect(await codeOf(escrow.reconcile(ORDER))).toBe('RESPONSE_SIGN_INVALID');
      await expectRefused(escrow, 'RESPONSE_SIGN_INVALID', {
        phase: 'created',
        tradeStatus: null,
        tradeNo: null,
        version: 0,
      });
      expect(fired).toEqual([]);
    });
  }
});

describe('reconcile() with a signed record that is not about this order', () => {
  it('a record that names no out_trade_no: GATEWAY_RESPONSE_INVALID, nothing applied', async () => {
    const xml = replyXml('trade', finished, await signWithMerchantKey(finished));
    const { escrow, fired } = await shopAnswering(() => xml);
    expect(await codeOf(escrow.reconcile(ORDER))).toBe('GATEWAY_RESPONSE_INVALID');
    await expectRefused(escrow, 'GATEWAY_RESPONSE_INVALID', { phase: 'created', tradeNo: null, version: 0 });
    expect(fired).toEqual([]);
  });

  it("a record about another trade_no than the order's: GATEWAY_RESPONSE_INVALID, tradeNo not replaced", async () => {
    const fields = { ...finished, out_trade_no: ORDER, seller_id: TEST_DEFAULTS.sellerId };
    const xml = replyXml('trade', fields, await signWithMerchantKey(fields));
    const { escrow, fired } = await shopAnswering(() => xml);
    await pay(escrow);
    fired.length = 0;
    expect(await codeOf(escrow.reconcile(ORDER))).toBe('GATEWAY_RESPONSE_INVALID');
    await expectRefused(escrow, 'GATEWAY_RESPONSE_INVALID', { phase: 'paid', tradeNo: testTradeNo(ORDER), version: 1 });
    expect(fired).toEqual([]);
  });
});

describe('sendGoods() with a trade record nobody signed', () => {
  it('RESPONSE_SIGN_INVALID, logged; no shipment recorded, the order stays paid', async () => {
    const fields = {
      out_trade_no: ORDER,
      trade_no: testTradeNo(ORDER),
      trade_status: 'TRADE_FINISHED',
      total_fee: PRICE,
    };
    const { escrow, fired } = await shopAnswering(() => replyXml('tradeBase', fields, undefined));
    await pay(escrow);
    fired.length = 0;
    expect(await codeOf(escrow.sendGoods(ORDER, { logisticsName: 'EMS', transportType: 'EMS' }))).toBe(
      'RESPONSE_SIGN_INVALID',
    );
    await expectRefused(escrow, 'RESPONSE_SIGN_INVALID', { phase: 'paid', shipping: null, version: 1 });
    expect(fired).toEqual([]);
  });
});

// The cross-protocol defence of the verification (a message shaped like a request the merchant
// signed is never genuine) covers replies too: with MD5 the merchant's key signs requests and
// Alipay's replies alike, so a request's parameters and signature, wrapped in <trade>, must not
// pass for a signed record. Every request names `service` and `_input_charset`; no reply does.
describe("reconcile() with a merchant-signed request passed off as Alipay's record", () => {
  it('RESPONSE_SIGN_INVALID, logged, nothing applied', async () => {
    const request = {
      service: 'single_trade_query',
      partner: PARTNER,
      _input_charset: 'utf-8',
      out_trade_no: ORDER,
      trade_no: FORGED_TRADE_NO,
      trade_status: 'TRADE_FINISHED',
      total_fee: PRICE,
    };
    const xml = replyXml('trade', request, await signWithMerchantKey(request));
    const { escrow, fired } = await shopAnswering(() => xml);
    expect(await codeOf(escrow.reconcile(ORDER))).toBe('RESPONSE_SIGN_INVALID');
    await expectRefused(escrow, 'RESPONSE_SIGN_INVALID', { phase: 'created', tradeNo: null, version: 0 });
    expect(fired).toEqual([]);
  });
});
