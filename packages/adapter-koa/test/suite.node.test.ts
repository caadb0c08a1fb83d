// The adapter behaviour suite on Node over a real http server: the middleware alone, behind
// koa-bodyparser and behind @koa/bodyparser (they parse standard form bodies and keep
// ctx.request.rawBody; Alipay's malformed Content-Type they leave alone), and on @koa/router routes.
import bodyParser from '@koa/bodyparser';
import Router from '@koa/router';
import Koa from 'koa';
import koaBodyParser from 'koa-bodyparser';
import { alipayEscrow, notifyHandler, returnHandler } from '@alipay-escrow/koa';
import { createSuiteEscrow, runAdapterSuite, type StartHarness } from '../../../tests/adapter-suite/index.js';
import { listen } from './listen.js';

function harness(
  build: (app: Koa, escrow: ReturnType<typeof createSuiteEscrow>) => void,
  paths = { notifyPath: '/alipay/notify', returnPath: '/alipay/return' },
): StartHarness {
  return async ({ charset }) => {
    const suite = createSuiteEscrow({ charset });
    const app = new Koa();
    app.silent = true;
    build(app, suite);
    const server = await listen(app);
    return { ...server, ...paths, escrow: suite.escrow, keys: suite.keys, charset };
  };
}

runAdapterSuite(
  'koa, alipayEscrow(escrow) alone',
  harness((app, { escrow }) => app.use(alipayEscrow(escrow))),
);

runAdapterSuite(
  'koa, koa-bodyparser mounted first',
  harness((app, { escrow }) => {
    app.use(koaBodyParser());
    app.use(alipayEscrow(escrow));
  }),
);

runAdapterSuite(
  'koa, @koa/bodyparser mounted first',
  harness((app, { escrow }) => {
    app.use(bodyParser());
    app.use(alipayEscrow(escrow));
  }),
);

runAdapterSuite(
  'koa, notifyHandler/returnHandler(options) on @koa/router routes',
  harness(
    (app, { options }) => {
      const router = new Router();
      router.all('/pay/notify', notifyHandler(options));
      router.all('/pay/return', returnHandler(options));
      app.use(router.routes());
    },
    { notifyPath: '/pay/notify', returnPath: '/pay/return' },
  ),
);
