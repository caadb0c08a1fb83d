// The shop's own routes: create a payment, read an order, ship it (the admin only). Plain fetch
// handling (a Request in, a Response out), so any router would do the same.
import { AlipayEscrowError, type Escrow, type OrderRecord } from '@alipay-escrow/core';
import { isAdmin } from './admin.ts';
import type { Fulfilments } from './fulfilments.ts';
import { readOrderRequest } from './products.ts';

const json = (body: unknown, status = 200) => Response.json(body, { status });

/** An escrow error becomes `{"error": {code, message}}` with its status; anything else is a bug (500). */
function failure(error: unknown): Response {
  if (!(error instanceof AlipayEscrowError)) throw error;
  return json({ error: { code: error.code, message: error.message } }, error.status);
}

/** The JSON object of the body, or null when it is not one. */
async function readObject(request: Request): Promise<Record<string, unknown> | null> {
  const body: unknown = await request.json().catch(() => null);
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

export function shopRoutes(escrow: Escrow, fulfilments: Fulfilments, adminToken: string) {
  const orderJson = async (order: OrderRecord) => ({
    outTradeNo: order.outTradeNo,
    status: order.phase,
    tradeStatus: order.tradeStatus,
    refundStatus: order.refundStatus,
    fulfilled: await fulfilments.count(order.outTradeNo),
  });

  // #region create-payment
  async function createOrder(request: Request): Promise<Response> {
    // The buyer picks a product and a quantity; what it costs is the shop's to say.
    const order = readOrderRequest(await request.json().catch(() => null));
    if ('error' in order) return json({ error: { code: 'INVALID_ORDER', message: order.error } }, 400);
    const outTradeNo = crypto.randomUUID().replaceAll('-', ''); // your order number: unique, at most 64 bytes
    try {
      const payment = await escrow.createPayment({
        outTradeNo,
        subject: order.product.subject,
        price: order.product.price,
        quantity: order.quantity,
        logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'BUYER_PAY' }],
      });
      // payment.url is the signed GET URL of the cashier; payment.page() is an auto-submitting form.
      return json({ outTradeNo, payUrl: payment.url }, 201);
    } catch (error) {
      return failure(error);
    }
  }
  // #endregion create-payment

  async function readOrder(outTradeNo: string): Promise<Response> {
    const order = await escrow.getOrder(outTradeNo);
    if (!order) return json({ error: { code: 'ORDER_NOT_FOUND', message: 'No such order.' } }, 404);
    return json(await orderJson(order));
  }

  // #region ship
  async function shipOrder(outTradeNo: string, request: Request): Promise<Response> {
    // Shipping starts the buyer's confirmation clock at Alipay: only the shop's admin may do it.
    if (!isAdmin(request.headers.get('authorization'), adminToken)) {
      const message = 'Shipping is for the shop admin: send Authorization: Bearer <SHOP_ADMIN_TOKEN>.';
      return Response.json(
        { error: { code: 'ADMIN_ONLY', message } },
        { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
      );
    }
    const input = await readObject(request);
    if (typeof input?.logisticsName !== 'string' || typeof input.invoiceNo !== 'string') {
      return json(
        { error: { code: 'INVALID_SHIPMENT', message: 'Send {"logisticsName": string, "invoiceNo": string}.' } },
        400,
      );
    }
    try {
      // send_goods_confirm_by_platform: the trade moves to WAIT_BUYER_CONFIRM_GOODS.
      const order = await escrow.sendGoods(outTradeNo, {
        logisticsName: input.logisticsName,
        invoiceNo: input.invoiceNo,
        transportType: 'EXPRESS',
      });
      return json(await orderJson(order));
    } catch (error) {
      return failure(error);
    }
  }
  // #endregion ship

  // POST /orders · GET /orders/:outTradeNo · POST /orders/:outTradeNo/ship
  return (request: Request): Promise<Response> | Response => {
    const { pathname } = new URL(request.url);
    if (pathname === '/orders' && request.method === 'POST') return createOrder(request);
    const [, id, ship] = /^\/orders\/([^/]+)(\/ship)?$/.exec(pathname) ?? [];
    if (id !== undefined && ship === undefined && request.method === 'GET') return readOrder(decodeURIComponent(id));
    if (id !== undefined && ship !== undefined && request.method === 'POST')
      return shipOrder(decodeURIComponent(id), request);
    return json({ error: { code: 'NOT_FOUND', message: `No route for ${request.method} ${pathname}.` } }, 404);
  };
}
