// The shop with Hono on Cloudflare Workers, orders in D1: the adapter's notify and return handlers
// next to the shop's own routes.
import {
  AlipayEscrowError,
  createEscrow,
  createSqlStore,
  d1Database,
  type Escrow,
  type OrderRecord,
} from '@alipay-escrow/core';
import { notifyHandler, returnHandler, type HonoHandlerOptions } from '@alipay-escrow/hono';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { adminToken, isAdmin } from './admin.js';
import { merchantFromEnv, type Env } from './env.js';
import { d1Fulfilments, type Fulfilments } from './fulfilments.js';
import { readOrderRequest } from './products.js';

type AppEnv = { Bindings: Env; Variables: { escrow: Escrow; fulfilments: Fulfilments } };

/** An escrow error becomes `{"error": {code, message}}` with its status; anything else is a bug (500). */
function failure(c: Context, error: unknown) {
  if (!(error instanceof AlipayEscrowError)) throw error;
  return c.json({ error: { code: error.code, message: error.message } }, error.status as ContentfulStatusCode);
}

// #region escrow
// Bindings and secrets arrive with each request's env (c.env), so the Escrow is built from the
// first one and kept for the isolate (Workers hands every request of an isolate the same env).
const escrows = new WeakMap<Env, Escrow>();
function escrowFor(env: Env): Escrow {
  let escrow = escrows.get(env);
  if (escrow === undefined) {
    escrow = createEscrow({
      merchant: merchantFromEnv(env),
      // The tables come from `wrangler d1 migrations apply` (migrations/), not from store.migrate().
      store: createSqlStore(d1Database(env.DB)),
      hooks: {
        // Runs once the payment is confirmed (WAIT_SELLER_SEND_GOODS), with a key that stays the same
        // if the call has to be repeated; a throw makes Alipay's next notification retry it.
        onPaid: d1Fulfilments(env.DB).onPaid,
        // The scheduled sweep's report of an order stuck past its limit (once per order and state).
        onStuck: (report) => console.warn(report.detail),
      },
    });
    escrows.set(env, escrow);
  }
  return escrow;
}

const app = new Hono<AppEnv>();
app.use(async (c, next) => {
  c.set('escrow', escrowFor(c.env));
  c.set('fulfilments', d1Fulfilments(c.env.DB));
  await next();
});
// #endregion escrow

const orderJson = async (c: Context<AppEnv>, order: OrderRecord) => ({
  outTradeNo: order.outTradeNo,
  status: order.phase,
  tradeStatus: order.tradeStatus,
  refundStatus: order.refundStatus,
  fulfilled: await c.var.fulfilments.count(order.outTradeNo),
});

// #region create-payment
app.post('/orders', async (c) => {
  // The buyer picks a product and a quantity; what it costs is the shop's to say.
  const order = readOrderRequest(await c.req.json<unknown>().catch(() => null));
  if ('error' in order) return c.json({ error: { code: 'INVALID_ORDER', message: order.error } }, 400);
  const outTradeNo = crypto.randomUUID().replaceAll('-', ''); // your order number: unique, at most 64 bytes
  try {
    const payment = await c.var.escrow.createPayment({
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
// The client's address, for the log and the IP allow-list: Cloudflare's edge writes it into
// CF-Connecting-IP and attaches request.cf. A request without request.cf did not come through
// Cloudflare, and its CF-Connecting-IP is whatever the client wrote, so its address is unknown.
const address: HonoHandlerOptions<AppEnv> = {
  remoteAddress: (c) => (c.req.raw.cf ? c.req.header('cf-connecting-ip') : undefined),
};
// The handlers read the raw body themselves: keep body-parsing middleware away from this route.
app.post('/alipay/notify', (c, next) => notifyHandler(c.var.escrow, address)(c, next));
// #endregion notify

// #region return
app.get('/alipay/return', (c, next) => returnHandler(c.var.escrow, address)(c, next));
// #endregion return

app.get('/orders/:outTradeNo', async (c) => {
  const order = await c.var.escrow.getOrder(c.req.param('outTradeNo'));
  if (!order) return c.json({ error: { code: 'ORDER_NOT_FOUND', message: 'No such order.' } }, 404);
  return c.json(await orderJson(c, order));
});

// #region ship
app.post('/orders/:outTradeNo/ship', async (c) => {
  // Shipping starts the buyer's confirmation clock at Alipay: only the shop's admin may do it.
  const token = adminToken(c.env);
  if (token === null) {
    return c.json(
      {
        error: {
          code: 'ADMIN_TOKEN_UNSET',
          message:
            'Shipping is closed until SHOP_ADMIN_TOKEN (32+ characters) is set: npx wrangler secret put SHOP_ADMIN_TOKEN.',
        },
      },
      503,
    );
  }
  if (!isAdmin(c.req.header('authorization'), token)) {
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
    const order = await c.var.escrow.sendGoods(c.req.param('outTradeNo'), {
      logisticsName: input.logisticsName,
      invoiceNo: input.invoiceNo,
      transportType: 'EXPRESS',
    });
    return c.json(await orderJson(c, order));
  } catch (error) {
    return failure(c, error);
  }
});
// #endregion ship

// #region scheduled
export default {
  fetch: app.fetch,
  // The Cron Trigger of wrangler.jsonc: orders stuck past their limits are reconciled with the
  // gateway, or reported to onStuck. A sweep that cannot run rejects: the invocation shows as failed.
  scheduled: async (_controller, env) => {
    await escrowFor(env).sweep();
  },
} satisfies ExportedHandler<Env>;
// #endregion scheduled
