/**
 * The shop's routes: create a payment, Alipay's notify and return endpoints, read an order,
 * ship it (the admin only). The escrow decides everything about the money; these routes only
 * translate.
 */
import { randomUUID } from 'node:crypto';
import { AlipayEscrowError, type Escrow, type OrderRecord } from '@alipay-escrow/core';
import { notifyHandler, returnHandler } from '@alipay-escrow/hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isAdmin } from './admin.js';
import type { Fulfilments } from './fulfilments.js';
import { readOrderRequest } from './products.js';

/** An escrow error becomes `{"error": {code, message}}` with its status; anything else is a bug (500). */
function failure(c: Context, error: unknown) {
  if (!(error instanceof AlipayEscrowError)) throw error;
  return c.json({ error: { code: error.code, message: error.message } }, error.status as ContentfulStatusCode);
}

export function createApp(escrow: Escrow, fulfilments: Fulfilments, adminToken: string): Hono {
  const app = new Hono();
  const orderJson = async (order: OrderRecord) => ({
    outTradeNo: order.outTradeNo,
    status: order.phase,
    tradeStatus: order.tradeStatus,
    refundStatus: order.refundStatus,
    fulfilled: await fulfilments.count(order.outTradeNo),
  });

  // #region create-payment
  app.post('/orders', async (c) => {
    // The buyer picks a product and a quantity; what it costs is the shop's to say.
    const order = readOrderRequest(await c.req.json<unknown>().catch(() => null));
    if ('error' in order) return c.json({ error: { code: 'INVALID_ORDER', message: order.error } }, 400);
    const outTradeNo = randomUUID().replaceAll('-', ''); // your order number: unique, at most 64 bytes
    try {
      const payment = await escrow.createPayment({
        outTradeNo,
        subject: order.product.subject,
        price: order.product.price,
        quantity: order.quantity,
        logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'BUYER_PAY' }],
      });
      // payment.url is the signed GET URL of the cashier; payment.page() is an auto-submitting form.
      return c.json({ outTradeNo, payUrl: payment.url }, 201);
    } catch (error) {
      return failure(c, error);
    }
  });
  // #endregion create-payment

  // #region notify
  // Registered before any middleware that reads bodies: the signature covers the raw bytes.
  app.post('/alipay/notify', notifyHandler(escrow, { remoteAddress: (c) => getConnInfo(c).remote.address }));
  // #endregion notify

  // #region return
  app.get('/alipay/return', returnHandler(escrow, { remoteAddress: (c) => getConnInfo(c).remote.address }));
  // #endregion return

  app.get('/orders/:outTradeNo', async (c) => {
    const order = await escrow.getOrder(c.req.param('outTradeNo'));
    if (!order) return c.json({ error: { code: 'ORDER_NOT_FOUND', message: 'No such order.' } }, 404);
    return c.json(await orderJson(order));
  });

  // #region ship
  app.post('/orders/:outTradeNo/ship', async (c) => {
    // Shipping starts the buyer's confirmation clock at Alipay: only the shop's admin may do it.
    if (!isAdmin(c.req.header('authorization'), adminToken)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json(
        {
          error: {
            code: 'ADMIN_ONLY',
            message: 'Shipping is for the shop admin: send Authorization: Bearer <SHOP_ADMIN_TOKEN>.',
          },
        },
        401,
      );
    }
    const input = await c.req.json<{ logisticsName?: unknown; invoiceNo?: unknown }>().catch(() => null);
    if (typeof input?.logisticsName !== 'string' || typeof input.invoiceNo !== 'string') {
      return c.json(
        { error: { code: 'INVALID_SHIPMENT', message: 'Send {"logisticsName": string, "invoiceNo": string}.' } },
        400,
      );
    }
    try {
      // send_goods_confirm_by_platform: the trade moves to WAIT_BUYER_CONFIRM_GOODS.
      const order = await escrow.sendGoods(c.req.param('outTradeNo'), {
        logisticsName: input.logisticsName,
        invoiceNo: input.invoiceNo,
        transportType: 'EXPRESS',
      });
      return c.json(await orderJson(order));
    } catch (error) {
      return failure(c, error);
    }
  });
  // #endregion ship

  return app;
}
