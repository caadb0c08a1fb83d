// The console in a Hono app (Node, Workers, Deno, Bun), next to the notify and return routes.
import type { Escrow } from '@alipay-escrow/core';
import { createConsole } from '@alipay-escrow/console';
import { alipayEscrow } from '@alipay-escrow/hono';
import { Hono } from 'hono';
import { basicOperators, BASIC_CHALLENGE } from './authorize.js';

// #region hono
export function honoApp(escrow: Escrow, settings: { secret: string; passwords: Record<string, string> }): Hono {
  const console = createConsole({
    escrow,
    basePath: '/admin/alipay',
    secret: settings.secret, // 32+ bytes, from the environment
    authorize: basicOperators(settings.passwords),
    challenge: BASIC_CHALLENGE,
  });
  const app = new Hono();
  app.route('/', alipayEscrow(escrow)); // POST /alipay/notify, GET /alipay/return
  app.all('/admin/alipay', (c) => console(c.req.raw));
  app.all('/admin/alipay/*', (c) => console(c.req.raw));
  return app;
}
// #endregion hono
