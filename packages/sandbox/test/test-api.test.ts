// The test API, exactly as docs/internals/architecture.md#sandbox-test-api describes it, and every refund sequence
// of docs/internals/lifecycle.md#refund-sequences with the trade status that follows.
import { describe, expect, it } from 'vitest';
import { createGatewayClient } from '@alipay-escrow/core';
import type { RunningSandbox } from '../src/node.js';
import { api, createTrade, MD5, PARTNER, SELLER_EMAIL, START, withMerchant, withSandbox } from './helpers.js';

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

async function ship(s: RunningSandbox, tradeNo: string): Promise<void> {
  const client = createGatewayClient({ partner: PARTNER, keys: MD5, charset: 'utf-8', gatewayUrl: s.gatewayUrl });
  expect(await client.sendGoods({ tradeNo, logisticsName: 'EMS', transportType: 'EMS' })).toMatchObject({ ok: true });
}

/** Runs refund steps; returns [tradeStatus, refundStatus] after each. */
async function steps(s: RunningSandbox, actions: string[]): Promise<[string, string | null][]> {
  const out: [string, string | null][] = [];
  for (const action of actions) {
    const { status, json } = await api(s, 'POST', 'trades/order-1/refund', { action });
    expect(status).toBe(200);
    out.push([json.tradeStatus, json.refundStatus]);
  }
  return out;
}

describe('test API shapes', () => {
  it('GET /sandbox/api/trades/:id answers exactly the documented shape', async () => {
    await withMerchant(async (m) => {
      m.reply = () => ({ body: 'fail' });
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(0);
        const { status, json } = await api(s, 'GET', 'trades/order-1');
        expect(status).toBe(200);
        expect(json).toEqual({
          outTradeNo: 'order-1',
          tradeNo: expect.stringMatching(/^20130822[0-9]{8}$/),
          tradeStatus: 'WAIT_BUYER_PAY',
          refundStatus: null,
          totalFee: '10.00',
          notifications: [
            {
              notifyId: expect.stringMatching(/^[0-9a-f]{32}$/),
              tradeStatus: 'WAIT_BUYER_PAY',
              refundStatus: null,
              delivered: false,
              attempts: [{ at: new Date(START).toISOString(), httpStatus: 200, reply: 'fail' }],
            },
          ],
        });
      });
    });
  });

  it('pay answers the trade JSON; the chosen logistics option sets totalFee (BUYER_PAY_AFTER_RECEIVE fee not counted)', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s, { ...THREE_OPTIONS, price: '3.00', quantity: '2', discount: '-1.00' });
      expect((await api(s, 'GET', 'trades/order-1')).json.totalFee).toBe('15.00'); // 6 − 1 + 10, first option
      const paid = await api(s, 'POST', 'trades/order-1/pay', { buyerEmail: 'alice@example.com', logistics: 2 });
      expect(paid.status).toBe(200);
      expect(paid.json).toMatchObject({
        outTradeNo: 'order-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: null,
        totalFee: '5.00',
        notifications: [],
      });
      expect(Object.keys(paid.json).sort()).toEqual([
        'notifications',
        'outTradeNo',
        'refundStatus',
        'totalFee',
        'tradeNo',
        'tradeStatus',
      ]);
    });
  });

  it('lists trades, shows the configuration, and reports pending deliveries', async () => {
    await withSandbox({ chaos: { dup: 0.5, seed: 7 }, timeScale: 30 }, async (s) => {
      await createTrade(s, { notify_url: 'http://127.0.0.1:9/notify' });
      await createTrade(s, { out_trade_no: 'order-2' });
      const list = await api(s, 'GET', 'trades');
      expect(list.json.trades.map((t: { outTradeNo: string }) => t.outTradeNo)).toEqual(['order-1', 'order-2']);
      expect((await api(s, 'GET', 'config')).json).toEqual({
        partner: PARTNER,
        seller: { id: PARTNER, email: SELLER_EMAIL },
        buyers: [{ id: '2088102122524333', email: 'buyer@example.com' }],
        signTypes: ['MD5'],
        timeScale: 30,
        chaos: { dup: 0.5, drop: 0, reorder: false, delay: 0, seed: 7 },
        clock: 'manual',
        now: new Date(START).toISOString(),
        features: { customTimeouts: false },
      });
      expect((await api(s, 'GET', 'idle')).json).toEqual({ pending: 1 });
      const advanced = await api(s, 'POST', 'clock/advance', { seconds: 3600 });
      // timeScale 30: the 24 h 22 min schedule takes 48 min 44 s, so one hour sees all 8 deliveries.
      expect(advanced.json).toEqual({ now: new Date(START + 3600_000).toISOString(), pending: 0 });
      const attempts = (await api(s, 'GET', 'trades/order-1')).json.notifications[0].attempts;
      expect(attempts.at(-1).at).toBe(new Date(START + 2_924_000).toISOString()); // 87720 s / 30
    });
  });
});

describe('trade actions', () => {
  it('buyer confirms receipt → TRADE_FINISHED; each change notifies once', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        const { tradeNo } = (await api(s, 'POST', 'trades/order-1/pay', {})).json;
        expect((await api(s, 'POST', 'trades/order-1/confirm')).json.error.code).toBe('TRADE_STATUS_NOT_AVAILD');
        await ship(s, tradeNo);
        const done = await api(s, 'POST', 'trades/order-1/confirm');
        expect(done.json.tradeStatus).toBe('TRADE_FINISHED');
        await s.sandbox.clock.advance(0);
        expect(m.received.map((r) => r.params.get('trade_status'))).toEqual([
          'WAIT_BUYER_PAY',
          'WAIT_SELLER_SEND_GOODS',
          'WAIT_BUYER_CONFIRM_GOODS',
          'TRADE_FINISHED',
        ]);
        expect(m.received[3]!.params.get('gmt_close')).toBe('2013-08-22 14:45:18');
        expect(
          (await api(s, 'GET', 'trades/order-1')).json.notifications.every((n: { delivered: boolean }) => n.delivered),
        ).toBe(true);
      });
    });
  });

  it('close: an unpaid trade → TRADE_CLOSED; twice → 409', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s);
      expect((await api(s, 'POST', 'trades/order-1/close')).json.tradeStatus).toBe('TRADE_CLOSED');
      const again = await api(s, 'POST', 'trades/order-1/close');
      expect(again).toEqual({
        status: 409,
        json: { error: { code: 'TRADE_STATUS_NOT_AVAILD', message: expect.any(String) } },
      });
      expect((await api(s, 'POST', 'trades/order-1/pay', {})).json.error.code).toBe('TRADE_NOT_ALLOWED_PAY');
    });
  });

  it('refund before shipping: apply → agree → REFUND_SUCCESS and TRADE_CLOSED', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await api(s, 'POST', 'trades/order-1/pay', {});
        expect(await steps(s, ['apply', 'agree'])).toEqual([
          ['WAIT_SELLER_SEND_GOODS', 'WAIT_SELLER_AGREE'],
          ['TRADE_CLOSED', 'REFUND_SUCCESS'],
        ]);
        await s.sandbox.clock.advance(0);
        const last = m.received[3]!.params;
        expect([last.get('trade_status'), last.get('refund_status'), last.get('gmt_refund')]).toEqual([
          'TRADE_CLOSED',
          'REFUND_SUCCESS',
          '2013-08-22 14:45:18',
        ]);
        expect(m.received[1]!.params.get('refund_status')).toBeNull();
      });
    });
  });

  it('refund after shipping: apply → agree → return_goods → confirm_returned → REFUND_SUCCESS and TRADE_FINISHED', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s);
      const { tradeNo } = (await api(s, 'POST', 'trades/order-1/pay', {})).json;
      await ship(s, tradeNo);
      expect(await steps(s, ['apply', 'agree', 'return_goods', 'confirm_returned'])).toEqual([
        ['WAIT_BUYER_CONFIRM_GOODS', 'WAIT_SELLER_AGREE'],
        ['WAIT_BUYER_CONFIRM_GOODS', 'WAIT_BUYER_RETURN_GOODS'],
        ['WAIT_BUYER_CONFIRM_GOODS', 'WAIT_SELLER_CONFIRM_GOODS'],
        ['TRADE_FINISHED', 'REFUND_SUCCESS'],
      ]);
      expect((await api(s, 'POST', 'trades/order-1/refund', { action: 'apply' })).status).toBe(409);
    });
  });

  it('refused, applied again, then cancelled → REFUND_CLOSED; no new application after it', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s);
      await api(s, 'POST', 'trades/order-1/pay', {});
      expect(await steps(s, ['apply', 'refuse', 'apply', 'cancel'])).toEqual([
        ['WAIT_SELLER_SEND_GOODS', 'WAIT_SELLER_AGREE'],
        ['WAIT_SELLER_SEND_GOODS', 'SELLER_REFUSE_BUYER'],
        ['WAIT_SELLER_SEND_GOODS', 'WAIT_SELLER_AGREE'],
        ['WAIT_SELLER_SEND_GOODS', 'REFUND_CLOSED'],
      ]);
      const refused = await api(s, 'POST', 'trades/order-1/refund', { action: 'apply' });
      expect(refused).toMatchObject({ status: 409, json: { error: { code: 'TRADE_STATUS_NOT_AVAILD' } } });
    });
  });

  it('answers 404, 409 and 400 with {"error": {"code"}}', async () => {
    await withSandbox({ buyers: [{ id: '2088102122524333', email: 'buyer@example.com' }] }, async (s) => {
      expect((await api(s, 'GET', 'trades/nope')).json.error.code).toBe('TRADE_NOT_EXIST');
      expect((await api(s, 'GET', 'trades/nope')).status).toBe(404);
      await createTrade(s, { buyer_email: 'buyer@example.com' });
      expect(await api(s, 'POST', 'trades/order-1/pay', { buyerEmail: 'mallory@example.com' })).toMatchObject({
        status: 409,
        json: { error: { code: 'TRADE_BUYER_NOT_MATCH' } },
      });
      expect(await api(s, 'POST', 'trades/order-1/pay', { buyerEmail: SELLER_EMAIL })).toMatchObject({
        status: 409,
        json: { error: { code: 'BUYER_SELLER_EQUAL' } },
      });
      expect(await api(s, 'POST', 'trades/order-1/pay', { logistics: 1 })).toMatchObject({
        status: 400,
        json: { error: { code: 'ILLEGAL_ARGUMENT' } },
      });
      expect(await api(s, 'POST', 'trades/order-1/pay', { logistics: 'EMS' })).toMatchObject({
        status: 400,
        json: { error: { code: 'ILLEGAL_ARGUMENT' } },
      });
      expect(await api(s, 'POST', 'trades/order-1/refund', { action: 'steal' })).toMatchObject({
        status: 400,
        json: { error: { code: 'ILLEGAL_ARGUMENT' } },
      });
      expect(await api(s, 'POST', 'trades/order-1/refund', { action: 'apply' })).toMatchObject({
        status: 409,
        json: { error: { code: 'TRADE_STATUS_NOT_AVAILD' } },
      });
      expect(await api(s, 'POST', 'clock/advance', { seconds: -1 })).toMatchObject({
        status: 400,
        json: { error: { code: 'ILLEGAL_ARGUMENT' } },
      });
      expect((await api(s, 'POST', 'trades/order-1/pay', {})).json.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
    });
  });
});
