// Inspection: the page and the API show every notification, each delivery attempt, the merchant's
// reply verbatim and why it did not count; the clock form; notify_ids issued for triggers; events.
import { describe, expect, it } from 'vitest';
import { createGatewayClient, verifyNotification } from '@alipay-escrow/core';
import type { SandboxEvent } from '../src/index.js';
import { open, submit, textOf } from './browser.js';
import {
  api,
  createParams,
  createTrade,
  get,
  KEY,
  MD5,
  PARTNER,
  signedUrl,
  START,
  withMerchant,
  withSandbox,
} from './helpers.js';

describe('inspection of notifications', () => {
  const REPLIES: [string, { status?: number; body: string }, string, RegExp][] = [
    ['whitespace', { body: 'success\n' }, 'whitespace', /多余的空白/],
    ['an HTML error page', { status: 200, body: '<html><body>Exception</body></html>' }, 'html', /HTML/],
    ['HTTP 500', { status: 500, body: 'success' }, 'http_status', /HTTP 500/],
    ['a redirect', { status: 302, body: '' }, 'redirect', /跳转/],
    ['fail', { body: 'fail' }, 'fail', /fail/],
    ['SUCCESS', { body: 'SUCCESS' }, 'letter_case', /大小写/],
  ];
  for (const [name, reply, reason, zh] of REPLIES) {
    it(`explains a reply of ${name} on the page and in the API (reason ${reason})`, async () => {
      await withMerchant(async (m) => {
        m.reply = () => reply;
        await withSandbox({}, async (s) => {
          const tradeNo = (await createTrade(s, { notify_url: m.notifyUrl })).headers.get('location')!.split('/')[2]!;
          await s.sandbox.clock.advance(0);
          const { json } = await api(s, 'GET', 'trades/order-1/notifications');
          const [n] = json.notifications;
          expect(n).toMatchObject({
            tradeStatus: 'WAIT_BUYER_PAY',
            delivered: false,
            sent: 1,
            url: m.notifyUrl,
            nextDueAt: new Date(START + 120_000).toISOString(),
          });
          expect(n.params).toMatchObject({
            out_trade_no: 'order-1',
            subject: '测试商品',
            trade_status: 'WAIT_BUYER_PAY',
            sign_type: 'MD5',
          });
          expect(n.attempts).toEqual([
            expect.objectContaining({
              number: 1,
              httpStatus: reply.status ?? 200,
              reply: reply.body,
              ok: false,
              reason,
            }),
          ]);
          const page = await open(`${s.url}/sandbox/trades/${tradeNo}`);
          expect(page.html).toMatch(new RegExp(`data-reason="${reason}"`));
          expect(page.html).toMatch(zh);
          expect(page.html).toContain('第 2 次投递在 2013-08-22 14:47:18');
          const index = await open(`${s.url}/sandbox`);
          expect(index.html).toMatch(new RegExp(`id="trade-${tradeNo}"[\\s\\S]*?0 / 1 已送达`));
        });
      });
    });
  }

  it('shows an unreachable notify_url, and the delivery that finally got success', async () => {
    await withMerchant(async (m) => {
      let up = false;
      m.reply = () => (up ? { body: 'success' } : { status: 503, body: 'down' });
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: 'http://127.0.0.1:1/nowhere', out_trade_no: 'gone' });
        await createTrade(s, { notify_url: m.notifyUrl, out_trade_no: 'later' });
        await s.sandbox.clock.advance(0);
        up = true;
        await s.sandbox.clock.advance(120);
        const gone = (await api(s, 'GET', 'trades/gone/notifications')).json.notifications[0];
        expect(gone.attempts.map((a: { reason: string }) => a.reason)).toEqual(['network', 'network']);
        const later = (await api(s, 'GET', 'trades/later/notifications')).json.notifications[0];
        expect(later.attempts.map((a: { httpStatus: number }) => a.httpStatus)).toEqual([503, 200]);
        expect(later.delivered).toBe(true);
        expect(later.nextDueAt).toBeNull();
      });
    });
  });

  it('the clock form moves the sandbox time and sends what falls due', async () => {
    await withMerchant(async (m) => {
      m.reply = () => ({ body: 'fail' });
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(0);
        const page = await open(`${s.url}/sandbox`);
        expect(textOf(page.html, 'pending')).toBe('1');
        const { next } = await submit(page, 'clock-form', { seconds: '720' });
        expect(next!.url).toBe(`${s.url}/sandbox`);
        expect(textOf(next!.html, 'sandbox-now')).toBe('2013-08-22 14:57:18');
        expect(m.received).toHaveLength(3);
        const bad = await submit(page, 'clock-form', { seconds: '-5' });
        expect(bad.response.status).toBe(400);
      });
    });
  });
});

describe('POST /sandbox/api/notify-ids (for alipay-escrow trigger)', () => {
  it('signs a notification with the sandbox key and makes notify_verify confirm its id until it expires', async () => {
    await withSandbox({}, async (s) => {
      const res = await api(s, 'POST', 'notify-ids', {
        tradeStatus: 'TRADE_FINISHED',
        outTradeNo: 'shop-42',
        totalFee: '0.01',
        validSeconds: 600,
      });
      expect(res.status).toBe(201);
      const { notifyId, body, tradeNo, expiresAt } = res.json;
      expect(expiresAt).toBe(new Date(START + 600_000).toISOString());
      const client = createGatewayClient({ partner: PARTNER, keys: MD5, charset: 'utf-8', gatewayUrl: s.gatewayUrl });
      const verified = await verifyNotification(body, {
        keys: MD5,
        charset: 'utf-8',
        checkNotifyId: client.notifyVerify,
      });
      expect(verified.valid).toBe(true);
      const params = new URLSearchParams(body);
      expect(Object.fromEntries(params)).toMatchObject({
        notify_id: notifyId,
        out_trade_no: 'shop-42',
        trade_no: tradeNo,
        total_fee: '0.01',
        trade_status: 'TRADE_FINISHED',
        seller_id: PARTNER,
        buyer_email: 'buyer@example.com',
      });
      expect(params.has('refund_status')).toBe(false);
      await s.sandbox.clock.advance(599);
      expect((await client.notifyVerify(notifyId)).outcome).toBe('verified');
      await s.sandbox.clock.advance(1);
      expect((await client.notifyVerify(notifyId)).outcome).toBe('rejected');
      const index = await open(`${s.url}/sandbox`);
      expect(index.html).toContain(`<code>${notifyId}</code>`);
    });
  });

  it("uses the sandbox's own trade when it knows the out_trade_no, in the trade's charset, with the refund status asked", async () => {
    await withSandbox({}, async (s) => {
      expect(
        (await get(await signedUrl(s.gatewayUrl, createParams({ _input_charset: 'gbk' }), MD5, 'gbk'))).status,
      ).toBe(302);
      const trade = (await api(s, 'GET', 'trades/order-1')).json;
      const res = await api(s, 'POST', 'notify-ids', {
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'WAIT_SELLER_AGREE',
        outTradeNo: 'order-1',
        totalFee: '10',
      });
      expect(res.json).toMatchObject({ tradeNo: trade.tradeNo, charset: 'gbk', signType: 'MD5' });
      expect(res.json.body).toContain('subject=%B2%E2%CA%D4%C9%CC%C6%B7');
      const verified = await verifyNotification(res.json.body, { keys: MD5, charset: 'gbk', checkNotifyId: false });
      expect(verified.valid).toBe(true);
      expect(verified.valid && verified.params).toMatchObject({
        refund_status: 'WAIT_SELLER_AGREE',
        total_fee: '10.00',
        trade_status: 'WAIT_SELLER_SEND_GOODS',
      });
      const ids = (await api(s, 'GET', 'trades/order-1/notifications')).json.issuedIds;
      expect(ids).toEqual([expect.objectContaining({ notifyId: res.json.notifyId, kind: 'triggered', valid: true })]);
    });
  });

  const BAD: [string, Record<string, unknown>, string][] = [
    ['no trade status', { outTradeNo: 'x', totalFee: '1' }, 'ILLEGAL_ARGUMENT'],
    ['a status that is not a name', { tradeStatus: 'paid!', outTradeNo: 'x', totalFee: '1' }, 'ILLEGAL_ARGUMENT'],
    ['no amount', { tradeStatus: 'TRADE_FINISHED', outTradeNo: 'x' }, 'ILLEGAL_ARGUMENT'],
    ['a zero amount', { tradeStatus: 'TRADE_FINISHED', outTradeNo: 'x', totalFee: '0.00' }, 'ILLEGAL_ARGUMENT'],
    [
      'an unknown charset',
      { tradeStatus: 'TRADE_FINISHED', outTradeNo: 'x', totalFee: '1', charset: 'big5' },
      'ILLEGAL_CHARSET',
    ],
    [
      'RSA without an RSA key',
      { tradeStatus: 'TRADE_FINISHED', outTradeNo: 'x', totalFee: '1', signType: 'RSA' },
      'ILLEGAL_SECURITY_PROFILE',
    ],
  ];
  for (const [name, body, code] of BAD) {
    it(`refuses ${name} (400 ${code})`, async () => {
      await withSandbox({}, async (s) => {
        const res = await api(s, 'POST', 'notify-ids', body);
        expect(res.status).toBe(400);
        expect(res.json.error.code).toBe(code);
      });
    });
  }
});

describe('events', () => {
  it('reports trade changes, delivery attempts and issued ids to onEvent, and survives a listener that throws', async () => {
    await withMerchant(async (m) => {
      const events: SandboxEvent[] = [];
      await withSandbox(
        {
          onEvent: (e) => {
            events.push(e);
            throw new Error('observer bug');
          },
        },
        async (s) => {
          await createTrade(s, { notify_url: m.notifyUrl });
          await api(s, 'POST', 'trades/order-1/pay', {});
          await s.sandbox.clock.advance(0);
          await api(s, 'POST', 'notify-ids', {
            tradeStatus: 'TRADE_FINISHED',
            outTradeNo: 'order-1',
            totalFee: '10.00',
          });
          expect(
            events.map((e) =>
              e.type === 'trade'
                ? `${e.type}:${e.action}:${e.tradeStatus}`
                : e.type === 'delivery'
                  ? `delivery:${e.tradeStatus}:${e.httpStatus}:${e.delivered}`
                  : e.type,
            ),
          ).toEqual([
            'trade:create:WAIT_BUYER_PAY',
            'trade:pay:WAIT_SELLER_SEND_GOODS',
            'delivery:WAIT_BUYER_PAY:200:true',
            'delivery:WAIT_SELLER_SEND_GOODS:200:true',
            'notify-id',
          ]);
          expect(events[2]).toMatchObject({
            outTradeNo: 'order-1',
            number: 1,
            reply: 'success',
            nextDueAt: null,
            url: m.notifyUrl,
          });
        },
      );
    });
  });

  it('refuses an onEvent that is not a function', async () => {
    await expect(withSandbox({ onEvent: 'log' as never, key: KEY }, async () => {})).rejects.toThrow(
      /onEvent must be a function/,
    );
  });
});
