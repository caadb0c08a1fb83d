import { defineConfig } from 'vitest/config';

// Node only (Koa runs on Node): the adapter behaviour suite over a real http server, with and
// without a body parser mounted first, plus the adapter's own tests.
export default defineConfig({ test: { name: 'koa', include: ['test/**/*.test.ts'] } });
