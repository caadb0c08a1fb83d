// A Hono app on @hono/node-server using the installed @alipay-escrow/hono.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { alipayEscrow } from '@alipay-escrow/hono';
import { payOnce, shopEscrow } from './shared.mjs';

const escrow = shopEscrow();
const app = new Hono().route('/', alipayEscrow(escrow));
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, async (info) => {
  try {
    await payOnce(escrow, `http://127.0.0.1:${info.port}/alipay/notify`);
  } finally {
    server.close();
    server.closeAllConnections();
  }
});
