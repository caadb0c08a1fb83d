import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The code the guides embed, run. `root` makes the globs work from the repository root
// (`npx vitest run -c examples/guides/vitest.config.ts`) as well as from the root projects list.
export default defineConfig({
  test: {
    name: 'guides',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
