// The test buyer accounts (like test cards): paying with one at the cashier or through the test
// API makes the payment fail, hang or close the trade — what the merchant then sees.
import { describe, expect, it } from 'vitest';
import { TEST_BUYERS } from '../src/index.js';
import { open, submit } from './browser.js';
import { api, createTrade, hrefOf, withMerchant, withSandbox } from './helpers.js';
import type { RunningSandbox } from '../src/node.js';

async function cashierOf(s: RunningSandbox, id: string, extra: Record<string, string> = {}) {
  const location = (await createTrade(s, { out_trade_no: id, ...extra })).headers.get('location')!;
  return { page: await open(`${s.url}${location}`), tradeNo: location.split('/')[2]! };
}

const statuses = async (s: RunningSandbox, id: string) => {
  const { json } = await api(s, 'GET', `trades/${encodeURIComponent(id)}`);
  return [json.tradeStatus, json.refundStatus];
};

describe('test buyer accounts at the cashier', () => {
  it('lists the three accounts, each with a button that pays as it', async () => {
    await withSandbox({}, async (s) => {
      const { page } = await cashierOf(s, 't-0');
      for (const b of TEST_BUYERS) {
        expect(page.html).toContain(`id="pay-as-${b.outcome}"`);
        expect(page.html).toContain(`<code>${b.account.email}</code>`);
      }
      expect(TEST_BUYERS.map((b) => b.outcome)).toEqual(['fail', 'hang', 'close']);
    });
  });

  it('pay-fail: the payment fails, the trade stays unpaid and unnotified, and another account can still pay', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        const { page } = await cashierOf(s, 't-fail', { notify_url: m.notifyUrl, return_url: m.returnUrl });
        const { response } = await submit(page, 'pay-as-fail');
        const html = await response.text();
        expect(response.status).toBe(200);
        expect(html).toContain('<h1>付款失败</h1>');
        expect(html).toContain('data-outcome="fail"');
        expect(html).not.toContain('return-link');
        expect(await statuses(s, 't-fail')).toEqual(['WAIT_BUYER_PAY', null]);
        await s.sandbox.clock.advance(5);
        expect(m.received.map((r) => r.params.get('trade_status'))).toEqual(['WAIT_BUYER_PAY']);
        // The cashier still takes a real payment.
        const again = await submit(await open(page.url), 'pay-form');
        expect(again.response.status).toBe(303);
        expect(await statuses(s, 't-fail')).toEqual(['WAIT_SELLER_SEND_GOODS', null]);
      });
    });
  });

  it('pay-hang: no result, no notification, no way back to the shop; the trade waits for payment', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        const { page, tradeNo } = await cashierOf(s, 't-hang', { notify_url: m.notifyUrl, return_url: m.returnUrl });
        const { response } = await submit(page, 'pay-as-hang');
        const html = await response.text();
        expect(html).toContain('<h1>付款处理中</h1>');
        expect(html).not.toContain(m.returnUrl);
        expect(html).not.toContain('http-equiv="refresh"');
        await s.sandbox.clock.advance(3600);
        expect(await statuses(s, 't-hang')).toEqual(['WAIT_BUYER_PAY', null]);
        expect(m.received.map((r) => r.params.get('trade_status'))).toEqual(['WAIT_BUYER_PAY']);
        // The success page does not pretend it was paid.
        expect((await fetch(`${s.url}/cashier/${tradeNo}/success`, { redirect: 'manual' })).status).toBe(303);
      });
    });
  });

  it('pay-close: the trade closes and the merchant is notified TRADE_CLOSED', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        const { page, tradeNo } = await cashierOf(s, 't-close', { notify_url: m.notifyUrl });
        const { response } = await submit(page, 'pay-as-close');
        const html = await response.text();
        expect(html).toContain('<h1>交易已关闭</h1>');
        expect(hrefOf(html, 'back-link')).toBe(`/sandbox/trades/${tradeNo}`);
        expect(await statuses(s, 't-close')).toEqual(['TRADE_CLOSED', null]);
        await s.sandbox.clock.advance(5);
        expect(m.received.map((r) => r.params.get('trade_status'))).toEqual(['WAIT_BUYER_PAY', 'TRADE_CLOSED']);
        expect(m.received[1]!.params.get('buyer_email')).toBeNull();
      });
    });
  });

  it('typed into the account field, the login works the same, in any letter case', async () => {
    await withSandbox({}, async (s) => {
      const { page } = await cashierOf(s, 't-typed');
      const { response } = await submit(page, 'pay-form', { buyer_email: 'PAY-CLOSE@buyer.sandbox' });
      expect(await response.text()).toContain('<h1>交易已关闭</h1>');
      expect(await statuses(s, 't-typed')).toEqual(['TRADE_CLOSED', null]);
    });
  });
});

describe('test buyer accounts through the test API', () => {
  it('fail answers 409 SYSTEM_ERROR and changes nothing; hang answers the unpaid trade; close closes it', async () => {
    await withSandbox({}, async (s) => {
      for (const id of ['a-fail', 'a-hang', 'a-close']) await createTrade(s, { out_trade_no: id });
      const fail = await api(s, 'POST', 'trades/a-fail/pay', { buyerEmail: 'pay-fail@buyer.sandbox' });
      expect(fail.status).toBe(409);
      expect(fail.json.error.code).toBe('SYSTEM_ERROR');
      expect(fail.json.error.message).toContain('pay-fail@buyer.sandbox');
      expect(await statuses(s, 'a-fail')).toEqual(['WAIT_BUYER_PAY', null]);

      const hang = await api(s, 'POST', 'trades/a-hang/pay', { buyerEmail: 'pay-hang@buyer.sandbox' });
      expect(hang.status).toBe(200);
      expect(hang.json).toMatchObject({ tradeStatus: 'WAIT_BUYER_PAY' });

      const close = await api(s, 'POST', 'trades/a-close/pay', { buyerEmail: 'pay-close@buyer.sandbox' });
      expect(close.status).toBe(200);
      expect(close.json).toMatchObject({ tradeStatus: 'TRADE_CLOSED' });
    });
  });

  it('a trade that cannot be paid is refused with the same code whoever pays', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s, { out_trade_no: 'a-paid' });
      expect((await api(s, 'POST', 'trades/a-paid/pay', {})).status).toBe(200);
      for (const b of TEST_BUYERS) {
        const res = await api(s, 'POST', 'trades/a-paid/pay', { buyerEmail: b.account.email });
        expect(res.status).toBe(409);
        expect(res.json.error.code).toBe('TRADE_NOT_ALLOWED_PAY');
      }
      expect(await statuses(s, 'a-paid')).toEqual(['WAIT_SELLER_SEND_GOODS', null]);
    });
  });
});
