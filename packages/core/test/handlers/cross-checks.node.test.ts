// Genuine notifications that disagree with the merchant's records: amount, seller, partner,
// unknown order. Nothing is applied, the anomaly is logged with its code and onAnomaly hears of it.
import { describe, expect, it } from 'vitest';
import { TEST_DEFAULTS } from '../../src/testing/index.js';
import type { EscrowStore } from '../../src/store/types.js';
import { storeFactories } from '../stores/factories.node.js';
import { deliver, merchant, notification, orderInput, shop, type NoticeInput } from './harness.js';

interface Case {
  name: string;
  notice: Partial<NoticeInput>;
  code: string;
  field: string;
  expected: string;
  received: string;
}

const CASES: Case[] = [
  {
    name: 'total_fee one fen more',
    notice: { totalFee: '10.01' },
    code: 'AMOUNT_MISMATCH',
    field: 'total_fee',
    expected: '10.00',
    received: '10.01',
  },
  {
    name: 'total_fee adjusted by the seller in Alipay',
    notice: { totalFee: '8.00', extra: { is_total_fee_adjust: 'Y' } },
    code: 'AMOUNT_MISMATCH',
    field: 'total_fee',
    expected: '10.00',
    received: '8.00',
  },
  {
    name: 'total_fee missing',
    notice: { extra: { total_fee: '' } },
    code: 'AMOUNT_MISMATCH',
    field: 'total_fee',
    expected: '10.00',
    received: '',
  },
  {
    name: 'another seller_id',
    notice: { sellerId: '2088000000000001' },
    code: 'SELLER_MISMATCH',
    field: 'seller_id',
    expected: TEST_DEFAULTS.sellerId,
    received: '2088000000000001',
  },
  {
    name: 'another seller_email',
    notice: { sellerEmail: 'other@example.com' },
    code: 'SELLER_MISMATCH',
    field: 'seller_email',
    expected: TEST_DEFAULTS.sellerEmail,
    received: 'other@example.com',
  },
  // (`partner` itself is a request-only parameter: a message carrying it is refused before any
  // cross-check, REQUEST_PARAM_IN_MESSAGE; see test/verify-forgery-shapes.test.ts)
  {
    name: 'a partner_id field naming another partner',
    notice: { extra: { partner_id: '2088000000000009' } },
    code: 'PARTNER_MISMATCH',
    field: 'partner_id',
    expected: '2088101122130001',
    received: '2088000000000009',
  },
  {
    name: 'a partnerId field naming another partner',
    notice: { extra: { partnerId: '2088000000000009' } },
    code: 'PARTNER_MISMATCH',
    field: 'partnerId',
    expected: '2088101122130001',
    received: '2088000000000009',
  },
];

async function withStore<T>(factoryIndex: number, run: (store: EscrowStore) => Promise<T>): Promise<T> {
  const { store, close } = await storeFactories()[factoryIndex]!.create();
  try {
    return await run(store);
  } finally {
    await close();
  }
}

for (const [index, factory] of storeFactories().entries()) {
  describe(`cross-checks — ${factory.name}`, () => {
    for (const c of CASES) {
      it(`${c.name}: ${c.code}, no state change, onAnomaly, success`, { timeout: 60_000 }, () =>
        withStore(index, async (store) => {
          const s = shop(store);
          const id = `X-${c.code}-${c.field}`;
          await s.escrow.createPayment(orderInput(id));
          const message = await notification({ outTradeNo: id, tradeStatus: 'WAIT_SELLER_SEND_GOODS', ...c.notice });

          const reply = await deliver(s.escrow, message);
          // genuine, and a redelivery cannot change it: success (the merchant resolves and replays)
          expect(reply.body).toBe('success');
          expect((await s.escrow.getOrder(id))!).toMatchObject({
            version: 0,
            phase: 'created',
            tradeStatus: null,
            tradeNo: null,
          });
          expect(await s.escrow.listEffects(id)).toEqual([]);
          expect(s.hooks.events).toEqual([]);

          const [entry] = await s.escrow.listLog({ outTradeNo: id });
          expect(entry).toMatchObject({
            verdict: 'anomaly',
            code: c.code,
            reply: 'success',
            tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          });
          expect(s.hooks.anomalies).toHaveLength(1);
          expect(s.hooks.anomalies[0]).toMatchObject({
            code: c.code,
            field: c.field,
            expected: c.expected,
            received: c.received,
            channel: 'notify',
            logId: entry!.id,
            outTradeNo: id,
          });
          expect(s.hooks.anomalies[0]!.order).toMatchObject({ outTradeNo: id, version: 0 });
          expect(s.hooks.anomalies[0]!.params['notify_id']).toBe(message.notifyId);
          expect(entry!.detail).toBe(s.hooks.anomalies[0]!.message);
        }),
      );
    }

    it(
      'an unknown order: fail (Alipay keeps redelivering), anomaly UNKNOWN_ORDER, nothing stored',
      { timeout: 60_000 },
      () =>
        withStore(index, async (store) => {
          const s = shop(store);
          const reply = await deliver(
            s.escrow,
            await notification({ outTradeNo: 'NOBODY-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }),
          );
          expect(reply.body).toBe('fail');
          expect(await s.escrow.getOrder('NOBODY-1')).toBeUndefined();
          expect(await s.escrow.listEffects('NOBODY-1')).toEqual([]);
          expect((await s.escrow.listLog({ outTradeNo: 'NOBODY-1' }))[0]).toMatchObject({
            verdict: 'anomaly',
            code: 'UNKNOWN_ORDER',
            reply: 'fail',
          });
          expect(s.hooks.anomalies.map((a) => [a.code, a.outTradeNo, a.order])).toEqual([
            ['UNKNOWN_ORDER', 'NOBODY-1', null],
          ]);
        }),
    );
  });
}

describe('cross-checks that pass', () => {
  it('the amounts are compared in cents, against every logistics option', () =>
    withStore(0, async (store) => {
      const s = shop(store);
      await s.escrow.createPayment(
        orderInput('OPT-1', {
          logistics: [
            { type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' },
            { type: 'EMS', fee: '5', payment: 'BUYER_PAY' },
          ],
        }),
      );
      expect((await s.escrow.getOrder('OPT-1'))!.payable).toEqual(['10.00', '15.00']);
      expect(
        (
          await deliver(
            s.escrow,
            await notification({ outTradeNo: 'OPT-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '15' }),
          )
        ).body,
      ).toBe('success');
      expect((await s.escrow.getOrder('OPT-1'))!).toMatchObject({ phase: 'paid', totalFee: '15' });
      expect(s.hooks.anomalies).toEqual([]);
    }));

  it('a seller field the merchant did not configure is not compared; our own partner passes', () =>
    withStore(0, async (store) => {
      const s = shop(store, { merchant: merchant({ seller: { email: TEST_DEFAULTS.sellerEmail } }) });
      await s.escrow.createPayment(orderInput('SELLER-1'));
      const message = await notification({
        outTradeNo: 'SELLER-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        sellerId: '2088000000000001',
        extra: { partnerId: '2088101122130001' },
      });
      expect((await deliver(s.escrow, message)).body).toBe('success');
      expect((await s.escrow.getOrder('SELLER-1'))!.phase).toBe('paid');
    }));
});

describe('onAnomaly', () => {
  it('when onAnomaly itself throws: fail, so the redelivery reports the anomaly again', () =>
    withStore(0, async (store) => {
      const s = shop(store);
      s.hooks.failures.anomaly = 1;
      await s.escrow.createPayment(orderInput('ALERT-1'));
      const message = await notification({
        outTradeNo: 'ALERT-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '99.00',
      });
      expect((await deliver(s.escrow, message)).body).toBe('fail');
      const [entry] = await s.escrow.listLog({ outTradeNo: 'ALERT-1' });
      expect(entry).toMatchObject({ verdict: 'anomaly', code: 'AMOUNT_MISMATCH', reply: 'fail' });
      expect(entry!.detail).toContain('onAnomaly threw: onAnomaly failed on purpose');
      expect((await deliver(s.escrow, message)).body).toBe('success');
      expect(s.hooks.anomalies).toHaveLength(2);
      expect((await s.escrow.getOrder('ALERT-1'))!.version).toBe(0);
    }));
});
