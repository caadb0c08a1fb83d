import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Inside workerd, with the example's wrangler config (compatibility date, no flags, the D1
// binding DB, a LOCAL D1 database): the adapter behaviour suite against a worker built with
// alipayEscrow (test/workerd/suite-worker.ts, reached through `exports.default.fetch`), plus the
// adapter's own tests. The package's migrations/ are applied to the local D1 before the tests,
// so the shipped migration is what the store runs on. Root: `npx vitest run -c
// packages/adapter-workers/vitest.workerd.config.ts`. The pool turns nodejs_compat on regardless,
// so test/dry-run.node.test.ts is what proves the bundle needs no node: module.
const packageDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: packageDir,
  plugins: [
    cloudflareTest(async () => ({
      main: './test/workerd/suite-worker.ts',
      wrangler: { configPath: './examples/wrangler.jsonc' },
      miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations(`${packageDir}migrations`) } },
    })),
  ],
  test: {
    name: 'workers:workerd',
    include: ['test/workerd/*.test.ts'],
    // The suite streams a body over the limit through `exports.default.fetch`; the Worker answers
    // 413 and cancels the body, as it must. workerd's pump of that JS stream (on the test's, the
    // client's, side) then rejects "Network connection lost." with nobody to catch it. The
    // response was already asserted; on a real network the client just sees its upload cut. Only
    // that one rejection is ignored.
    // (A root-level option: keep it when this file becomes a project of another config.)
    onUnhandledError: (error) =>
      !(error.type === 'Unhandled Rejection' && error.message === 'Network connection lost.'),
  },
});
