import { defineConfig } from 'vitest/config';

// The console's own tests: units, and HTTP over a real @hono/node-server on 127.0.0.1 (with the
// sandbox gateway for reconcile). The browser check is in tests/e2e/console.e2e.test.ts.
export default defineConfig({
  test: {
    name: 'console',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
