import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
    exclude: ['test/deno/**', 'test/workerd/**'],
    // PGlite starts in seconds on a loaded 2-core machine: the default 5 s is too tight.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
