/** The seller/admin sign-in of the demo: GET/POST /admin/login, POST /admin/logout. */
import { Hono } from 'hono';
import type { ShopEnv } from '../hono-env.js';
import { CSRF_TOKEN } from '../security/csrf.js';
import type { RouteDeps } from '../shop-deps.js';
import { adminLoginBody } from '../views/admin-login.js';
import { safeNext } from './pages.js';

export function adminLoginRoutes({ admin, csrf, render }: RouteDeps): Hono<ShopEnv> {
  const app = new Hono<ShopEnv>();

  app.get('/admin/login', (c) => {
    const next = safeNext(c.req.query('next') ?? '/seller');
    if (admin.isAdmin(c)) return c.redirect(next, 303);
    return render(c, '卖家登录', adminLoginBody({ next, csrf: c.get(CSRF_TOKEN), error: null }));
  });

  app.post('/admin/login', async (c) => {
    const form = await c.req.parseBody();
    const next = safeNext(form.next ?? '/seller');
    if (!admin.checkPassword(form.password)) {
      console.warn('[shop] admin sign-in refused: wrong password');
      return render(
        c,
        '卖家登录',
        adminLoginBody({ next, csrf: c.get(CSRF_TOKEN), error: '密码不对。请用启动演示时终端里打印的密码。' }),
        401,
      );
    }
    csrf.issue(c, { rotate: true }); // a new browser session at sign-in: a session id set before it is worth nothing after
    admin.start(c);
    return c.redirect(next, 303);
  });

  app.post('/admin/logout', (c) => {
    admin.end(c);
    return c.redirect('/', 303);
  });

  return app;
}
