// createReceiver (the receiver entry): the same endpoints as createEscrow over a shared store, its
// plug-in option checked up front. Whether GBK and RSA stay out of a bundle without plug-ins is
// checked where no other import installs them: tests/pack (a fresh project) and bench/ (wrangler).
import { describe, expect, it } from 'vitest';
import { AlipayEscrowError } from '../src/errors/error.js';
import { createEscrow } from '../src/escrow-app/create-escrow.js';
import { gbk } from '../src/plugins/gbk.js';
import { createMemoryStore, createReceiver } from '../src/receiver/index.js';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '../src/testing/index.js';

const keys = { signType: 'MD5' as const, key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f' };
const merchant = { partner: '2088101122130001', keys, charset: 'gbk' as const, seller: { id: TEST_DEFAULTS.sellerId } };

function configError(run: () => unknown): { code: string; field: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof AlipayEscrowError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('expected an AlipayEscrowError');
}

describe('createReceiver', () => {
  it('has the two endpoints and nothing else', () => {
    const receiver = createReceiver({ merchant, store: createMemoryStore(), plugins: [gbk] });
    expect(Object.keys(receiver).sort()).toEqual(['handleNotify', 'handleReturn']);
  });

  it('refuses plug-ins that are not plug-ins: CONFIG_INVALID on `plugins`', () => {
    const store = createMemoryStore();
    expect(configError(() => createReceiver({ merchant, store, plugins: 'gbk' as never }))).toEqual({
      code: 'CONFIG_INVALID',
      field: 'plugins',
    });
    expect(
      configError(() => createReceiver({ merchant, store, plugins: [{ name: 'zip', install() {} } as never] })),
    ).toEqual({ code: 'CONFIG_INVALID', field: 'plugins' });
  });

  it('checks the merchant as createEscrow does', () => {
    expect(
      configError(() =>
        createReceiver({ merchant: { ...merchant, partner: '123' }, store: createMemoryStore(), plugins: [gbk] }),
      ).code,
    ).toBe('ILLEGAL_PARTNER');
  });

  it('answers a GBK notification for an order the full app created on the same store: success, the order is paid, onPaid runs once', async () => {
    const store = createMemoryStore();
    await createEscrow({ merchant, store }).createPayment({
      outTradeNo: 'RCV-1',
      subject: '纯棉T恤',
      price: '10.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
    const paid: string[] = [];
    const receiver = createReceiver({
      merchant,
      store,
      plugins: [gbk],
      gateway: { notifyVerify: acceptingNotifyIds() },
      hooks: { onPaid: ({ order }) => void paid.push(order.outTradeNo) },
    });
    const notice = await buildTestNotification({
      keys,
      charset: 'gbk',
      outTradeNo: 'RCV-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '10.00',
      subject: '纯棉T恤',
    });
    for (let i = 0; i < 2; i++) {
      const response = await receiver.handleNotify(notice.request());
      expect(await response.text()).toBe('success');
    }
    expect((await store.getOrder('RCV-1'))?.phase).toBe('paid');
    expect(paid).toEqual(['RCV-1']);
  });

  it('refuses a notification its notify_verify does not confirm: fail, the order stays unpaid', async () => {
    const store = createMemoryStore();
    await createEscrow({ merchant, store }).createPayment({
      outTradeNo: 'RCV-2',
      subject: 'x',
      price: '10.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
    const receiver = createReceiver({
      merchant,
      store,
      plugins: [gbk],
      gateway: { notifyVerify: async () => ({ outcome: 'rejected', body: 'false', status: 200 }) },
    });
    const notice = await buildTestNotification({
      keys,
      charset: 'gbk',
      outTradeNo: 'RCV-2',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '10.00',
    });
    expect(await (await receiver.handleNotify(notice.request())).text()).toBe('fail');
    expect((await store.getOrder('RCV-2'))?.phase).toBe('created');
  });
});
