import { defineConfig } from 'vitest/config';

// The code the guides embed, run.
export default defineConfig({
  test: {
    name: 'guides',
    include: ['*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
