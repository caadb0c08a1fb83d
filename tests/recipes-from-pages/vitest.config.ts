import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Each recipe rebuilt from its BUILT docs pages (docs/.vitepress/dist, `npm run docs:site`): the
// files of the page's code group written to a temp folder, the packed packages installed, then
// type-checked, and the Node recipes run through a payment in the sandbox. Needs `npm run build`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'recipes-from-pages',
    include: ['*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
