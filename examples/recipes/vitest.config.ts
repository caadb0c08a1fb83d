import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Each recipe started the way its docs page says, against a real sandbox on 127.0.0.1.
export default defineConfig({
  // The include below is relative to this folder, also when run as `vitest run -c examples/recipes/vitest.config.ts` from the root.
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'recipes',
    include: ['*/test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
