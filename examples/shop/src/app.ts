/**
 * The shop's Hono app: security headers on everything; the escrow adapter (it reads raw bytes, and
 * Alipay's server calls it, so no browser checks); the JSON API behind its same-origin and
 * content-type checks; the pages behind CSRF tokens, the seller and admin pages behind the demo's
 * admin login (see security/).
 */
import { alipayEscrow } from '@alipay-escrow/hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { ShopContext, ShopEnv } from './hono-env.js';
import { adminLoginRoutes } from './routes/admin-login.js';
import { apiRoutes } from './routes/api.js';
import { faviconRoutes } from './routes/favicon.js';
import { pageRoutes, USER_COOKIE } from './routes/pages.js';
import { sellerRoutes } from './routes/seller.js';
import { adminSessions } from './security/admin-auth.js';
import { CSRF_TOKEN, csrfTokens } from './security/csrf.js';
import { adminRequired, formGuard, jsonApiGuard } from './security/guards.js';
import { NONCE, securityHeaders } from './security/security-headers.js';
import type { Render, RouteDeps, ShopDeps } from './shop-deps.js';
import { errorBody, layout } from './views/layout.js';

function currentUser(c: ShopContext): string | null {
  const value = getCookie(c, USER_COOKIE);
  if (!value) return null;
  try {
    return decodeURIComponent(value) || null;
  } catch {
    return null;
  }
}

/** The whole shop as one fetch handler; shop.ts serves it and starts what it depends on. */
export function createShopApp(deps: ShopDeps): Hono<ShopEnv> {
  const admin = adminSessions({ password: deps.adminPassword });
  const csrf = csrfTokens();
  const render: Render = (c, title, body, status = 200) =>
    c.html(
      layout({
        title,
        user: currentUser(c),
        admin: admin.isAdmin(c),
        body,
        nonce: c.get(NONCE),
        csrf: c.get(CSRF_TOKEN),
      }),
      status,
    );
  const refuse = (c: ShopContext, message: string) =>
    render(c, '请求被拒绝', errorBody('请求被拒绝', message, { href: '/', label: '返回首页' }), 403);
  const unauthorized = (c: ShopContext) =>
    render(
      c,
      '需要卖家登录',
      errorBody('需要卖家登录', '这个操作需要卖家登录。', { href: '/admin/login', label: '卖家登录' }),
      401,
    );
  const ctx: RouteDeps = { ...deps, currentUser, render, admin, csrf };

  const app = new Hono<ShopEnv>();
  app.use('*', securityHeaders({ gatewayOrigin: new URL(deps.sandboxUrl).origin }));
  app.route('/', alipayEscrow<ShopEnv>(deps.escrow, { remoteAddress: (c) => getConnInfo(c).remote.address }));
  app.route('/', faviconRoutes());
  app.use('/api/*', jsonApiGuard());
  app.route('/api', apiRoutes(ctx));
  app.use('*', csrf.session);
  app.use('*', formGuard(csrf, refuse));
  app.route('/', adminLoginRoutes(ctx));
  for (const path of ['/seller', '/seller/*', '/admin/log', '/admin/log/*'])
    app.use(path, adminRequired(admin, unauthorized));
  app.route('/', sellerRoutes(ctx));
  app.route('/', pageRoutes(ctx));
  // Pages that do not exist and failures get the shop's layout; the API answers JSON.
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'NOT_FOUND', message: `No route ${c.req.method} ${c.req.path}.` } }, 404)
      : render(
          c,
          '页面不存在',
          errorBody('页面不存在', `没有 ${c.req.path} 这个页面。`, { href: '/', label: '返回首页' }),
          404,
        ),
  );
  app.onError((e, c) => {
    console.error('[shop] unexpected error:', e);
    return c.req.path.startsWith('/api/')
      ? c.json({ error: { code: 'INTERNAL_ERROR', message: 'The shop failed; see its console.' } }, 500)
      : render(
          c,
          '商店出错了',
          errorBody('商店出错了', '处理这个请求时出错了，详情在启动演示的终端里。', { href: '/', label: '返回首页' }),
          500,
        );
  });
  return app;
}
