/** The JSON order API of DESIGN.md "Demo shop HTTP surface": create, read, ship. */
import { Hono } from 'hono';
import { orderJson } from '../order-json.js';
import { errorJson, errorStatus } from './errors.js';
import { placeOrder, readOrderInput } from './orders.js';

async function readJson(c) {
  try {
    return await c.req.json();
  } catch {
    return Symbol.for('invalid');
  }
}

const invalidJson = { error: { code: 'INVALID_JSON', message: 'The body is not JSON. Send Content-Type: application/json and a JSON object.' } };
const notFound = (id) => ({ error: { code: 'ORDER_NOT_FOUND', message: `No order ${id} in this shop. Create one with POST /api/orders.` } });

export function apiRoutes({ escrow, shopDb, currentUser }) {
  const api = new Hono();

  api.post('/orders', async (c) => {
    const body = await readJson(c);
    if (typeof body === 'symbol') return c.json(invalidJson, 400);
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
    if (typeof body === 'symbol' || body === null || typeof body !== 'object') return c.json(invalidJson, 400);
    if (!(await escrow.getOrder(id))) return c.json(notFound(id), 404);
    const { logisticsName, invoiceNo, transportType } = body;
    try {
      const order = await escrow.sendGoods(id, {
        logisticsName,
        transportType,
        ...(invoiceNo === undefined || invoiceNo === null || invoiceNo === '' ? {} : { invoiceNo }),
      });
      return c.json(await orderJson(escrow, shopDb, order));
    } catch (e) {
      return c.json(errorJson(e), errorStatus(e));
    }
  });

  return api;
}
