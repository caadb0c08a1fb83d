/**
 * The shop on Koa: Alipay's notify and return endpoints first, then the body parser, then the
 * shop's own JSON routes (create a payment, read an order, ship it: the admin only).
 */
import { randomUUID } from 'node:crypto';
import { AlipayEscrowError, type Escrow, type OrderRecord } from '@alipay-escrow/core';
import { notifyHandler, returnHandler } from '@alipay-escrow/koa';
import { bodyParser } from '@koa/bodyparser';
import { Router } from '@koa/router';
import Koa, { type Context } from 'koa';
import { isAdmin } from './admin.js';
import type { Fulfilments } from './fulfilments.js';
import { readOrderRequest } from './products.js';

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

export function createApp(escrow: Escrow, fulfilments: Fulfilments, adminToken: string): Koa {
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
    // The buyer picks a product and a quantity; what it costs is the shop's to say.
    const order = readOrderRequest(ctx.request.body);
    if ('error' in order) {
      ctx.status = 400;
      ctx.body = { error: { code: 'INVALID_ORDER', message: order.error } };
      return;
    }
    const outTradeNo = randomUUID().replaceAll('-', ''); // your order number: unique, at most 64 bytes
    try {
      const payment = await escrow.createPayment({
        outTradeNo,
        subject: order.product.subject,
        price: order.product.price,
        quantity: order.quantity,
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
    // Shipping starts the buyer's confirmation clock at Alipay: only the shop's admin may do it.
    if (!isAdmin(ctx.get('authorization'), adminToken)) {
      ctx.status = 401;
      ctx.set('WWW-Authenticate', 'Bearer');
      ctx.body = {
        error: {
          code: 'ADMIN_ONLY',
          message: 'Shipping is for the shop admin: send Authorization: Bearer <SHOP_ADMIN_TOKEN>.',
        },
      };
      return;
    }
    const { logisticsName, invoiceNo } = body(ctx);
    if (typeof logisticsName !== 'string' || typeof invoiceNo !== 'string') {
      ctx.status = 400;
      ctx.body = {
        error: { code: 'INVALID_SHIPMENT', message: 'Send {"logisticsName": string, "invoiceNo": string}.' },
      };
      return;
    }
    try {
      // send_goods_confirm_by_platform: the trade moves to WAIT_BUYER_CONFIRM_GOODS.
      const order = await escrow.sendGoods(ctx.params.outTradeNo!, {
        logisticsName,
        invoiceNo,
        transportType: 'EXPRESS',
      });
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
