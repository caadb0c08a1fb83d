/** The buyer's pages: sign in (a name in a cookie), products, checkout, pay, my orders, one order. */
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { LOGISTICS_CHOICES, logisticsById, productById, PRODUCTS } from '../catalog.js';
import type { ShopContext, ShopEnv } from '../hono-env.js';
import { CSRF_TOKEN } from '../security/csrf.js';
import { NONCE } from '../security/security-headers.js';
import type { RouteDeps } from '../shop-deps.js';
import { checkoutBody, loginBody, myOrdersBody, orderBody, productsBody, type OrderRow } from '../views/buyer.js';
import { errorBody, type BackLink } from '../views/layout.js';
import { errorStatus, errorText } from './errors.js';
import { escrowOrderOf, placeOrder, type OrderInput } from './orders.js';

export const USER_COOKIE = 'shop_user';

/** Only local paths: an open redirect would let a link send the buyer anywhere. */
export const safeNext = (next: unknown): string =>
  typeof next === 'string' && /^\/(?!\/)[\w\-/.?=&%]*$/.test(next) ? next : '/';

export function pageRoutes({ escrow, shopDb, currentUser, render, sandboxUrl, buyerLogin }: RouteDeps): Hono<ShopEnv> {
  const app = new Hono<ShopEnv>();
  const page = render;
  const fail = (c: ShopContext, title: string, message: string, status: ContentfulStatusCode, back: BackLink) =>
    page(c, title, errorBody(title, message, back), status);

  app.get('/', (c) => page(c, '商品', productsBody(PRODUCTS, currentUser(c))));

  app.get('/login', (c) => page(c, '登录', loginBody(safeNext(c.req.query('next')), c.get(CSRF_TOKEN))));
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const name = typeof form.name === 'string' ? form.name.trim().slice(0, 32) : '';
    if (name === '') return fail(c, '登录', '请输入一个名字。', 400, { href: '/login', label: '返回登录' });
    setCookie(c, USER_COOKIE, encodeURIComponent(name), { path: '/', httpOnly: true, sameSite: 'Lax' });
    return c.redirect(safeNext(form.next), 303);
  });
  app.post('/logout', (c) => {
    deleteCookie(c, USER_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  app.get('/checkout/:product', (c) => {
    if (!currentUser(c)) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    const product = productById(c.req.param('product'));
    if (!product) return fail(c, '没有这件商品', '商品不存在或已下架。', 404, { href: '/', label: '返回商品列表' });
    return page(c, '确认订单', checkoutBody(product, c.get(CSRF_TOKEN)));
  });

  app.post('/orders', async (c) => {
    const user = currentUser(c);
    if (!user) return c.redirect('/login', 303);
    const form = await c.req.parseBody();
    const product = productById(String(form.product ?? ''));
    const choice = logisticsById(String(form.logistics ?? '')) ?? LOGISTICS_CHOICES[0];
    const quantity = /^\d{1,4}$/.test(String(form.quantity ?? '')) ? Number(form.quantity) : NaN;
    if (!product) return fail(c, '下单失败', '商品不存在。', 400, { href: '/', label: '返回商品列表' });
    if (!(quantity >= 1))
      return fail(c, '下单失败', '数量必须是正整数。', 400, { href: `/checkout/${product.id}`, label: '返回修改' });
    try {
      const input: OrderInput = { subject: product.name, price: product.price, quantity, logistics: [choice.option] };
      const { shop } = await placeOrder(escrow, shopDb, input, user);
      return c.redirect(`/orders/${encodeURIComponent(shop.outTradeNo)}/pay`, 303);
    } catch (e) {
      return fail(c, '下单失败', errorText(e), errorStatus(e), { href: `/checkout/${product.id}`, label: '返回修改' });
    }
  });

  // The auto-submitting form to the gateway (the sandbox's cashier). Safe to reload: same order, same request.
  app.get('/orders/:id/pay', async (c) => {
    const shop = shopDb.getOrder(c.req.param('id'));
    const order = shop && (await escrow.getOrder(shop.outTradeNo));
    if (!shop || !order) return fail(c, '没有这个订单', '订单不存在。', 404, { href: '/orders', label: '我的订单' });
    if (order.phase !== 'created' && order.phase !== 'awaiting_payment')
      return c.redirect(`/orders/${encodeURIComponent(shop.outTradeNo)}`, 303);
    try {
      const request = await escrow.createPayment(escrowOrderOf(shop));
      return c.html(
        request.page({ title: '正在前往支付宝收银台…', submitLabel: '前往支付宝付款', nonce: c.get(NONCE) }),
      );
    } catch (e) {
      return fail(c, '无法付款', errorText(e), errorStatus(e), {
        href: `/orders/${encodeURIComponent(shop.outTradeNo)}`,
        label: '查看订单',
      });
    }
  });

  app.get('/orders', async (c) => {
    const user = currentUser(c);
    if (!user) return c.redirect('/login?next=/orders', 303);
    const rows: OrderRow[] = [];
    for (const shop of shopDb.ordersOf(user)) {
      const order = await escrow.getOrder(shop.outTradeNo);
      if (order) rows.push({ shop, order });
    }
    return page(c, '我的订单', myOrdersBody(rows));
  });

  app.get('/orders/:id', async (c) => {
    const shop = shopDb.getOrder(c.req.param('id'));
    const order = shop && (await escrow.getOrder(shop.outTradeNo));
    if (!shop || !order) return fail(c, '没有这个订单', '订单不存在。', 404, { href: '/orders', label: '我的订单' });
    const returned = c.req.query('returned');
    return page(
      c,
      `订单 ${order.outTradeNo}`,
      orderBody({ shop, order, returned: returned ?? null, sandboxUrl, buyerLogin, nonce: c.get(NONCE) }),
    );
  });

  return app;
}
