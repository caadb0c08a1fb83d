import { defineConfig } from 'vitest/config';

// Each recipe started the way its docs page says, against a real sandbox on 127.0.0.1.
export default defineConfig({
  test: {
    name: 'recipes',
    include: ['*/test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
