// Attack: one genuine notify_id, another trade. notify_verify only answers whether Alipay issued a
// notify_id, not which trade it belongs to. A buyer who paid order A (and so saw a genuine
// notify_id, e.g. in the return_url) and who can get a message about order B signed — through the
// forgery the verification now refuses, or any future one — had the gateway vouch for that
// message too: B was marked paid. Now a notify_id is bound to the trade (out_trade_no and
// trade_no) it was first applied to; the same id for another trade is refused with
// NOTIFY_ID_REUSED (logged, `fail`, nothing applied), while Alipay's redeliveries of the same
// notice still answer `success`.
//
// The second message is signed with the merchant's key by the test kit: the stand-in for any way
// of getting a signature, so that only the notify_id binding stands between it and the order.
import { createMemoryStore, createSqlStore, sqliteDatabase, type Escrow, type EscrowStore } from '@alipay-escrow/core';
import { buildTestNotification, buildTestReturn } from '@alipay-escrow/core/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { attackShop, NOTIFY_URL, RETURN_URL } from './shop-kit.js';

const KEYS = { signType: 'MD5', key: 'notifyid0attack0key0000000000000' } as const;
const NOTIFY_ID = 'ac05099524730693a8b330c5ecf72da9786';

async function shopOn(store: EscrowStore): Promise<Escrow> {
  await store.migrate();
  return attackShop({
    keys: KEYS,
    store,
    orders: [
      { outTradeNo: 'NID-A', price: '10.00' },
      { outTradeNo: 'NID-B', price: '10.00' },
    ],
  });
}

const notice = (outTradeNo: string, tradeNo?: string) =>
  buildTestNotification({
    keys: KEYS,
    outTradeNo,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '10.00',
    notifyId: NOTIFY_ID,
    ...(tradeNo ? { tradeNo } : {}),
  });

const post = async (escrow: Escrow, message: Awaited<ReturnType<typeof notice>>): Promise<string> =>
  (await escrow.handleNotify(message.request(NOTIFY_URL))).text();

const stores = [
  { name: 'memory store', open: async () => createMemoryStore() },
  { name: 'SQLite store', open: async () => createSqlStore(sqliteDatabase(new Database(':memory:'))) },
];

for (const { name, open } of stores) {
  describe(`a notify_id is bound to one trade — ${name}`, () => {
    it('the id applied to order A is refused for order B: NOTIFY_ID_REUSED, logged, B unchanged', async () => {
      const escrow = await shopOn(await open());
      expect(await post(escrow, await notice('NID-A'))).toBe('success');
      expect((await escrow.getOrder('NID-A'))!.phase).toBe('paid');

      expect(await post(escrow, await notice('NID-B'))).toBe('fail');
      expect(await escrow.getOrder('NID-B')).toMatchObject({ phase: 'created', tradeStatus: null, version: 0 });
      expect(await escrow.listEffects('NID-B')).toEqual([]);
      const [entry] = await escrow.listLog({ outTradeNo: 'NID-B' });
      expect(entry).toMatchObject({
        verdict: 'rejected',
        code: 'NOTIFY_ID_REUSED',
        reply: 'fail',
        notifyId: NOTIFY_ID,
      });
    });

    it('the same id and order with another trade_no is refused too; A is not changed by it', async () => {
      const escrow = await shopOn(await open());
      expect(await post(escrow, await notice('NID-A', '2026030121001004550000000001'))).toBe('success');
      const before = await escrow.getOrder('NID-A');
      const other = await buildTestNotification({
        keys: KEYS,
        outTradeNo: 'NID-A',
        tradeStatus: 'TRADE_FINISHED',
        totalFee: '10.00',
        notifyId: NOTIFY_ID,
        tradeNo: '2026030121001004550000000002',
      });
      expect(await post(escrow, other)).toBe('fail');
      expect(await escrow.getOrder('NID-A')).toEqual(before);
      expect((await escrow.listLog({ outTradeNo: 'NID-A', limit: 1 }))[0]).toMatchObject({
        verdict: 'rejected',
        code: 'NOTIFY_ID_REUSED',
      });
    });

    it('Alipay redelivering A’s notice still answers success (a duplicate)', async () => {
      const escrow = await shopOn(await open());
      const genuine = await notice('NID-A');
      expect(await post(escrow, genuine)).toBe('success');
      expect(await post(escrow, genuine)).toBe('success');
      expect((await escrow.listLog({ outTradeNo: 'NID-A', limit: 1 }))[0]).toMatchObject({
        verdict: 'duplicate',
        reply: 'success',
      });
    });

    it('a return visit carrying A’s notify_id for order B is refused as well', async () => {
      const escrow = await shopOn(await open());
      expect(await post(escrow, await notice('NID-A'))).toBe('success');
      const visit = await buildTestReturn({
        keys: KEYS,
        returnUrl: RETURN_URL,
        outTradeNo: 'NID-B',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '10.00',
        notifyId: NOTIFY_ID,
      });
      await escrow.handleReturn(visit.request());
      expect((await escrow.getOrder('NID-B'))!.phase).toBe('created');
      expect((await escrow.listLog({ outTradeNo: 'NID-B', limit: 1 }))[0]).toMatchObject({
        channel: 'return',
        verdict: 'rejected',
        code: 'NOTIFY_ID_REUSED',
      });
    });
  });
}
