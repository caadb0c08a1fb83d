/** The JSON order API (the HTTP surface in examples/shop/README.md): create, read, ship. */
import type { SendGoodsOrderInput } from '@alipay-escrow/core/escrow-app';
import { Hono } from 'hono';
import type { ShopContext, ShopEnv } from '../hono-env.js';
import { orderJson } from '../order-json.js';
import type { RouteDeps } from '../shop-deps.js';
import { errorJson, errorStatus } from './errors.js';
import { placeOrder, readOrderInput } from './orders.js';

const INVALID = Symbol('invalid JSON');

async function readJson(c: ShopContext): Promise<unknown> {
  try {
    return await c.req.json<unknown>();
  } catch {
    return INVALID;
  }
}

const invalidJson = {
  error: {
    code: 'INVALID_JSON',
    message: 'The body is not JSON. Send Content-Type: application/json and a JSON object.',
  },
};
const notFound = (id: string) => ({
  error: { code: 'ORDER_NOT_FOUND', message: `No order ${id} in this shop. Create one with POST /api/orders.` },
});

export function apiRoutes({ escrow, shopDb, currentUser }: RouteDeps): Hono<ShopEnv> {
  const api = new Hono<ShopEnv>();

  api.post('/orders', async (c) => {
    const body = await readJson(c);
    if (body === INVALID) return c.json(invalidJson, 400);
    try {
      const { shop, request } = await placeOrder(escrow, shopDb, readOrderInput(body), currentUser(c));
      return c.json({ outTradeNo: shop.outTradeNo, payUrl: request.url }, 201);
    } catch (e) {
      return c.json(errorJson(e), errorStatus(e) === 500 ? 500 : 400);
    }
  });

  api.get('/orders/:outTradeNo', async (c) => {
    const id = c.req.param('outTradeNo');
    const order = await escrow.getOrder(id);
    if (!order) return c.json(notFound(id), 404);
    return c.json(await orderJson(escrow, shopDb, order));
  });

  api.post('/orders/:outTradeNo/ship', async (c) => {
    const id = c.req.param('outTradeNo');
    const body = await readJson(c);
    if (body === INVALID || body === null || typeof body !== 'object') return c.json(invalidJson, 400);
    if (!(await escrow.getOrder(id))) return c.json(notFound(id), 404);
    const { logisticsName, invoiceNo, transportType } = body as Record<string, unknown>;
    // Passed on as sent: sendGoods checks each field (ILLEGAL_ARGUMENT, TRANSPORT_TYPE_MISSING…), and its error is the answer.
    const input = {
      logisticsName,
      transportType,
      ...(invoiceNo === undefined || invoiceNo === null || invoiceNo === '' ? {} : { invoiceNo }),
    } as SendGoodsOrderInput;
    try {
      const order = await escrow.sendGoods(id, input);
      return c.json(await orderJson(escrow, shopDb, order));
    } catch (e) {
      return c.json(errorJson(e), errorStatus(e));
    }
  });

  return api;
}
