// A Koa app over node:http using the installed @alipay-escrow/koa.
import { createServer } from 'node:http';
import Koa from 'koa';
import { alipayEscrow } from '@alipay-escrow/koa';
import { payOnce, shopEscrow } from './shared.mjs';

const escrow = shopEscrow();
const app = new Koa();
app.use(alipayEscrow(escrow));
const server = createServer(app.callback()).listen(0, '127.0.0.1', async () => {
  try {
    await payOnce(escrow, `http://127.0.0.1:${server.address().port}/alipay/notify`);
  } finally {
    server.close();
    server.closeAllConnections();
  }
});
