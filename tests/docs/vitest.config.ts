import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Checks of the docs site: the sources (no hand-written code, snippets resolve, recipe pages
// parallel, both languages) and the built site in docs/.vitepress/dist (`npm run docs:site`
// builds it; `npm test` does so first): one anchor per error code, no broken internal link.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'docs', include: ['*.test.ts'] },
});
