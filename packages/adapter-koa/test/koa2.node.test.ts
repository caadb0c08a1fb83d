// The same behaviour suite on Koa 2 (the peer range is ">=2.13 <4"): `koa2` is an npm alias of
// koa@2.16 in the root devDependencies, so both majors are proven in every run. Koa 2's own
// koa-bodyparser behaviour differs (it leaves Alipay's malformed Content-Type alone), so the
// parser-first cases run here too.
import koaBodyParser from 'koa-bodyparser';
import { alipayEscrow } from '@alipay-escrow/koa';
// @ts-expect-error koa2 is an alias of koa@2 without types of its own; the app is typed as Koa below.
import Koa2 from 'koa2';
import type Koa from 'koa';
import { createSuiteEscrow, runAdapterSuite, type StartHarness } from '../../../tests/adapter-suite/index.js';
import { listen } from './listen.js';
import { expect, it } from 'vitest';

const KoaV2 = Koa2 as unknown as typeof Koa;

function harness(build: (app: Koa, escrow: ReturnType<typeof createSuiteEscrow>) => void): StartHarness {
  return async ({ charset }) => {
    const suite = createSuiteEscrow({ charset });
    const app = new KoaV2();
    app.silent = true;
    build(app, suite);
    const server = await listen(app);
    return {
      ...server,
      notifyPath: '/alipay/notify',
      returnPath: '/alipay/return',
      escrow: suite.escrow,
      keys: suite.keys,
      charset,
    };
  };
}

it('runs on Koa 2', async () => {
  const { createRequire } = await import('node:module');
  const version = createRequire(import.meta.url)('koa2/package.json').version as string;
  expect(version.startsWith('2.')).toBe(true);
});

runAdapterSuite(
  'koa 2, alipayEscrow(escrow) alone',
  harness((app, { escrow }) => app.use(alipayEscrow(escrow))),
);

runAdapterSuite(
  'koa 2, koa-bodyparser mounted first',
  harness((app, { escrow }) => {
    app.use(koaBodyParser());
    app.use(alipayEscrow(escrow));
  }),
);
