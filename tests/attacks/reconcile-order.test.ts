// Attack (or plain bad luck): a late genuine refund notice after reconcile() opens a phantom refund
// cycle. Payment notice at 10:00; the buyer applies for a refund at 10:05 and the seller refuses at
// 10:06, but neither notice got through; reconcile() applies Alipay's signed record showing
// SELLER_REFUSE_BUYER; then Alipay's retry of the 10:05 WAIT_SELLER_AGREE arrives. A reconcile
// carried no time, so the order's latest notice time stayed 10:00 and the retry read as a new
// application: refundCycle 2, onRefund fired for a refund the buyer never asked for again. Now a
// record that states the refund carries its last-modified time (or the query time), so the retry
// is older than what the order knows and is stale; a real re-application after it still counts.
import { createGatewayClient, type Escrow, type EscrowHooks } from '@alipay-escrow/core';
import { escapeHtml, signParams } from '@alipay-escrow/core/protocol';
import { buildTestNotification, TEST_DEFAULTS, testTradeNo } from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { attackShop, NOTIFY_URL, PARTNER } from './shop-kit.js';

const KEYS = { signType: 'MD5', key: 'reconcile0order0key0000000000000' } as const;
const ORDER = 'RO-1';
const PRICE = '10.00';

/** Alipay's signed single_trade_query record of the order: refused refund, last changed at 10:06. */
async function queryReply(): Promise<string> {
  const fields: Record<string, string> = {
    out_trade_no: ORDER,
    trade_no: testTradeNo(ORDER),
    trade_status: 'WAIT_SELLER_SEND_GOODS',
    refund_status: 'SELLER_REFUSE_BUYER',
    gmt_last_modified_time: '2026-03-01 10:06:00',
    total_fee: PRICE,
    seller_id: TEST_DEFAULTS.sellerId,
    seller_email: TEST_DEFAULTS.sellerEmail,
  };
  const { sign } = await signParams(fields, KEYS, { charset: 'utf-8' });
  const record = Object.keys(fields)
    .sort()
    .map((k) => `<${k}>${escapeHtml(fields[k]!)}</${k}>`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><alipay><is_success>T</is_success><response><trade>${record}</trade></response><sign>${sign}</sign><sign_type>MD5</sign_type></alipay>`;
}

async function shop(): Promise<{ escrow: Escrow; refunds: string[] }> {
  const refunds: string[] = [];
  const hooks: EscrowHooks = { onRefund: async (e) => void refunds.push(e.idempotencyKey) };
  const xml = await queryReply();
  const gateway = createGatewayClient({
    partner: PARTNER,
    keys: KEYS,
    charset: 'utf-8',
    fetch: async (_input, init) => new Response(init?.method === 'GET' ? 'true' : xml),
  });
  return {
    escrow: await attackShop({ keys: KEYS, gateway, hooks, orders: [{ outTradeNo: ORDER, price: PRICE }] }),
    refunds,
  };
}

async function deliver(escrow: Escrow, notifyTime: string, refundStatus?: string): Promise<string> {
  const notice = await buildTestNotification({
    keys: KEYS,
    outTradeNo: ORDER,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: PRICE,
    notifyTime,
    ...(refundStatus === undefined ? {} : { refundStatus }),
  });
  return (await escrow.handleNotify(notice.request(NOTIFY_URL))).text();
}

describe('a late refund notice after reconcile()', () => {
  it('the retry of the 10:05 WAIT_SELLER_AGREE is stale (still cycle 1, one onRefund); a later re-application is cycle 2', async () => {
    const { escrow, refunds } = await shop();
    expect(await deliver(escrow, '2026-03-01 10:00:00')).toBe('success');
    expect(await escrow.reconcile(ORDER)).toMatchObject({ verdict: 'applied' });
    expect(await escrow.getOrder(ORDER)).toMatchObject({ refundStatus: 'SELLER_REFUSE_BUYER', refundCycle: 1 });

    expect(await deliver(escrow, '2026-03-01 10:05:00', 'WAIT_SELLER_AGREE')).toBe('success');
    expect(await escrow.getOrder(ORDER)).toMatchObject({ refundStatus: 'SELLER_REFUSE_BUYER', refundCycle: 1 });
    expect((await escrow.listLog({ limit: 1 }))[0]).toMatchObject({ channel: 'notify', verdict: 'stale' });
    expect(refunds).toEqual([`${ORDER}:refund:1:SELLER_REFUSE_BUYER`]);

    // a real re-application, after the record's time (10:09), still opens cycle 2
    expect(await deliver(escrow, '2026-03-01 10:09:00', 'WAIT_SELLER_AGREE')).toBe('success');
    expect(await escrow.getOrder(ORDER)).toMatchObject({
      refundStatus: 'WAIT_SELLER_AGREE',
      refundCycle: 2,
      phase: 'refunding',
    });
    expect(refunds).toEqual([`${ORDER}:refund:1:SELLER_REFUSE_BUYER`, `${ORDER}:refund:2:WAIT_SELLER_AGREE`]);
  });
});
