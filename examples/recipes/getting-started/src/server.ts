/**
 * The smallest shop that takes an escrow payment: Hono on Node, one file. Orders live in memory,
 * which is for trying things out only — they vanish on restart and one process cannot share them.
 * The recipes show the same routes over SQLite or Postgres.
 */
import { randomUUID } from 'node:crypto';
import { createEscrow, createMemoryStore } from '@alipay-escrow/core';
import { notifyHandler, returnHandler } from '@alipay-escrow/hono';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const publicUrl = process.env.PUBLIC_URL ?? 'http://127.0.0.1:3000';

// #region escrow
const escrow = createEscrow({
  merchant: {
    partner: process.env.ALIPAY_PARTNER ?? '',
    keys: { signType: 'MD5', key: process.env.ALIPAY_KEY ?? '' },
    charset: 'utf-8',
    seller: { id: process.env.ALIPAY_SELLER_ID ?? '' }, // the account that receives the money
    notifyUrl: `${publicUrl}/alipay/notify`, // Alipay POSTs the payment result here
    returnUrl: `${publicUrl}/alipay/return`, // the buyer's browser comes back here
    gatewayUrl: process.env.ALIPAY_GATEWAY_URL, // unset: the live gateway
  },
  store: createMemoryStore(), // for trying only
  hooks: {
    onPaid: ({ order }) => console.log(`paid: ${order.outTradeNo}, time to ship`),
    // A genuine message that could not be applied (unknown order, another amount or seller):
    // nothing changed; find out why, then escrow.replay(anomaly.logId).
    onAnomaly: (anomaly) =>
      console.warn(
        `anomaly ${anomaly.code} (order ${anomaly.outTradeNo}): ${anomaly.message} — log entry ${anomaly.logId}`,
      ),
  },
});
// #endregion escrow

// #region routes
const app = new Hono();

// What the shop sells. The price and the subject come from here, never from the buyer's request:
// a buyer who could send a price would pay what they liked.
const products = new Map([['sample', { subject: '测试商品', price: '0.01' }]]);

app.post('/orders', async (c) => {
  const { productId, quantity, ...rest } = (await c.req.json().catch(() => null)) ?? {};
  const product = products.get(productId);
  if (!product || !Number.isInteger(quantity) || quantity < 1 || Object.keys(rest).length > 0) {
    return c.json({ error: 'send {"productId": "sample", "quantity": 1}: the price comes from the shop' }, 400);
  }
  const outTradeNo = randomUUID().replaceAll('-', '');
  const payment = await escrow.createPayment({
    outTradeNo,
    subject: product.subject,
    price: product.price,
    quantity,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'BUYER_PAY' }],
  });
  return c.json({ outTradeNo, payUrl: payment.url }, 201);
});

app.post('/alipay/notify', notifyHandler(escrow));
app.get('/alipay/return', returnHandler(escrow));

app.get('/orders/:outTradeNo', async (c) => {
  const order = await escrow.getOrder(c.req.param('outTradeNo'));
  if (!order) return c.json({ error: 'no such order' }, 404);
  return c.json({
    outTradeNo: order.outTradeNo,
    status: order.phase,
    tradeStatus: order.tradeStatus,
    refundStatus: order.refundStatus,
  });
});
// #endregion routes

// #region serve
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000), hostname: '127.0.0.1' }, (info) => {
  console.log(`shop listening on http://127.0.0.1:${info.port}`);
});
// #endregion serve
