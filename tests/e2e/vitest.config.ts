import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser end-to-end tests of the demo shop (examples/shop) with its sandbox, and of the built docs
// site (docs/.vitepress/dist, served on 127.0.0.1): headless Debian
// Chromium through playwright-core. Not part of the root `vitest run`: run `npm run test:e2e`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
