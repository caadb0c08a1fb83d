// The merchant side (core's createEscrow: createPayment, handleNotify, handleReturn, sendGoods)
// against the sandbox over real HTTP on 127.0.0.1: the whole escrow flow, both refund sequences,
// refuse → re-apply, closing an unpaid trade, the return page, with a memory store and with
// core's SQL store on SQLite. After each flow the merchant's order equals the sandbox's trade,
// every notification was acknowledged with `success`, and every hook ran exactly once.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqlStore, sqliteDatabase, type EscrowStore, type OrderRecord } from '@alipay-escrow/core';
import type { RunningSandbox } from '../src/node.js';
import { open, submit } from './browser.js';
import { api, hrefOf, withSandbox } from './helpers.js';
import { order, toGateway, withShop, type Shop } from './merchant-shop.js';

/** Sends every notification that is due (the manual clock stands still otherwise). */
const deliver = (s: RunningSandbox) => s.sandbox.clock.advance(0);

async function sandboxTrade(
  s: RunningSandbox,
  id: string,
): Promise<{ tradeStatus: string; refundStatus: string | null; notifications: { delivered: boolean }[] }> {
  return (await api(s, 'GET', `trades/${encodeURIComponent(id)}`)).json;
}

async function act(s: RunningSandbox, id: string, verb: string, body: unknown = {}): Promise<void> {
  const res = await api(s, 'POST', `trades/${encodeURIComponent(id)}/${verb}`, body);
  expect(res.status, `${verb} ${JSON.stringify(body)}: ${JSON.stringify(res.json)}`).toBe(200);
  await deliver(s);
}

/** The merchant's order equals the sandbox's trade; every notification got `success`; every hook ran once. */
async function expectInSync(s: RunningSandbox, shop: Shop, id: string): Promise<OrderRecord> {
  const trade = await sandboxTrade(s, id);
  const mine = (await shop.escrow.getOrder(id))!;
  expect({ tradeStatus: mine.tradeStatus, refundStatus: mine.refundStatus }).toEqual({
    tradeStatus: trade.tradeStatus,
    refundStatus: trade.refundStatus,
  });
  expect(trade.notifications.every((n) => n.delivered)).toBe(true);
  expect(shop.notifyReplies.every((r) => r === 'success')).toBe(true);
  const effects = await shop.escrow.listEffects(id);
  expect(effects.every((e) => e.status === 'done')).toBe(true);
  for (const e of effects) expect(shop.hooks.ok.get(e.key), e.key).toBe(1);
  expect(shop.hooks.keysOf(id).sort()).toEqual(effects.map((e) => e.key).sort());
  return mine;
}

function milestones(shop: Shop, id: string): string[] {
  return shop.hooks.keysOf(id).filter((k) => !k.includes(':transition:'));
}

/** Creates the trade at the gateway and pays it through the test API. */
async function paid(s: RunningSandbox, shop: Shop, id: string): Promise<void> {
  expect((await toGateway(shop, order(id))).status).toBe(302);
  await act(s, id, 'pay');
}

/** undefined: the shop's default memory store (on the sandbox clock). */
const STORES: [string, () => EscrowStore | undefined][] = [
  ['memory store', () => undefined],
  ['SQLite store (better-sqlite3)', () => createSqlStore(sqliteDatabase(new Database(':memory:')))],
];

for (const [storeName, makeStore] of STORES) {
  describe(`merchant flows against the sandbox, ${storeName}`, { timeout: 30_000 }, () => {
    const withStore = async (s: RunningSandbox, fn: (shop: Shop) => Promise<void>) => {
      const store = makeStore();
      if (store) await store.migrate();
      await withShop(s, store ? { store } : {}, fn);
    };

    it('the whole escrow: payment form → cashier → 付款成功 → return page → notifications → sendGoods → confirm → TRADE_FINISHED', async () => {
      await withSandbox({}, async (s) => {
        await withStore(s, async (shop) => {
          const res = await toGateway(
            shop,
            order('A-1', {
              price: '12.50',
              logistics: [
                { type: 'EMS', fee: '10', payment: 'BUYER_PAY' },
                { type: 'POST', fee: '5', payment: 'BUYER_PAY' },
              ],
            }),
            'form',
          );
          expect(res.status).toBe(302);
          const cashier = await open(new URL(res.headers.get('location')!, s.url).toString());
          const { next: success } = await submit(cashier, 'pay-form', { logistics: '1' });
          expect(success!.html).toContain('17.50');
          // The browser follows the success page to the merchant's return_url: a real GET.
          const back = await fetch(hrefOf(success!.html, 'return-link')!);
          expect(back.status).toBe(200);
          expect(await back.text()).toContain('<h1>付款成功</h1>');
          const afterReturn = (await shop.escrow.getOrder('A-1'))!;
          expect(afterReturn).toMatchObject({
            tradeStatus: 'WAIT_SELLER_SEND_GOODS',
            totalFee: '17.50',
            logisticsType: 'POST',
          });
          expect(milestones(shop, 'A-1')).toEqual(['A-1:paid']);

          await deliver(s); // WAIT_BUYER_PAY and WAIT_SELLER_SEND_GOODS: stale and duplicate now, acknowledged
          const shipped = await shop.escrow.sendGoods('A-1', {
            logisticsName: '中国邮政',
            invoiceNo: 'PY123',
            transportType: 'POST',
          });
          expect(shipped.tradeStatus).toBe('WAIT_BUYER_CONFIRM_GOODS');
          expect((await sandboxTrade(s, 'A-1')).tradeStatus).toBe('WAIT_BUYER_CONFIRM_GOODS');
          await deliver(s);
          await act(s, 'A-1', 'confirm');
          const mine = await expectInSync(s, shop, 'A-1');
          expect(mine).toMatchObject({
            tradeStatus: 'TRADE_FINISHED',
            phase: 'finished',
            shipping: { logisticsName: '中国邮政', invoiceNo: 'PY123', transportType: 'POST' },
          });
          expect(milestones(shop, 'A-1')).toEqual(['A-1:paid', 'A-1:shipped', 'A-1:finished']);
          expect((await sandboxTrade(s, 'A-1')).notifications).toHaveLength(4);
        });
      });
    });

    it('refund before shipping: WAIT_SELLER_AGREE → REFUND_SUCCESS with TRADE_CLOSED', async () => {
      await withSandbox({}, async (s) => {
        await withStore(s, async (shop) => {
          await paid(s, shop, 'B-1');
          await act(s, 'B-1', 'refund', { action: 'apply' });
          expect((await shop.escrow.getOrder('B-1'))!.phase).toBe('refunding');
          await act(s, 'B-1', 'refund', { action: 'agree' });
          const mine = await expectInSync(s, shop, 'B-1');
          expect(mine).toMatchObject({
            tradeStatus: 'TRADE_CLOSED',
            refundStatus: 'REFUND_SUCCESS',
            phase: 'closed',
            refundCycle: 1,
          });
          // A jump's milestone comes before the refund step that caused it (core's decide()).
          expect(milestones(shop, 'B-1')).toEqual([
            'B-1:paid',
            'B-1:refund:1:WAIT_SELLER_AGREE',
            'B-1:closed',
            'B-1:refund:1:REFUND_SUCCESS',
          ]);
        });
      });
    });

    it('refund after shipping: return goods → REFUND_SUCCESS with TRADE_FINISHED', async () => {
      await withSandbox({}, async (s) => {
        await withStore(s, async (shop) => {
          await paid(s, shop, 'C-1');
          await shop.escrow.sendGoods('C-1', { logisticsName: 'EMS', transportType: 'EMS' });
          await deliver(s);
          for (const action of ['apply', 'agree', 'return_goods', 'confirm_returned'])
            await act(s, 'C-1', 'refund', { action });
          const mine = await expectInSync(s, shop, 'C-1');
          expect(mine).toMatchObject({ tradeStatus: 'TRADE_FINISHED', refundStatus: 'REFUND_SUCCESS' });
          expect(milestones(shop, 'C-1')).toEqual([
            'C-1:paid',
            'C-1:shipped',
            'C-1:refund:1:WAIT_SELLER_AGREE',
            'C-1:refund:1:WAIT_BUYER_RETURN_GOODS',
            'C-1:refund:1:WAIT_SELLER_CONFIRM_GOODS',
            'C-1:finished',
            'C-1:refund:1:REFUND_SUCCESS',
          ]);
        });
      });
    });

    it('refuse → re-apply → refuse → re-apply → agree: every cycle is its own effect, ending REFUND_SUCCESS', async () => {
      await withSandbox({}, async (s) => {
        await withStore(s, async (shop) => {
          await paid(s, shop, 'D-1');
          for (const action of ['apply', 'refuse', 'apply', 'refuse', 'apply', 'agree'])
            await act(s, 'D-1', 'refund', { action });
          const mine = await expectInSync(s, shop, 'D-1');
          expect(mine).toMatchObject({ tradeStatus: 'TRADE_CLOSED', refundStatus: 'REFUND_SUCCESS', refundCycle: 3 });
          expect(milestones(shop, 'D-1').filter((k) => k.includes(':refund:'))).toEqual([
            'D-1:refund:1:WAIT_SELLER_AGREE',
            'D-1:refund:1:SELLER_REFUSE_BUYER',
            'D-1:refund:2:WAIT_SELLER_AGREE',
            'D-1:refund:2:SELLER_REFUSE_BUYER',
            'D-1:refund:3:WAIT_SELLER_AGREE',
            'D-1:refund:3:REFUND_SUCCESS',
          ]);
        });
      });
    });

    it('closing an unpaid trade: TRADE_CLOSED, onClosed once, no onPaid; the order cannot be paid again', async () => {
      await withSandbox({}, async (s) => {
        await withStore(s, async (shop) => {
          expect((await toGateway(shop, order('E-1'))).status).toBe(302);
          await deliver(s);
          expect((await shop.escrow.getOrder('E-1'))!.phase).toBe('awaiting_payment');
          await act(s, 'E-1', 'close');
          const mine = await expectInSync(s, shop, 'E-1');
          expect(mine.phase).toBe('closed');
          expect(milestones(shop, 'E-1')).toEqual(['E-1:closed']);
          await expect(shop.escrow.createPayment(order('E-1'))).rejects.toThrow(/cannot be paid again/);
        });
      });
    });
  });
}

describe('the return page path', { timeout: 30_000 }, () => {
  it('a return link used after its minute is not trusted; the notification still brings the order up to date', async () => {
    await withSandbox({}, async (s) => {
      await withShop(s, {}, async (shop) => {
        const res = await toGateway(shop, order('R-1'));
        const cashier = await open(new URL(res.headers.get('location')!, s.url).toString());
        const { next } = await submit(cashier, 'pay-form');
        const link = hrefOf(next!.html, 'return-link')!;
        await s.sandbox.clock.advance(61); // the notifications go out on the way, answered `success`
        const order1 = (await shop.escrow.getOrder('R-1'))!;
        expect(order1.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
        const late = await fetch(link);
        expect(late.status).toBe(200);
        expect(await late.text()).toContain('正在确认您的付款');
        const [entry] = await shop.escrow.listLog({ outTradeNo: 'R-1', limit: 1 });
        expect(entry).toMatchObject({ channel: 'return', verdict: 'rejected' });
        expect(shop.hooks.ok.get('R-1:paid')).toBe(1);
      });
    });
  });

  it('the return page before any notification: the order is paid from the return alone, and the notification is a duplicate', async () => {
    await withSandbox({}, async (s) => {
      await withShop(s, {}, async (shop) => {
        const res = await toGateway(shop, order('R-2'));
        const cashier = await open(new URL(res.headers.get('location')!, s.url).toString());
        const { next } = await submit(cashier, 'pay-form');
        expect((await fetch(hrefOf(next!.html, 'return-link')!)).status).toBe(200);
        expect((await shop.escrow.getOrder('R-2'))!.phase).toBe('paid');
        await deliver(s);
        const log = await shop.escrow.listLog({ outTradeNo: 'R-2' });
        expect(log.map((e) => `${e.channel}:${e.tradeStatus}:${e.verdict}`).reverse()).toEqual([
          'return:WAIT_SELLER_SEND_GOODS:applied',
          'notify:WAIT_BUYER_PAY:stale',
          'notify:WAIT_SELLER_SEND_GOODS:duplicate',
        ]);
        await expectInSync(s, shop, 'R-2');
      });
    });
  });
});
