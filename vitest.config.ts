import { defineConfig } from 'vitest/config';

// Node projects. The workerd run has its own config (packages/core/vitest.workerd.config.ts)
// and Deno runs `deno test` (see the root package.json).
export default defineConfig({
  test: {
    projects: [
      'packages/core/vitest.config.ts',
      'packages/cli/vitest.config.ts',
      'packages/sandbox/vitest.config.ts',
      'packages/adapter-workers/vitest.config.ts',
      'packages/adapter-hono/vitest.config.ts',
      'packages/adapter-koa/vitest.config.ts',
      'packages/console/vitest.config.ts',
      'tests/pack/vitest.config.ts',
      'examples/guides/vitest.config.ts',
      'tests/docs/vitest.config.ts',
      'tests/recipes-from-pages/vitest.config.ts',
      'tests/attacks/vitest.config.ts',
      'packages/create-alipay-escrow/vitest.config.ts',
      'tests/fresh-clone/vitest.config.ts',
      'tests/soak/vitest.config.ts',
    ],
  },
});
