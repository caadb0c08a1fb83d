import { defineConfig } from 'vitest/config';

// Node: the adapter behaviour suite over a real @hono/node-server on 127.0.0.1, plus the
// adapter's own tests. The workerd run has its own config (vitest.workerd.config.ts).
export default defineConfig({
  test: {
    name: 'hono',
    include: ['test/**/*.test.ts'],
    exclude: ['test/workerd/**'],
  },
});
