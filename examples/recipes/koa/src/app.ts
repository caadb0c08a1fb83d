/**
 * The shop on Koa: Alipay's notify and return endpoints first, then the body parser, then the
 * shop's own JSON routes (create a payment, read an order, ship it).
 */
import { randomUUID } from 'node:crypto';
import { AlipayEscrowError, type Escrow, type OrderRecord } from '@alipay-escrow/core';
import { notifyHandler, returnHandler } from '@alipay-escrow/koa';
import { bodyParser } from '@koa/bodyparser';
import { Router } from '@koa/router';
import Koa, { type Context } from 'koa';
import type { Fulfilments } from './fulfilments.js';

/** An escrow error becomes `{"error": {code, message}}` with its status; anything else is a bug (500). */
function fail(ctx: Context, error: unknown): void {
  if (!(error instanceof AlipayEscrowError)) throw error;
  ctx.status = error.status;
  ctx.body = { error: { code: error.code, message: error.message } };
}

function body(ctx: Context): Record<string, unknown> {
  const parsed = ctx.request.body;
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

export function createApp(escrow: Escrow, fulfilments: Fulfilments): Koa {
  const orderJson = async (order: OrderRecord) => ({
    outTradeNo: order.outTradeNo,
    status: order.phase,
    tradeStatus: order.tradeStatus,
    refundStatus: order.refundStatus,
    fulfilled: await fulfilments.count(order.outTradeNo),
  });

  // #region notify
  const alipay = new Router({ prefix: '/alipay' });
  // Reads the raw body from ctx.req itself: the signature covers the exact bytes Alipay sent.
  alipay.post('/notify', notifyHandler(escrow));
  // #endregion notify
  // #region return
  alipay.get('/return', returnHandler(escrow));
  // #endregion return

  const shop = new Router();
  // #region create-payment
  shop.post('/orders', async (ctx) => {
    const { subject, price, quantity } = body(ctx);
    if (typeof subject !== 'string' || typeof price !== 'string' || typeof quantity !== 'number') {
      ctx.status = 400;
      ctx.body = { error: { code: 'INVALID_ORDER', message: 'Send {"subject": string, "price": "0.01", "quantity": 1}.' } };
      return;
    }
    const outTradeNo = randomUUID().replaceAll('-', ''); // your order number: unique, at most 64 bytes
    try {
      const payment = await escrow.createPayment({
        outTradeNo,
        subject,
        price,
        quantity,
        logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'BUYER_PAY' }],
      });
      ctx.status = 201;
      ctx.body = { outTradeNo, payUrl: payment.url }; // or payment.page(): an auto-submitting form
    } catch (error) {
      fail(ctx, error);
    }
  });
  // #endregion create-payment

  shop.get('/orders/:outTradeNo', async (ctx) => {
    const order = await escrow.getOrder(ctx.params.outTradeNo!);
    if (!order) {
      ctx.status = 404;
      ctx.body = { error: { code: 'ORDER_NOT_FOUND', message: 'No such order.' } };
      return;
    }
    ctx.body = await orderJson(order);
  });

  // #region ship
  shop.post('/orders/:outTradeNo/ship', async (ctx) => {
    const { logisticsName, invoiceNo } = body(ctx);
    if (typeof logisticsName !== 'string' || typeof invoiceNo !== 'string') {
      ctx.status = 400;
      ctx.body = { error: { code: 'INVALID_SHIPMENT', message: 'Send {"logisticsName": string, "invoiceNo": string}.' } };
      return;
    }
    try {
      // send_goods_confirm_by_platform: the trade moves to WAIT_BUYER_CONFIRM_GOODS.
      const order = await escrow.sendGoods(ctx.params.outTradeNo!, { logisticsName, invoiceNo, transportType: 'EXPRESS' });
      ctx.body = await orderJson(order);
    } catch (error) {
      fail(ctx, error);
    }
  });
  // #endregion ship

  // #region mount
  const app = new Koa();
  app.use(alipay.routes()); // 1. Alipay's routes, while the body is still unread
  app.use(bodyParser()); // 2. only then parse JSON, for the shop's own routes
  app.use(shop.routes());
  // #endregion mount
  return app;
}
