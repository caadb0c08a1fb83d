import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The scaffold as a user runs it: packed, run in a temp folder for every template, the result
// installed from the packed tarballs, type-checked, and one shop run with `npm run dev`.
// Needs `npm run build` first (it packs dist/).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'create', include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 600_000 },
});
