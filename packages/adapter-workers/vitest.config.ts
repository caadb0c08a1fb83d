import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node: the files shipped beside the adapter (migration, example) and the real tools that use
// them — `wrangler deploy --dry-run` and one `wrangler dev` smoke test. The workerd run has its
// own config (vitest.workerd.config.ts). Needs `npm run build` first (the example imports the
// built package).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'workers',
    include: ['test/*.node.test.ts'],
  },
});
