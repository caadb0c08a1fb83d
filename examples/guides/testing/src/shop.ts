/**
 * The shop under test: Hono routes for Alipay's notify_url and return_url, one route that starts a
 * payment, and an onPaid hook that reserves the goods in a warehouse (your own code).
 */
import {
  createEscrow,
  createMemoryStore,
  type EscrowStore,
  type GatewayClient,
  type MerchantConfig,
} from '@alipay-escrow/core';
import { alipayEscrow } from '@alipay-escrow/hono';
import { Hono } from 'hono';

export interface Warehouse {
  /** Reserves the order's goods; the same key twice reserves once. */
  reserve(outTradeNo: string, idempotencyKey: string): Promise<void>;
}

export interface ShopOptions {
  merchant: MerchantConfig;
  warehouse: Warehouse;
  store?: EscrowStore;
  /** Tests pass a client whose notify_verify is a stand-in; the default asks merchant.gatewayUrl. */
  gateway?: GatewayClient;
}

// #region shop
export function createShop({ merchant, warehouse, store = createMemoryStore(), gateway }: ShopOptions) {
  const escrow = createEscrow({
    merchant,
    store,
    ...(gateway ? { gateway } : {}),
    hooks: {
      onPaid: ({ order, idempotencyKey }) => warehouse.reserve(order.outTradeNo, idempotencyKey),
    },
  });
  const app = new Hono();
  // POST /alipay/notify, GET /alipay/return
  app.route('/', alipayEscrow(escrow));
  app.post('/orders/:outTradeNo/pay', async (c) => {
    const payment = await escrow.createPayment({
      outTradeNo: c.req.param('outTradeNo'),
      subject: '手工皂',
      price: '0.01',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    });
    return c.json({ payUrl: payment.url });
  });
  return { app, escrow };
}
// #endregion shop
