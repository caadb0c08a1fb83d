/** The shop's Hono app: the escrow adapter first (it reads raw bytes), then the API and the pages. */
import { getConnInfo } from '@hono/node-server/conninfo';
import { alipayEscrow } from '@alipay-escrow/hono';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { apiRoutes } from './routes/api.js';
import { pageRoutes, USER_COOKIE } from './routes/pages.js';
import { sellerRoutes } from './routes/seller.js';

function currentUser(c) {
  const value = getCookie(c, USER_COOKIE);
  if (!value) return null;
  try {
    return decodeURIComponent(value) || null;
  } catch {
    return null;
  }
}

/**
 * @param {{ escrow: import('@alipay-escrow/core').Escrow, shopDb: ReturnType<typeof import('./shop-db.js').shopTables>,
 *   sandboxUrl: string, buyerLogin: string }} deps
 */
export function createShopApp(deps) {
  const ctx = { ...deps, currentUser };
  const app = new Hono();
  app.route('/alipay', alipayEscrow(deps.escrow, { notifyPath: '/notify', returnPath: '/return', remoteAddress: (c) => getConnInfo(c).remote.address }));
  app.route('/api', apiRoutes(ctx));
  app.route('/', sellerRoutes(ctx));
  app.route('/', pageRoutes(ctx));
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: { code: 'NOT_FOUND', message: `No route ${c.req.method} ${c.req.path}.` } }, 404) : c.text('404 页面不存在', 404)));
  app.onError((e, c) => {
    console.error('[shop] unexpected error:', e);
    return c.req.path.startsWith('/api/') ? c.json({ error: { code: 'INTERNAL_ERROR', message: 'The shop failed; see its console.' } }, 500) : c.text('500 商店出错了，请看控制台。', 500);
  });
  return app;
}
