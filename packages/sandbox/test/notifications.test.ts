// Notifications: one per status change, POSTed like Alipay's, signed in the trade's charset,
// retried on anything but exactly `success` at 2m, 10m, 10m, 1h, 2h, 6h, 15h (8 deliveries).
import { describe, expect, it } from 'vitest';
import { verifyNotification } from '@alipay-escrow/core';
import { createClock, deliveryOffsetSeconds } from '../src/index.js';
import { api, createParams, createTrade, get, MD5, signedUrl, START, withMerchant, withSandbox } from './helpers.js';

const HOURS_25 = 25 * 3600;

describe('notification delivery', () => {
  it("POSTs each status change with Alipay's headers, signed so the library verifies it", async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl, body: '这是一段商品描述', receive_name: '张三' });
        expect(m.received).toHaveLength(0); // a manual clock sends nothing until advanced
        await s.sandbox.clock.advance(0);
        await api(s, 'POST', 'trades/order-1/pay', { logistics: 0 });
        await s.sandbox.clock.advance(0);
        expect(m.received.map((r) => r.params.get('trade_status'))).toEqual([
          'WAIT_BUYER_PAY',
          'WAIT_SELLER_SEND_GOODS',
        ]);
        const [created, paid] = m.received;
        expect(created!.contentType).toBe('application/x-www-form-urlencoded; text/html; charset=UTF-8');
        expect(created!.userAgent).toBe('Mozilla/4.0');
        expect(created!.params.get('notify_type')).toBe('trade_status_sync');
        expect(created!.params.get('gmt_create')).toBe('2013-08-22 14:45:18');
        expect(created!.params.get('gmt_payment')).toBeNull();
        expect(paid!.params.get('gmt_payment')).toBe('2013-08-22 14:45:18');
        expect(paid!.params.get('buyer_email')).toBe('buyer@example.com');
        expect(paid!.params.get('receive_name')).toBe('张三');
        expect(paid!.params.get('refund_status')).toBeNull();
        for (const r of m.received) {
          const verdict = await verifyNotification(r.body, { keys: MD5, charset: 'utf-8', checkNotifyId: false });
          expect(verdict.valid).toBe(true);
        }
      });
    });
  });

  it("writes a GBK trade's notification in GBK bytes, signed over them", async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        const url = await signedUrl(
          s.gatewayUrl,
          createParams({ _input_charset: 'gbk', notify_url: m.notifyUrl }),
          MD5,
          'gbk',
        );
        expect((await get(url)).status).toBe(302);
        await s.sandbox.clock.advance(0);
        const body = m.received[0]!.body;
        expect(body).toContain('subject=%B2%E2%CA%D4%C9%CC%C6%B7'); // 测试商品 in GBK
        const verdict = await verifyNotification(new Uint8Array(Buffer.from(body, 'latin1')), {
          keys: MD5,
          charset: 'gbk',
          checkNotifyId: false,
        });
        expect(verdict.valid && verdict.params['subject']).toBe('测试商品');
      });
    });
  });

  it('sends nothing for a trade without notify_url', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s);
      await api(s, 'POST', 'trades/order-1/pay', {});
      expect((await api(s, 'GET', 'trades/order-1')).json.notifications).toEqual([]);
      expect((await api(s, 'GET', 'idle')).json).toEqual({ pending: 0 });
    });
  });
});

describe('retry schedule', () => {
  it('delivers 8 times at 0, 2m, 12m, 22m, 1h22m, 3h22m, 9h22m, 24h22m with one notify_id, then stops', async () => {
    await withMerchant(async (m) => {
      m.reply = () => ({ body: 'fail' });
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(HOURS_25);
        await s.sandbox.clock.advance(HOURS_25); // nothing more after the 8th
        const { json } = await api(s, 'GET', 'trades/order-1');
        const [n] = json.notifications;
        expect(json.notifications).toHaveLength(1);
        const offsets = n.attempts.map((a: { at: string }) => (Date.parse(a.at) - START) / 1000);
        expect(offsets).toEqual([0, 120, 720, 1320, 4920, 12120, 33720, 87720]);
        expect(offsets).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(deliveryOffsetSeconds));
        expect(n.delivered).toBe(false);
        expect(m.received).toHaveLength(8);
        expect(new Set(m.received.map((r) => r.params.get('notify_id')))).toEqual(new Set([n.notifyId]));
        expect(new Set(m.received.map((r) => r.body)).size).toBe(1);
        expect((await api(s, 'GET', 'idle')).json).toEqual({ pending: 0 });
      });
    });
  });

  it('stops once the merchant answers exactly `success`; anything else is a failure', async () => {
    const answers = [
      { body: 'success\n' },
      { body: 'SUCCESS' },
      { body: ' success' },
      { status: 500, body: 'success' },
      { status: 302, body: 'success' },
      { body: '<html>success</html>' },
      { body: 'success' },
    ];
    await withMerchant(async (m) => {
      let i = 0;
      m.reply = () => answers[i++]!;
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(HOURS_25);
        const [n] = (await api(s, 'GET', 'trades/order-1')).json.notifications;
        expect(n.attempts.map((a: { httpStatus: number }) => a.httpStatus)).toEqual([
          200, 200, 200, 500, 302, 200, 200,
        ]);
        expect(n.attempts[6]).toEqual({
          at: new Date(START + 33720_000).toISOString(),
          httpStatus: 200,
          reply: 'success',
        });
        expect(n.delivered).toBe(true);
        expect(m.received).toHaveLength(7);
      });
    });
  });

  it('records a delivery that got no answer, and retries it', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s, { notify_url: 'http://127.0.0.1:9/alipay/notify' }); // discard port: refused
      await s.sandbox.clock.advance(120);
      const [n] = (await api(s, 'GET', 'trades/order-1')).json.notifications;
      expect(n.attempts).toHaveLength(2);
      expect(n.attempts[0].httpStatus).toBeNull();
      expect(n.attempts[0].reply).toBeNull();
      expect(n.attempts[0].error).toMatch(/network error/);
    });
  });

  it('divides the intervals by timeScale', async () => {
    await withMerchant(async (m) => {
      m.reply = () => ({ body: 'fail' });
      await withSandbox({ timeScale: 60 }, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(HOURS_25 / 60);
        const [n] = (await api(s, 'GET', 'trades/order-1')).json.notifications;
        const offsets = n.attempts.map((a: { at: string }) => (Date.parse(a.at) - START) / 1000);
        expect(offsets).toEqual([0, 2, 12, 22, 82, 202, 562, 1462]);
      });
    });
  });

  it('delivers on its own with a real clock', async () => {
    await withMerchant(async (m) => {
      await withSandbox({ clock: createClock() }, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        for (let i = 0; i < 100 && m.received.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
        expect(m.received).toHaveLength(1);
      });
    });
  });
});
