// Core's gateway client, unchanged, against the sandbox over HTTP: send goods, query, close and
// notify_verify, with the replies' signatures verified (MD5 in UTF-8 and GBK, and RSA).
import { describe, expect, it } from 'vitest';
import {
  buildPaymentRequest,
  createGatewayClient,
  verifyNotification,
  type GatewayClient,
  type SignatureKeys,
} from '@alipay-escrow/core';
import type { Charset } from '@alipay-escrow/core/charset';
import keys from '../../core/test/fixtures/keys/keys.json' with { type: 'json' };
import type { RunningSandbox } from '../src/node.js';
import { api, get, MD5, PARTNER, SELLER_EMAIL, withMerchant, withSandbox } from './helpers.js';

const k = keys as Record<string, string>;
/** Merchant side of RSA: its own private key signs, "Alipay's" public key verifies. */
const MERCHANT_RSA: SignatureKeys = {
  signType: 'RSA',
  privateKey: k['omnipay-private-pkcs8']!,
  alipayPublicKey: k['chloerei-public-spki']!,
};
const SANDBOX_RSA = { alipayPrivateKey: k['chloerei-private-pkcs8']!, merchantPublicKey: k['omnipay-public-spki']! };

function clientFor(s: RunningSandbox, charset: Charset = 'utf-8', keys: SignatureKeys = MD5): GatewayClient {
  return createGatewayClient({ partner: PARTNER, keys, charset, gatewayUrl: s.gatewayUrl });
}

/** Creates a trade the way a merchant does (core's buildPaymentRequest, GET URL); returns its trade_no. */
async function newTrade(
  s: RunningSandbox,
  outTradeNo: string,
  charset: Charset = 'utf-8',
  keys: SignatureKeys = MD5,
  notifyUrl?: string,
): Promise<string> {
  const request = await buildPaymentRequest(
    {
      outTradeNo,
      subject: '测试商品',
      price: '10.00',
      quantity: 1,
      logistics: [{ type: 'EMS', fee: '5.00', payment: 'BUYER_PAY' }],
    },
    {
      partner: PARTNER,
      keys,
      charset,
      seller: { email: SELLER_EMAIL },
      gatewayUrl: s.gatewayUrl,
      ...(notifyUrl ? { notifyUrl } : {}),
    },
  );
  const res = await get(request.url);
  expect(res.status).toBe(302);
  return (await api(s, 'GET', `trades/${outTradeNo}`)).json.tradeNo;
}

describe('core gateway client against the sandbox', () => {
  it('sendGoods ships a paid trade; the signed <tradeBase> verifies; shipping again is still T', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        const client = clientFor(s);
        const tradeNo = await newTrade(s, 'ship-1', 'utf-8', MD5, m.notifyUrl);
        const early = await client.sendGoods({ tradeNo, logisticsName: '顺丰速运', transportType: 'EXPRESS' });
        expect(early).toMatchObject({ ok: false, error: 'TRADE_STATUS_NOT_AVAILD', signVerified: 'absent' });
        await api(s, 'POST', 'trades/ship-1/pay', {});
        const shipped = await client.sendGoods({
          tradeNo,
          logisticsName: '顺丰速运',
          invoiceNo: 'SF1234567890',
          transportType: 'EXPRESS',
          createTransportType: 'EMS',
        });
        expect(shipped).toMatchObject({
          ok: true,
          tradeNo,
          outTradeNo: 'ship-1',
          tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
          signVerified: true,
        });
        expect(shipped.ok && shipped.trade['total_fee']).toBe('15.00');
        expect(shipped.ok && shipped.raw).toContain('<param name="logistics_name">顺丰速运</param>');
        const again = await client.sendGoods({ tradeNo, logisticsName: '顺丰速运', transportType: 'EXPRESS' });
        expect(again).toMatchObject({ ok: true, tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS', signVerified: true });
        await s.sandbox.clock.advance(0);
        const statuses = m.received.map((r) => r.params.get('trade_status'));
        expect(statuses).toEqual(['WAIT_BUYER_PAY', 'WAIT_SELLER_SEND_GOODS', 'WAIT_BUYER_CONFIRM_GOODS']);
        expect(m.received[2]!.params.get('logistics_type')).toBe('EXPRESS'); // the seller's entry wins (docs/internals/payment-request.md#logistics, CR p11)
        expect(m.received[2]!.params.get('gmt_send_goods')).toBe('2013-08-22 14:45:18');
      });
    });
  });

  it('singleTradeQuery answers by trade_no or out_trade_no; an unknown trade is TRADE_NOT_EXIST', async () => {
    await withSandbox({}, async (s) => {
      const client = clientFor(s);
      const tradeNo = await newTrade(s, 'query-1');
      const byOut = await client.singleTradeQuery({ outTradeNo: 'query-1' });
      expect(byOut).toMatchObject({
        ok: true,
        tradeNo,
        outTradeNo: 'query-1',
        tradeStatus: 'WAIT_BUYER_PAY',
        signVerified: true,
      });
      expect(byOut.ok && byOut.trade).toMatchObject({
        subject: '测试商品',
        price: '10.00',
        quantity: '1',
        total_fee: '15.00',
        seller_email: SELLER_EMAIL,
      });
      const byNo = await client.singleTradeQuery({ tradeNo });
      expect(byNo).toMatchObject({ ok: true, outTradeNo: 'query-1', signVerified: true });
      expect(await client.singleTradeQuery({ tradeNo: '2013082200000000' })).toMatchObject({
        ok: false,
        error: 'TRADE_NOT_EXIST',
        retryable: false,
      });
      expect(await client.singleTradeQuery({ tradeNo, outTradeNo: 'another' })).toMatchObject({
        ok: false,
        error: 'TRADE_NOT_EXIST',
      });
    });
  });

  it('closeTrade closes an unpaid trade only (by out_order_no or trade_no)', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        const client = clientFor(s);
        await newTrade(s, 'close-1', 'utf-8', MD5, m.notifyUrl);
        expect(await client.closeTrade({ outOrderNo: 'close-1' })).toMatchObject({ ok: true, signVerified: 'absent' });
        expect(await client.singleTradeQuery({ outTradeNo: 'close-1' })).toMatchObject({
          ok: true,
          tradeStatus: 'TRADE_CLOSED',
        });
        expect(await client.closeTrade({ outOrderNo: 'close-1' })).toMatchObject({
          ok: false,
          error: 'TRADE_STATUS_NOT_AVAILD',
        });
        const paid = await newTrade(s, 'close-2');
        await api(s, 'POST', 'trades/close-2/pay', {});
        expect(await client.closeTrade({ tradeNo: paid })).toMatchObject({
          ok: false,
          error: 'TRADE_STATUS_NOT_AVAILD',
        });
        expect(await client.closeTrade({ outOrderNo: 'nope' })).toMatchObject({ ok: false, error: 'TRADE_NOT_EXIST' });
        await s.sandbox.clock.advance(0);
        expect(m.received.map((r) => r.params.get('trade_status'))).toEqual(['WAIT_BUYER_PAY', 'TRADE_CLOSED']);
        expect(m.received[1]!.params.get('gmt_close')).toBe('2013-08-22 14:45:18');
      });
    });
  });

  it('works in GBK: requests decoded and replies signed in GBK bytes', async () => {
    await withSandbox({}, async (s) => {
      const client = clientFor(s, 'gbk');
      const tradeNo = await newTrade(s, 'gbk-1', 'gbk');
      await api(s, 'POST', 'trades/gbk-1/pay', {});
      const shipped = await client.sendGoods({ tradeNo, logisticsName: '宅急送', transportType: 'EMS' });
      expect(shipped).toMatchObject({ ok: true, tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS', signVerified: true });
      const query = await client.singleTradeQuery({ tradeNo });
      expect(query.ok && query.trade['subject']).toBe('测试商品');
      expect(query.signVerified).toBe(true);
    });
  });

  it('works with RSA: the merchant\'s key signs requests, the sandbox\'s "Alipay" key signs replies and notifications', async () => {
    await withMerchant(async (m) => {
      await withSandbox({ rsa: SANDBOX_RSA }, async (s) => {
        const client = clientFor(s, 'utf-8', MERCHANT_RSA);
        const tradeNo = await newTrade(s, 'rsa-1', 'utf-8', MERCHANT_RSA, m.notifyUrl);
        await api(s, 'POST', 'trades/rsa-1/pay', {});
        expect(await client.sendGoods({ tradeNo, logisticsName: 'EMS', transportType: 'EMS' })).toMatchObject({
          ok: true,
          signVerified: true,
        });
        await s.sandbox.clock.advance(0);
        expect(m.received).toHaveLength(3);
        for (const r of m.received) {
          expect(r.params.get('sign_type')).toBe('RSA');
          // Offline: the merchant already answered `success`, so the ids are spent.
          const verdict = await verifyNotification(r.body, {
            keys: MERCHANT_RSA,
            charset: 'utf-8',
            checkNotifyId: false,
          });
          expect(verdict.code).toBe('OK');
        }
      });
    });
  });

  it('a client with the wrong key gets ILLEGAL_SIGN; notifyVerify reports what the sandbox says', async () => {
    await withSandbox({}, async (s) => {
      const wrong = clientFor(s, 'utf-8', { signType: 'MD5', key: 'q0w9e8r7t6y5u4i3o2p1a0s9d8f7g6h5' });
      expect(await wrong.singleTradeQuery({ outTradeNo: 'x' })).toMatchObject({ ok: false, error: 'ILLEGAL_SIGN' });
      expect(await clientFor(s).notifyVerify('no-such-id')).toMatchObject({
        outcome: 'rejected',
        body: 'false',
        status: 200,
      });
    });
  });
});
