// The adapter behaviour suite on Node, over a real HTTP server (@hono/node-server on 127.0.0.1),
// once per way of mounting the handlers.
import { Hono } from 'hono';
import { alipayEscrow, notifyHandler, returnHandler } from '@alipay-escrow/hono';
import { createSuiteEscrow, runAdapterSuite } from '../../../tests/adapter-suite/index.js';
import { listen } from './listen.js';

runAdapterSuite('hono on node, alipayEscrow(escrow) at the root', async ({ charset }) => {
  const { escrow, keys } = createSuiteEscrow({ charset });
  const server = await listen(new Hono().route('/', alipayEscrow(escrow)));
  return { ...server, notifyPath: '/alipay/notify', returnPath: '/alipay/return', escrow, keys, charset };
});

runAdapterSuite('hono on node, alipayEscrow(options) with its own paths under /shop', async ({ charset }) => {
  const { escrow, options, keys } = createSuiteEscrow({ charset });
  const server = await listen(
    new Hono().route('/shop', alipayEscrow(options, { notifyPath: '/pay/notify', returnPath: '/pay/done' })),
  );
  return { ...server, notifyPath: '/shop/pay/notify', returnPath: '/shop/pay/done', escrow, keys, charset };
});

runAdapterSuite('hono on node, notifyHandler/returnHandler on the app’s own routes', async ({ charset }) => {
  const { escrow, keys } = createSuiteEscrow({ charset });
  const app = new Hono();
  app.all('/api/alipay-notify', notifyHandler(escrow));
  app.all('/api/alipay-return', returnHandler(escrow));
  const server = await listen(app);
  return { ...server, notifyPath: '/api/alipay-notify', returnPath: '/api/alipay-return', escrow, keys, charset };
});
