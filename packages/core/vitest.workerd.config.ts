import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { listPortableTestFiles } from '../../scripts/portable-test-files.mjs';

// Runs the core's PORTABLE tests inside workerd (the same files the Deno run imports; see
// scripts/portable-test-files.mjs), plus test/workerd/*.test.ts, which fail unless the run
// really happens in workerd. Root script: `npm run test:workerd`.
//
// No compatibility flags on purpose: the core must not need nodejs_compat. The pool turns
// nodejs_compat on anyway, so test/no-node-imports.node.test.ts (Node project) guards src/.
//
// DB is a local D1 database (Miniflare's, in workerd; not a fake) for test/workerd/d1-store.test.ts.
const coreDir = fileURLToPath(new URL('.', import.meta.url));
const portable = listPortableTestFiles(`${coreDir}test`).map((file) => `test/${file}`);

export default defineConfig({
  root: coreDir,
  plugins: [
    cloudflareTest({
      miniflare: { compatibilityDate: '2025-09-01', compatibilityFlags: [], d1Databases: ['DB'] },
    }),
  ],
  test: {
    name: 'core:workerd',
    include: [...portable, 'test/workerd/*.test.ts'],
    exclude: ['**/*.node.test.ts'],
  },
});
