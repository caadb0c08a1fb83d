import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// The adapter behaviour suite inside workerd: the Hono app runs in the Workers runtime and the
// suite calls its `fetch` in-process. No compatibility flags: neither the adapter nor core may
// need nodejs_compat (the pool turns it on anyway, so this cannot prove it; core's
// no-node-imports test and the adapter's import-free source do). Root: `npm run test:workerd`
// (or `npx vitest run -c packages/adapter-hono/vitest.workerd.config.ts`).
const packageDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: packageDir,
  plugins: [cloudflareTest({ miniflare: { compatibilityDate: '2025-09-01', compatibilityFlags: [] } })],
  test: {
    name: 'hono:workerd',
    include: ['test/workerd/*.test.ts'],
  },
});
