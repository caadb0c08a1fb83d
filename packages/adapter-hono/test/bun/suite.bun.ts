// The adapter behaviour suite on Bun, over a real Bun.serve server on 127.0.0.1 (a free port), once
// per way of mounting the handlers. Bun-only: scripts/test-bun.mjs runs it with `bun test`; the
// Node project (vitest.config.ts) does not pick it up (not a *.test.ts file).
import { Hono } from 'hono';
import { alipayEscrow, notifyHandler, returnHandler } from '@alipay-escrow/hono';
import { createSuiteEscrow, runAdapterSuite } from '../../../../tests/adapter-suite/index.js';

/** The slice of Bun.serve the suite uses, declared here: the package is type-checked with Node types. */
interface BunServer {
  readonly port: number;
  stop(closeActiveConnections?: boolean): Promise<void>;
}
interface BunGlobal {
  serve(options: {
    fetch: (request: Request) => Response | Promise<Response>;
    hostname: string;
    port: number;
  }): BunServer;
}

function listen(app: Hono): { baseUrl: string; stop(): Promise<void> } {
  const bun = (globalThis as { Bun?: BunGlobal }).Bun;
  if (bun === undefined) throw new Error('suite.bun.ts runs only under `bun test` (see scripts/test-bun.mjs).');
  const server = bun.serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  return { baseUrl: `http://127.0.0.1:${server.port}`, stop: () => server.stop(true) };
}

runAdapterSuite('hono on Bun.serve, alipayEscrow(escrow) at the root', async ({ charset }) => {
  const { escrow, keys } = createSuiteEscrow({ charset });
  const server = listen(new Hono().route('/', alipayEscrow(escrow)));
  return { ...server, notifyPath: '/alipay/notify', returnPath: '/alipay/return', escrow, keys, charset };
});

runAdapterSuite('hono on Bun.serve, alipayEscrow(options) with its own paths under /shop', async ({ charset }) => {
  const { escrow, options, keys } = createSuiteEscrow({ charset });
  const server = listen(
    new Hono().route('/shop', alipayEscrow(options, { notifyPath: '/pay/notify', returnPath: '/pay/done' })),
  );
  return { ...server, notifyPath: '/shop/pay/notify', returnPath: '/shop/pay/done', escrow, keys, charset };
});

runAdapterSuite('hono on Bun.serve, notifyHandler/returnHandler on the app’s own routes', async ({ charset }) => {
  const { escrow, keys } = createSuiteEscrow({ charset });
  const app = new Hono();
  app.all('/api/alipay-notify', notifyHandler(escrow));
  app.all('/api/alipay-return', returnHandler(escrow));
  const server = listen(app);
  return { ...server, notifyPath: '/api/alipay-notify', returnPath: '/api/alipay-return', escrow, keys, charset };
});
