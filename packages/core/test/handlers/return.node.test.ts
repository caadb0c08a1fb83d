// handleReturn: the buyer's browser coming back from the cashier. Same verification and pipeline
// as the notify; a page (zh + en) or a 303 to the merchant's own page.
import { describe, expect, it } from 'vitest';
import type { ReturnOutcome } from '../../src/escrow-app/types.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { buildTestReturn, type TestReturnInput } from '../../src/testing/index.js';
import { storeFactories } from '../stores/factories.node.js';
import { deliver, KEYS, merchant, notification, orderInput, PRICE, shop, type Shop } from './harness.js';

const RETURN_URL = 'https://shop.example.com/alipay/return';

function visit(
  input: Partial<TestReturnInput> & { outTradeNo: string },
): Promise<Awaited<ReturnType<typeof buildTestReturn>>> {
  return buildTestReturn({
    keys: KEYS,
    returnUrl: RETURN_URL,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: PRICE,
    ...input,
  });
}

async function page(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  return response.text();
}

for (const factory of storeFactories()) {
  describe(`handleReturn — ${factory.name}`, () => {
    it('a verified return applies the payment once; the later notify is a duplicate', { timeout: 60_000 }, async () => {
      const { store, close } = await factory.create();
      try {
        const s = shop(store);
        await s.escrow.createPayment(orderInput('RET-1'));
        const ret = await visit({ outTradeNo: 'RET-1' });
        const html = await page(await s.escrow.handleReturn(ret.request()));
        expect(html).toContain('付款成功');
        expect(html).toContain('Payment received');
        expect(html).toContain('RET-1');
        expect((await s.escrow.getOrder('RET-1'))!).toMatchObject({ phase: 'paid', version: 1 });
        expect(s.hooks.keys()).toEqual(['RET-1:paid', 'RET-1:transition:WAIT_SELLER_SEND_GOODS/none/0']);
        const [entry] = await s.escrow.listLog({ outTradeNo: 'RET-1' });
        expect(entry).toMatchObject({
          channel: 'return',
          method: 'GET',
          verdict: 'applied',
          reply: '200',
          notifyId: ret.notifyId,
        });
        expect(new TextDecoder().decode(entry!.raw)).toBe(ret.url.search.slice(1));
        expect(s.gateway.calls.map((c) => c.method)).toEqual(['GET']); // notify_verify was asked

        expect(
          (await deliver(s.escrow, await notification({ outTradeNo: 'RET-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' })))
            .body,
        ).toBe('success');
        expect(s.hooks.events).toHaveLength(2);
        expect((await s.escrow.listLog({ outTradeNo: 'RET-1', limit: 1 }))[0]!.verdict).toBe('duplicate');
      } finally {
        await close();
      }
    });
  });
}

describe('handleReturn pages and redirects', () => {
  async function fresh(over: Parameters<typeof shop>[1] = {}, id = 'RET-2'): Promise<Shop> {
    const s = shop(createMemoryStore(), over);
    await s.escrow.createPayment(orderInput(id));
    return s;
  }

  it('redirectTo: 303 to the merchant’s URL, with the outcome', async () => {
    const outcomes: ReturnOutcome[] = [];
    const s = await fresh({
      returnPage: {
        redirectTo: (o) => {
          outcomes.push(o);
          return `/orders/${encodeURIComponent(o.outTradeNo ?? '')}?status=${o.status}`;
        },
      },
    });
    const response = await s.escrow.handleReturn((await visit({ outTradeNo: 'RET-2' })).request());
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/orders/RET-2?status=paid');
    expect(await response.text()).toBe('');
    expect(outcomes[0]).toMatchObject({ status: 'paid', outTradeNo: 'RET-2', verdict: 'applied', code: null });
    expect(outcomes[0]!.order).toMatchObject({ phase: 'paid' });
    expect((await s.escrow.listLog())[0]).toMatchObject({ channel: 'return', verdict: 'applied', reply: '303' });
  });

  it('a redirectTo that throws falls back to the built-in page', async () => {
    const s = await fresh({
      returnPage: {
        redirectTo: () => {
          throw new Error('no route');
        },
      },
    });
    expect(await page(await s.escrow.handleReturn((await visit({ outTradeNo: 'RET-2' })).request()))).toContain(
      'Payment received',
    );
  });

  it('a tampered return: a neutral "confirming" page (200), logged as rejected, nothing applied', async () => {
    const outcomes: ReturnOutcome[] = [];
    const s = await fresh();
    const ret = await visit({ outTradeNo: 'RET-2' });
    const url = new URL(ret.url);
    url.searchParams.set('total_fee', '0.01');
    const html = await page(await s.escrow.handleReturn(new Request(url)));
    expect(html).toContain('正在确认您的付款');
    expect(html).toContain('We are confirming your payment');
    expect(html).not.toContain('Payment received');
    expect((await s.escrow.getOrder('RET-2'))!).toMatchObject({ version: 0, phase: 'created' });
    expect(s.hooks.events).toEqual([]);
    expect((await s.escrow.listLog())[0]).toMatchObject({
      channel: 'return',
      verdict: 'rejected',
      code: 'SIGN_MISMATCH',
      outTradeNo: 'RET-2',
    });

    const r = await fresh({ returnPage: { redirectTo: (o) => (outcomes.push(o), '/thanks') } });
    expect((await r.escrow.handleReturn(new Request(url))).status).toBe(303);
    // an unverified visit names no order: the URL's out_trade_no is not trusted
    expect(outcomes[0]).toMatchObject({ status: 'unverified', outTradeNo: null, order: null, code: 'SIGN_MISMATCH' });
  });

  it('an expired return (notify_verify no longer says true): neutral page, logged, nothing applied', async () => {
    const s = await fresh({ answer: () => new Response('false') });
    const html = await page(await s.escrow.handleReturn((await visit({ outTradeNo: 'RET-2' })).request()));
    expect(html).toContain('We are confirming your payment');
    expect((await s.escrow.getOrder('RET-2'))!.version).toBe(0);
    expect((await s.escrow.listLog())[0]).toMatchObject({ verdict: 'rejected', code: 'NOTIFY_VERIFY_FAILED' });
  });

  it('the return gets nothing the notify would not: an amount mismatch is an anomaly, the page says confirming', async () => {
    const s = await fresh();
    const html = await page(
      await s.escrow.handleReturn((await visit({ outTradeNo: 'RET-2', totalFee: '0.01' })).request()),
    );
    expect(html).toContain('We are confirming your payment');
    expect((await s.escrow.getOrder('RET-2'))!.version).toBe(0);
    expect(s.hooks.anomalies.map((a) => [a.code, a.channel])).toEqual([['AMOUNT_MISMATCH', 'return']]);
  });

  it('a verified return for a trade not paid yet says confirming; for a closed one, closed', async () => {
    const s = await fresh();
    expect(
      await page(
        await s.escrow.handleReturn((await visit({ outTradeNo: 'RET-2', tradeStatus: 'WAIT_BUYER_PAY' })).request()),
      ),
    ).toContain('We are confirming your payment');
    expect(
      await page(
        await s.escrow.handleReturn((await visit({ outTradeNo: 'RET-2', tradeStatus: 'TRADE_CLOSED' })).request()),
      ),
    ).toContain('This trade is closed');
  });

  it('an unknown order: neutral page, anomaly UNKNOWN_ORDER', async () => {
    const s = await fresh();
    const html = await page(await s.escrow.handleReturn((await visit({ outTradeNo: 'NOBODY' })).request()));
    expect(html).toContain('We are confirming your payment');
    expect(s.hooks.anomalies.map((a) => a.code)).toEqual(['UNKNOWN_ORDER']);
  });

  it('every value on the page is escaped', async () => {
    // (no `&`: the library refuses to sign one, PARAM_AMBIGUOUS)
    const id = `<img src=x onerror="alert('1')">`;
    const s = await fresh({}, id);
    const html = await page(await s.escrow.handleReturn((await visit({ outTradeNo: id })).request()));
    expect(html).toContain('Payment received');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;');
  });

  it('a GBK merchant’s return verifies', async () => {
    const s = shop(createMemoryStore(), { merchant: merchant({ charset: 'gbk' }) });
    await s.escrow.createPayment(orderInput('RET-GBK'));
    const ret = await visit({ outTradeNo: 'RET-GBK', charset: 'gbk' });
    expect(await page(await s.escrow.handleReturn(ret.request()))).toContain('Payment received');
  });

  it('only GET: anything else → 405 with Allow: GET, nothing logged', async () => {
    const s = await fresh();
    const ret = await visit({ outTradeNo: 'RET-2' });
    const response = await s.escrow.handleReturn(new Request(ret.url, { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await s.escrow.listLog()).toEqual([]);
  });
});
