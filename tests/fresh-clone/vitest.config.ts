import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The README's first commands on a fresh clone: `npm ci`, `npm run build`, `npx alipay-escrow
// --help` (see fresh-clone.test.ts). 1–3 minutes, most of it npm ci from the npm cache; up to
// 7 minutes when the build cannot come from the workspace's turbo cache.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'fresh-clone', include: ['fresh-clone.test.ts'], testTimeout: 900_000, hookTimeout: 900_000 },
});
