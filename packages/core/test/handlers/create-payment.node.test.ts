// createPayment (stores the order, idempotent per content) and createEscrow's option checks.
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import { createEscrow } from '../../src/escrow-app/create-escrow.js';
import type { EscrowOptions } from '../../src/escrow-app/types.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { TEST_DEFAULTS } from '../../src/testing/index.js';
import { storeFactories } from '../stores/factories.node.js';
import { deliver, KEY, merchant, notification, orderInput, PARTNER, shop } from './harness.js';

async function codeOf(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (e) {
    return (e as AlipayEscrowError).code;
  }
  throw new Error('expected a throw');
}

for (const factory of storeFactories()) {
  describe(`createPayment — ${factory.name}`, () => {
    it('stores the order with its payable totals and seller, and returns the signed request', {
      timeout: 60_000,
    }, async () => {
      const { store, close } = await factory.create();
      try {
        const s = shop(store);
        const payment = await s.escrow.createPayment(
          orderInput('PAY-1', {
            logistics: [
              { type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' },
              { type: 'EMS', fee: '12.5', payment: 'BUYER_PAY' },
            ],
          }),
        );
        expect(payment.url.startsWith('https://mapi.alipay.com/gateway.do?')).toBe(true);
        expect(payment.params).toContainEqual(['out_trade_no', 'PAY-1']);
        expect(payment.order).toMatchObject({
          outTradeNo: 'PAY-1',
          partner: PARTNER,
          subject: '测试商品',
          payable: ['10.00', '22.50'],
          sellerId: TEST_DEFAULTS.sellerId,
          sellerEmail: TEST_DEFAULTS.sellerEmail,
          phase: 'created',
          // two options: the buyer's choice is not known yet
          logisticsType: null,
          version: 0,
        });
        expect(await s.escrow.getOrder('PAY-1')).toEqual(payment.order);
        // one option: that is what the buyer will pick
        const single = await s.escrow.createPayment(
          orderInput('PAY-ONE', { logistics: [{ type: 'EMS', fee: '5', payment: 'BUYER_PAY' }] }),
        );
        expect(single.order.logisticsType).toBe('EMS');
        expect((await s.escrow.getOrder('PAY-ONE'))!.logisticsType).toBe('EMS');

        // the same order again: the same request (the buyer may pay again while WAIT_BUYER_PAY)
        const again = await s.escrow.createPayment(
          orderInput('PAY-1', {
            logistics: [
              { type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' },
              { type: 'EMS', fee: '12.5', payment: 'BUYER_PAY' },
            ],
          }),
        );
        expect(again.url).toBe(payment.url);
        expect(again.sign).toBe(payment.sign);
        expect(again.order).toEqual(payment.order);

        // another amount under the same number: the gateway's own code
        expect(await codeOf(() => s.escrow.createPayment(orderInput('PAY-1', { price: '11.00' })))).toBe(
          'TRADE_DATA_MATCH_ERROR',
        );
        expect(
          await codeOf(() =>
            s.escrow.createPayment(
              orderInput('PAY-1', {
                subject: '别的商品',
                logistics: [
                  { type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' },
                  { type: 'EMS', fee: '12.5', payment: 'BUYER_PAY' },
                ],
              }),
            ),
          ),
        ).toBe('TRADE_DATA_MATCH_ERROR');
        expect(await s.escrow.getOrder('PAY-1')).toEqual(payment.order);
      } finally {
        await close();
      }
    });
  });
}

describe('createPayment after payment', () => {
  it('still payable while WAIT_BUYER_PAY; once paid: TRADE_NOT_ALLOWED_PAY', async () => {
    const s = shop(createMemoryStore());
    await s.escrow.createPayment(orderInput('PAY-2'));
    await deliver(s.escrow, await notification({ outTradeNo: 'PAY-2', tradeStatus: 'WAIT_BUYER_PAY' }));
    expect((await s.escrow.createPayment(orderInput('PAY-2'))).order.phase).toBe('awaiting_payment');
    await deliver(s.escrow, await notification({ outTradeNo: 'PAY-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }));
    expect(await codeOf(() => s.escrow.createPayment(orderInput('PAY-2')))).toBe('TRADE_NOT_ALLOWED_PAY');
  });

  it('an invalid order is refused before anything is stored', async () => {
    const s = shop(createMemoryStore());
    expect(await codeOf(() => s.escrow.createPayment(orderInput('PAY-3', { price: '1e-7' })))).toBe('AMOUNT_INVALID');
    expect(await s.escrow.getOrder('PAY-3')).toBeUndefined();
  });
});

describe('createEscrow checks its options at once', () => {
  const base = (): EscrowOptions => ({ merchant: merchant(), store: createMemoryStore() });
  const cases: [string, (o: EscrowOptions) => unknown, string, string | undefined][] = [
    ['no store', (o) => ({ ...o, store: undefined }), 'CONFIG_INVALID', 'store'],
    [
      'a store missing methods',
      (o) => ({ ...o, store: { getOrder: async () => undefined } }),
      'CONFIG_INVALID',
      'store',
    ],
    ['a bad partner', (o) => ({ ...o, merchant: merchant({ partner: '1234' }) }), 'ILLEGAL_PARTNER', 'partner'],
    [
      'an MD5 key with a line break',
      (o) => ({ ...o, merchant: merchant({ keys: { signType: 'MD5', key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f\n' } }) }),
      'KEY_INVALID',
      'key',
    ],
    [
      'RSA without Alipay’s public key',
      (o) => ({ ...o, merchant: merchant({ keys: { signType: 'RSA', privateKey: 'x' } }) }),
      'RSA_KEY_INVALID',
      'alipayPublicKey',
    ],
    ['maxBodyBytes 0', (o) => ({ ...o, maxBodyBytes: 0 }), 'CONFIG_INVALID', 'maxBodyBytes'],
    ['effectLeaseMs not a number', (o) => ({ ...o, effectLeaseMs: '60s' }), 'CONFIG_INVALID', 'effectLeaseMs'],
    ['a misspelt hook', (o) => ({ ...o, hooks: { onPayed: () => {} } }), 'CONFIG_INVALID', 'hooks.onPayed'],
    ['a hook that is not a function', (o) => ({ ...o, hooks: { onPaid: 'yes' } }), 'CONFIG_INVALID', 'hooks.onPaid'],
    [
      'redirectTo not a function',
      (o) => ({ ...o, returnPage: { redirectTo: '/thanks' } }),
      'CONFIG_INVALID',
      'returnPage.redirectTo',
    ],
    [
      'a header name with a space',
      (o) => ({ ...o, ipAllowList: { trustedProxyHeader: 'x forwarded' } }),
      'CONFIG_INVALID',
      'ipAllowList.trustedProxyHeader',
    ],
  ];
  for (const [name, change, code, field] of cases) {
    it(name, () => {
      try {
        createEscrow(change(base()) as EscrowOptions);
        throw new Error('expected throw');
      } catch (e) {
        expect((e as AlipayEscrowError).code).toBe(code);
        if (field !== undefined) expect((e as AlipayEscrowError).field).toBe(field);
        expect((e as Error).message).not.toContain(KEY);
      }
    });
  }

  it('valid options give an escrow without touching the network', () => {
    const escrow = createEscrow({
      ...base(),
      ipAllowList: {},
      maxBodyBytes: 4096,
      effectLeaseMs: 5_000,
      hooks: { onPaid: () => {} },
    });
    expect(typeof escrow.handleNotify).toBe('function');
  });
});
