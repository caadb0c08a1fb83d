// When each lifecycle hook fires: once per order and milestone, whatever order the notices come in.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type Anomaly,
  type Escrow,
  type MerchantConfig,
} from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { lifecycleHooks, type ShopActions } from '../src/hooks.js';

const keys = {
  signType: 'MD5',
  key: 'lifecycle0guide0key0lifecycle000',
} as const;
const merchant: MerchantConfig = {
  partner: '2088101122136241',
  keys,
  charset: 'utf-8',
  seller: { id: TEST_DEFAULTS.sellerId },
  notifyUrl: 'https://shop.example.com/alipay/notify',
};

/** Records what the hooks asked the shop to do, as `action outTradeNo key`. */
function recordingShop(): ShopActions & {
  done: string[];
  audits: string[];
  anomalies: Anomaly[];
} {
  const done: string[] = [];
  const audits: string[] = [];
  const anomalies: Anomaly[] = [];
  const record = (action: string) => async (no: string, key: string) => void done.push(`${action} ${no} ${key}`);
  return {
    done,
    audits,
    anomalies,
    prepareShipment: record('prepareShipment'),
    tellBuyerShipped: record('tellBuyerShipped'),
    completeOrder: record('completeOrder'),
    releaseStock: record('releaseStock'),
    recordRefundStep: async (no, status, key) => void done.push(`recordRefundStep ${no} ${status} ${key}`),
    audit: async (no, change) => void audits.push(`${no} ${change}`),
    alert: async (anomaly) => void anomalies.push(anomaly),
  };
}

let shop: ReturnType<typeof recordingShop>;
let escrow: Escrow;

beforeEach(() => {
  shop = recordingShop();
  const gateway = {
    ...createGatewayClient({
      partner: merchant.partner,
      keys,
      charset: 'utf-8',
    }),
    notifyVerify: acceptingNotifyIds(),
  };
  escrow = createEscrow({
    merchant,
    store: createMemoryStore(),
    gateway,
    hooks: lifecycleHooks(shop),
  });
});

async function order(outTradeNo: string): Promise<void> {
  await escrow.createPayment({
    outTradeNo,
    subject: '纯棉T恤',
    price: '88.00',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
}

/** One delivery of a notification body to notify_url; returns the reply. */
async function deliver(body: Uint8Array): Promise<string> {
  const response = await escrow.handleNotify(new Request(merchant.notifyUrl!, { method: 'POST', body: body.slice() }));
  return response.text();
}

describe('lifecycle hooks', () => {
  it('fires each milestone once, in order, even when the notices arrive out of order', async () => {
    await order('LC-1');
    /** A notification for LC-1 sent at `when` ('MM-DD hh:mm', 2026). */
    const notice = (when: string, tradeStatus: string) =>
      buildTestNotification({
        keys,
        outTradeNo: 'LC-1',
        tradeStatus,
        totalFee: '88.00',
        notifyTime: `2026-${when}:00`,
      });
    // #region out-of-order
    const shipped = await notice('03-01 10:05', 'WAIT_BUYER_CONFIRM_GOODS');
    const paid = await notice('03-01 10:01', 'WAIT_SELLER_SEND_GOODS');
    const finished = await notice('03-03 09:00', 'TRADE_FINISHED');

    // arrives first: onPaid, then onShipped
    expect(await deliver(shipped.body)).toBe('success');
    // late: stale, recorded, no hook
    expect(await deliver(paid.body)).toBe('success');
    // a retry of the same: duplicate, no hook
    expect(await deliver(shipped.body)).toBe('success');
    expect(await deliver(finished.body)).toBe('success'); // onFinished

    expect(shop.done).toEqual([
      'prepareShipment LC-1 LC-1:paid',
      'tellBuyerShipped LC-1 LC-1:shipped',
      'completeOrder LC-1 LC-1:finished',
    ]);
    const verdicts = (await escrow.listLog({ outTradeNo: 'LC-1' })).map((entry) => entry.verdict).reverse();
    expect(verdicts).toEqual(['applied', 'stale', 'duplicate', 'applied']);
    // #endregion out-of-order
    expect(shop.audits).toEqual([
      'LC-1 none/none/0→WAIT_BUYER_CONFIRM_GOODS/none/0',
      'LC-1 WAIT_BUYER_CONFIRM_GOODS/none/0→TRADE_FINISHED/none/0',
    ]);
    expect((await escrow.getOrder('LC-1'))?.phase).toBe('finished');
  });

  it('names refund steps by cycle, so a second application after a refusal is a new key', async () => {
    await order('LC-2');
    /** A notification for LC-2 sent at `hhmm` on 1 March (paid, unshipped by default). */
    const notice = (hhmm: string, refundStatus?: string, tradeStatus = 'WAIT_SELLER_SEND_GOODS') =>
      buildTestNotification({
        keys,
        outTradeNo: 'LC-2',
        tradeStatus,
        refundStatus,
        totalFee: '88.00',
        notifyTime: `2026-03-01 ${hhmm}:00`,
      });
    // #region refund
    const paid = await notice('10:00');
    const applied = await notice('11:00', 'WAIT_SELLER_AGREE');
    const refused = await notice('12:00', 'SELLER_REFUSE_BUYER');
    const again = await notice('13:00', 'WAIT_SELLER_AGREE');
    const refunded = await notice('14:00', 'REFUND_SUCCESS', 'TRADE_CLOSED');

    for (const n of [paid, applied, refused, again, applied, refunded]) {
      // `applied` comes twice: the second time it is late
      expect(await deliver(n.body)).toBe('success');
    }
    expect(shop.done).toEqual([
      'prepareShipment LC-2 LC-2:paid',
      'recordRefundStep LC-2 WAIT_SELLER_AGREE LC-2:refund:1:WAIT_SELLER_AGREE',
      'recordRefundStep LC-2 SELLER_REFUSE_BUYER LC-2:refund:1:SELLER_REFUSE_BUYER',
      'recordRefundStep LC-2 WAIT_SELLER_AGREE LC-2:refund:2:WAIT_SELLER_AGREE',
      // refunded before shipping: the trade closes
      'releaseStock LC-2 LC-2:closed',
      'recordRefundStep LC-2 REFUND_SUCCESS LC-2:refund:2:REFUND_SUCCESS',
    ]);
    // #endregion refund
    const order2 = await escrow.getOrder('LC-2');
    expect(order2).toMatchObject({
      phase: 'closed',
      tradeStatus: 'TRADE_CLOSED',
      refundStatus: 'REFUND_SUCCESS',
      refundCycle: 2,
    });
  });

  it('reports a genuine notice that disagrees with the order to onAnomaly and applies nothing', async () => {
    await order('LC-3');
    const wrongAmount = await buildTestNotification({
      keys,
      outTradeNo: 'LC-3',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });
    expect(await deliver(wrongAmount.body)).toBe('success');
    expect(shop.anomalies.map((a) => [a.code, a.expected, a.received])).toEqual([['AMOUNT_MISMATCH', '88.00', '0.01']]);
    expect(shop.done).toEqual([]);
    expect((await escrow.getOrder('LC-3'))?.phase).toBe('created');
  });
});
