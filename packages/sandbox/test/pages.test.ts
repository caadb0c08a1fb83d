// The pages a tester clicks through, driven like a browser without JavaScript (forms read from
// the HTML, POST → 303 → the page again): cashier, 付款成功, buyer and seller centers. Together
// they produce every trade and refund status of docs/internals/lifecycle.md with the trade status that follows.
import { describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/node.js';
import { open, readForm, submit, textOf, type Page } from './browser.js';
import { api, createTrade, hrefOf, type Merchant, withMerchant, withSandbox } from './helpers.js';

const THREE_OPTIONS = {
  logistics_type: 'EXPRESS',
  logistics_fee: '10.00',
  logistics_payment: 'BUYER_PAY',
  logistics_type_1: 'POST',
  logistics_fee_1: '5.00',
  logistics_payment_1: 'SELLER_PAY',
  logistics_type_2: 'EMS',
  logistics_fee_2: '20.00',
  logistics_payment_2: 'BUYER_PAY_AFTER_RECEIVE',
};

/** Every (trade_status, refund_status) the pages produced, across the tests of this file. */
const seen = new Set<string>();

async function state(s: RunningSandbox, id: string): Promise<[string, string | null]> {
  const { json } = await api(s, 'GET', `trades/${encodeURIComponent(id)}`);
  seen.add(`${json.tradeStatus}/${json.refundStatus ?? '-'}`);
  return [json.tradeStatus, json.refundStatus];
}

/** Creates a trade at the gateway and answers its cashier page. */
async function cashier(
  s: RunningSandbox,
  id: string,
  extra: Record<string, string> = {},
): Promise<{ page: Page; tradeNo: string }> {
  const location = (await createTrade(s, { out_trade_no: id, ...extra })).headers.get('location')!;
  return { page: await open(`${s.url}${location}`), tradeNo: location.split('/')[2]! };
}

async function pay(s: RunningSandbox, id: string, extra: Record<string, string> = {}): Promise<string> {
  const { page, tradeNo } = await cashier(s, id, extra);
  const { response, next } = await submit(page, 'pay-form');
  expect(response.status).toBe(303);
  expect(next!.html).toContain('<h1>付款成功</h1>');
  return tradeNo;
}

/** Presses a button in a center: answers the page the 303 leads back to. */
async function press(
  s: RunningSandbox,
  center: string,
  formId: string,
  changes: Record<string, string> = {},
): Promise<Page> {
  const page = await open(`${s.url}${center}`);
  expect(page.html, `#${formId} on ${center}`).toMatch(new RegExp(`id="${formId}"`));
  const { response, next } = await submit(page, formId, changes);
  expect(response.status).toBe(303);
  expect(next!.html).toContain('id="flash"');
  return next!;
}

const BUYER = '/sandbox/buyer?buyer=buyer%40example.com';
const SELLER = '/sandbox/seller';

describe('cashier and 付款成功', () => {
  it('shows the trade, every logistics option with its total, and pays with the option and account chosen', async () => {
    await withSandbox({}, async (s) => {
      const { page, tradeNo } = await cashier(s, 'o-1', THREE_OPTIONS);
      expect(textOf(page.html, 'subject')).toBe('测试商品');
      expect([...page.html.matchAll(/class="option-total">([0-9.]+)</g)].map((m) => m[1])).toEqual([
        '20.00',
        '15.00',
        '10.00',
      ]);
      expect(readForm(page.html, 'pay-form')!.fields).toEqual([
        ['logistics', '0'],
        ['buyer_email', 'buyer@example.com'],
      ]);
      const { next } = await submit(page, 'pay-form', { logistics: '1', buyer_email: 'someone@example.org' });
      expect(textOf(next!.html, 'paid-amount')).toBe('15.00');
      const { json } = await api(s, 'GET', 'trades/o-1');
      expect(json).toMatchObject({ tradeNo, tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '15.00' });
      expect((await api(s, 'GET', 'trades/o-1/notifications')).json.notifications).toEqual([]);
      expect(next!.html).toContain('id="no-return-url"');
      expect(next!.html).not.toContain('http-equiv="refresh"');
    });
  });

  it('sends the browser on to the signed return_url after a few seconds: meta refresh and a link', async () => {
    await withSandbox({}, async (s) => {
      const { page } = await cashier(s, 'o-2', { return_url: 'http://127.0.0.1:1/alipay/return' });
      const { next } = await submit(page, 'pay-form');
      const link = hrefOf(next!.html, 'return-link')!;
      const refresh = /<meta http-equiv="refresh" content="3;url=([^"]*)">/.exec(next!.html)![1]!;
      expect(refresh.replace(/&amp;/g, '&')).toBe(link);
      const back = new URL(link);
      expect(back.pathname).toBe('/alipay/return');
      expect(back.searchParams.get('trade_status')).toBe('WAIT_SELLER_SEND_GOODS');
      expect(back.searchParams.get('sign_type')).toBe('MD5');
      // Showing the page again issues a fresh one-minute id.
      const again = await open(next!.url);
      expect(new URL(hrefOf(again.html, 'return-link')!).searchParams.get('notify_id')).not.toBe(
        back.searchParams.get('notify_id'),
      );
    });
  });

  it('sends an unpaid trade back to the cashier; refuses paying twice with the gateway code', async () => {
    await withSandbox({}, async (s) => {
      const { page, tradeNo } = await cashier(s, 'o-3');
      const early = await fetch(`${s.url}/cashier/${tradeNo}/success`, { redirect: 'manual' });
      expect(early.status).toBe(303);
      expect(early.headers.get('location')).toBe(`/cashier/${tradeNo}`);
      await submit(page, 'pay-form');
      const twice = await submit(page, 'pay-form');
      expect(twice.response.status).toBe(200);
      expect(await twice.response.text()).toContain('<code id="error-code">TRADE_NOT_ALLOWED_PAY</code>');
      expect((await open(`${s.url}/cashier/${tradeNo}`)).html).toContain('id="not-payable"');
    });
  });
});

describe('buyer and seller centers: every transition', () => {
  it('the whole escrow: pay → ship (seller page) → confirm receipt (buyer page) → TRADE_FINISHED, each notified', async () => {
    await withMerchant(async (m: Merchant) => {
      await withSandbox({}, async (s) => {
        const tradeNo = await pay(s, 'e-1', { notify_url: m.notifyUrl });
        expect(await state(s, 'e-1')).toEqual(['WAIT_SELLER_SEND_GOODS', null]);
        const buyerBefore = await open(`${s.url}${BUYER}`);
        expect(buyerBefore.html).not.toContain(`id="confirm-${tradeNo}"`);
        const shipped = await press(s, SELLER, `ship-${tradeNo}`, { logistics_name: '顺丰', invoice_no: 'SF123' });
        expect(textOf(shipped.html, 'flash')).toContain('已发货');
        expect(await state(s, 'e-1')).toEqual(['WAIT_BUYER_CONFIRM_GOODS', null]);
        expect(shipped.html).not.toContain(`id="ship-${tradeNo}"`);
        await press(s, BUYER, `confirm-${tradeNo}`);
        expect(await state(s, 'e-1')).toEqual(['TRADE_FINISHED', null]);
        await s.sandbox.clock.advance(5);
        expect(m.received.map((r) => r.params.get('trade_status'))).toEqual([
          'WAIT_BUYER_PAY',
          'WAIT_SELLER_SEND_GOODS',
          'WAIT_BUYER_CONFIRM_GOODS',
          'TRADE_FINISHED',
        ]);
        expect(m.received[2]!.params.get('logistics_type')).toBe('EXPRESS');
        const detail = await open(`${s.url}/sandbox/trades/${tradeNo}`);
        expect(detail.html).toContain('顺丰 SF123');
      });
    });
  });

  it('refund before shipping: apply → agree → REFUND_SUCCESS and TRADE_CLOSED', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await pay(s, 'r-1');
      await press(s, BUYER, `apply_refund-${tradeNo}`);
      expect(await state(s, 'r-1')).toEqual(['WAIT_SELLER_SEND_GOODS', 'WAIT_SELLER_AGREE']);
      await press(s, SELLER, `agree_refund-${tradeNo}`);
      expect(await state(s, 'r-1')).toEqual(['TRADE_CLOSED', 'REFUND_SUCCESS']);
      const seller = await open(`${s.url}${SELLER}`);
      expect(seller.html).toMatch(
        new RegExp(`id="trade-${tradeNo}"[\\s\\S]*?<td class="actions"><span class="muted">—</span></td>`),
      );
    });
  });

  it('refund after shipping: apply → agree → return goods → confirm returned → REFUND_SUCCESS and TRADE_FINISHED', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await pay(s, 'r-2');
      await press(s, SELLER, `ship-${tradeNo}`);
      await press(s, BUYER, `apply_refund-${tradeNo}`);
      expect(await state(s, 'r-2')).toEqual(['WAIT_BUYER_CONFIRM_GOODS', 'WAIT_SELLER_AGREE']);
      await press(s, SELLER, `agree_refund-${tradeNo}`);
      expect(await state(s, 'r-2')).toEqual(['WAIT_BUYER_CONFIRM_GOODS', 'WAIT_BUYER_RETURN_GOODS']);
      await press(s, BUYER, `return_goods-${tradeNo}`);
      expect(await state(s, 'r-2')).toEqual(['WAIT_BUYER_CONFIRM_GOODS', 'WAIT_SELLER_CONFIRM_GOODS']);
      await press(s, SELLER, `confirm_returned-${tradeNo}`);
      expect(await state(s, 'r-2')).toEqual(['TRADE_FINISHED', 'REFUND_SUCCESS']);
    });
  });

  it('refuse → apply again → cancel → REFUND_CLOSED; then the buyer may confirm receipt', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await pay(s, 'r-3');
      await press(s, SELLER, `ship-${tradeNo}`);
      await press(s, BUYER, `apply_refund-${tradeNo}`);
      await press(s, SELLER, `refuse_refund-${tradeNo}`);
      expect(await state(s, 'r-3')).toEqual(['WAIT_BUYER_CONFIRM_GOODS', 'SELLER_REFUSE_BUYER']);
      await press(s, BUYER, `apply_refund-${tradeNo}`);
      expect(await state(s, 'r-3')).toEqual(['WAIT_BUYER_CONFIRM_GOODS', 'WAIT_SELLER_AGREE']);
      await press(s, BUYER, `cancel_refund-${tradeNo}`);
      expect(await state(s, 'r-3')).toEqual(['WAIT_BUYER_CONFIRM_GOODS', 'REFUND_CLOSED']);
      const buyer = await open(`${s.url}${BUYER}`);
      expect(buyer.html).not.toContain(`id="apply_refund-${tradeNo}"`);
      await press(s, BUYER, `confirm-${tradeNo}`);
      expect(await state(s, 'r-3')).toEqual(['TRADE_FINISHED', 'REFUND_CLOSED']);
    });
  });

  it('the seller closes an unpaid trade: TRADE_CLOSED; the buyer sees a pay link only while it is unpaid', async () => {
    await withSandbox({}, async (s) => {
      const { tradeNo } = await cashier(s, 'c-1');
      const buyer = await open(`${s.url}${BUYER}`);
      expect(hrefOf(buyer.html, `pay-${tradeNo}`)).toBe(`/cashier/${tradeNo}`);
      expect(await state(s, 'c-1')).toEqual(['WAIT_BUYER_PAY', null]);
      const seller = await open(`${s.url}${SELLER}`);
      expect(seller.html).not.toContain(`id="ship-${tradeNo}"`);
      await press(s, SELLER, `close-${tradeNo}`);
      expect(await state(s, 'c-1')).toEqual(['TRADE_CLOSED', null]);
      expect((await open(`${s.url}${BUYER}`)).html).not.toContain(`id="trade-${tradeNo}"`);
    });
  });

  it('together the pages reached every trade status and every refund status Alipay documents', () => {
    const trades = new Set([...seen].map((x) => x.split('/')[0]));
    const refunds = new Set([...seen].map((x) => x.split('/')[1]));
    for (const t of [
      'WAIT_BUYER_PAY',
      'WAIT_SELLER_SEND_GOODS',
      'WAIT_BUYER_CONFIRM_GOODS',
      'TRADE_FINISHED',
      'TRADE_CLOSED',
    ])
      expect(trades).toContain(t);
    for (const r of [
      'WAIT_SELLER_AGREE',
      'SELLER_REFUSE_BUYER',
      'WAIT_BUYER_RETURN_GOODS',
      'WAIT_SELLER_CONFIRM_GOODS',
      'REFUND_SUCCESS',
      'REFUND_CLOSED',
    ])
      expect(refunds).toContain(r);
  });
});

describe('page errors', () => {
  it('a stale button answers the gateway code on an error page with a way back (409)', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await pay(s, 'x-1');
      await press(s, SELLER, `ship-${tradeNo}`);
      const page = await open(`${s.url}${BUYER}`);
      await submit(page, `confirm-${tradeNo}`);
      const again = await submit(page, `confirm-${tradeNo}`);
      expect(again.response.status).toBe(409);
      const html = await again.response.text();
      expect(html).toContain('<code id="error-code">TRADE_STATUS_NOT_AVAILD</code>');
      expect(hrefOf(html, 'back-link')).toBe(BUYER);
    });
  });

  it('another buyer cannot act on the trade (TRADE_BUYER_NOT_MATCH), and sees none of it', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await pay(s, 'x-2');
      const page = await open(`${s.url}${BUYER}`);
      const other = await submit(page, `apply_refund-${tradeNo}`, { buyer: 'mallory@example.com' });
      expect(other.response.status).toBe(409);
      expect(await other.response.text()).toContain('<code id="error-code">TRADE_BUYER_NOT_MATCH</code>');
      expect((await open(`${s.url}/sandbox/buyer?buyer=mallory%40example.com`)).html).toContain(
        'id="buyer-trades-empty"',
      );
    });
  });

  it('shipping from the page checks the entry like send_goods_confirm_by_platform (ILLEGAL_ARGUMENT, 400)', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = await pay(s, 'x-3');
      const page = await open(`${s.url}${SELLER}`);
      const noName = await submit(page, `ship-${tradeNo}`, { logistics_name: '' });
      expect(noName.response.status).toBe(400);
      const html = await noName.response.text();
      expect(html).toContain('<code id="error-code">ILLEGAL_ARGUMENT</code>');
      expect(html).toContain('<code id="error-field">logistics_name</code>');
      const badType = await submit(page, `ship-${tradeNo}`, { transport_type: 'SHIP' });
      expect(badType.response.status).toBe(400);
      expect(await state(s, 'x-3')).toEqual(['WAIT_SELLER_SEND_GOODS', null]);
    });
  });

  it('unknown trades and pages are HTML 404s; / leads to /sandbox', async () => {
    await withSandbox({}, async (s) => {
      const unknown = await fetch(`${s.url}/sandbox/seller/trades/2013000000000000/close`, {
        method: 'POST',
        body: '',
      });
      expect(unknown.status).toBe(404);
      expect(await unknown.text()).toContain('<code id="error-code">TRADE_NOT_EXIST</code>');
      expect((await open(`${s.url}/sandbox/trades/nope`)).status).toBe(404);
      expect((await open(`${s.url}/sandbox/nowhere`)).status).toBe(404);
      const root = await fetch(`${s.url}/`, { redirect: 'manual' });
      expect(root.status).toBe(303);
      expect(root.headers.get('location')).toBe('/sandbox');
    });
  });
});

describe('pages are safe and need no JavaScript', () => {
  it('escapes every value the merchant sent, and carries no script', async () => {
    await withSandbox({}, async (s) => {
      // (no "&": a signed value may not hold one, the gateway answers ILLEGAL_ARGUMENT)
      const nasty = {
        subject: '<script>alert(1)</script>"\'',
        body: '<img src=x onerror=alert(2)>',
        show_url: 'http://127.0.0.1:1/a"b',
      };
      const tradeNo = await pay(s, 'q<1>"\'', { ...nasty, return_url: 'http://127.0.0.1:1/r' });
      const urls = [
        '/sandbox',
        `/sandbox/trades/${tradeNo}`,
        BUYER,
        SELLER,
        `/cashier/${tradeNo}`,
        `/cashier/${tradeNo}/success`,
      ];
      for (const path of urls) {
        const { html, status } = await open(`${s.url}${path}`);
        expect(status, path).toBe(200);
        expect(html, path).not.toMatch(/<script|<img|q<1>/i);
        expect(html, path).toContain('q&lt;1&gt;&quot;&#39;');
      }
      const detail = await open(`${s.url}/sandbox/trades/${tradeNo}`);
      expect(detail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;');
    });
  });
});
