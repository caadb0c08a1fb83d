// The shop tested with @alipay-escrow/core/testing: signed notifications for any status, tampered
// ones, and a stand-in for the gateway's notify_verify. No network, no sandbox.
import { createGatewayClient, type MerchantConfig } from '@alipay-escrow/core';
import {
  acceptingNotifyIds,
  buildTestNotification,
  buildTestReturn,
  resignNotification,
  TEST_DEFAULTS,
  tamperNotification,
} from '@alipay-escrow/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { createShop } from '../src/shop.js';
import { memoryWarehouse } from './fakes.js';

// #region setup
const keys = {
  signType: 'MD5',
  key: 'testing0guide0key0testing0guide0',
} as const;
const merchant: MerchantConfig = {
  partner: '2088101122136241',
  keys,
  charset: 'utf-8',
  seller: { id: TEST_DEFAULTS.sellerId }, // the seller the test messages name
  notifyUrl: 'https://shop.example.com/alipay/notify',
  returnUrl: 'https://shop.example.com/alipay/return',
};

function testShop(notifyVerify = acceptingNotifyIds()) {
  const warehouse = memoryWarehouse();
  // A real gateway client, except that notify_verify is answered here instead
  // of by Alipay.
  const gateway = {
    ...createGatewayClient({
      partner: merchant.partner,
      keys,
      charset: 'utf-8',
    }),
    notifyVerify,
  };
  return {
    ...createShop({ merchant, warehouse, gateway }),
    warehouse,
    notifyVerify,
  };
}
// #endregion setup

let shop: ReturnType<typeof testShop>;
beforeEach(async () => {
  shop = testShop();
  await shop.app.request('/orders/T-1/pay', { method: 'POST' });
});

const postTo = (body: Uint8Array) =>
  new Request('http://localhost/alipay/notify', {
    method: 'POST',
    body: body.slice(),
  });

describe('the shop, with the test kit', () => {
  it('reserves the goods once for a paid notification, delivered twice', async () => {
    // #region paid
    const paid = await buildTestNotification({
      keys,
      outTradeNo: 'T-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });

    const response = await shop.app.request(paid.request('http://localhost/alipay/notify'));
    expect(await response.text()).toBe('success');
    // a retry
    expect(await (await shop.app.request(postTo(paid.body))).text()).toBe('success');

    expect([...shop.warehouse.reserved]).toEqual([['T-1:paid', 'T-1']]);
    // asked each time
    expect(shop.notifyVerify.seen).toEqual([paid.notifyId, paid.notifyId]);
    expect((await shop.escrow.getOrder('T-1'))?.phase).toBe('paid');
    // #endregion paid
  });

  it('refuses a tampered notification and changes nothing', async () => {
    // #region tamper
    const paid = await buildTestNotification({
      keys,
      outTradeNo: 'T-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });
    // the old sign kept
    const forged = tamperNotification(paid.body, {
      trade_status: 'TRADE_FINISHED',
    });

    expect(await (await shop.app.request(postTo(forged))).text()).toBe('fail');
    const [entry] = await shop.escrow.listLog({ limit: 1 });
    expect(entry).toMatchObject({
      verdict: 'rejected',
      code: 'SIGN_MISMATCH',
      reply: 'fail',
    });
    expect((await shop.escrow.getOrder('T-1'))?.phase).toBe('created');
    // #endregion tamper
  });

  it('applies nothing when a genuine notification names another amount', async () => {
    // #region resign
    const paid = await buildTestNotification({
      keys,
      outTradeNo: 'T-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });
    const otherAmount = await resignNotification(paid.body, { total_fee: '100.00' }, { keys }); // signed again: genuine

    // nothing to retry
    expect(await (await shop.app.request(postTo(otherAmount))).text()).toBe('success');
    const [entry] = await shop.escrow.listLog({ limit: 1 });
    expect(entry).toMatchObject({
      verdict: 'anomaly',
      code: 'AMOUNT_MISMATCH',
    });
    expect(shop.warehouse.reserved.size).toBe(0);
    // #endregion resign
  });

  it('fails closed when the gateway does not confirm the notify_id', async () => {
    // #region notify-id
    // every other id: notify_verify says false
    const strict = testShop(acceptingNotifyIds(['known-id']));
    await strict.app.request('/orders/T-1/pay', { method: 'POST' });
    const paid = await buildTestNotification({
      keys,
      outTradeNo: 'T-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });

    expect(await (await strict.app.request(postTo(paid.body))).text()).toBe('fail');
    expect((await strict.escrow.listLog({ limit: 1 }))[0]?.code).toBe('NOTIFY_VERIFY_FAILED');
    // #endregion notify-id
  });

  it('applies the buyer’s return visit like the notification', async () => {
    // #region return
    const visit = await buildTestReturn({
      keys,
      outTradeNo: 'T-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
      returnUrl: merchant.returnUrl!,
    });

    const page = await shop.app.request(visit.request());
    expect(page.status).toBe(200);
    expect((await shop.escrow.getOrder('T-1'))?.phase).toBe('paid');
    expect([...shop.warehouse.reserved.keys()]).toEqual(['T-1:paid']);
    // #endregion return
  });
});
