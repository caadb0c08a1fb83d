import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The soak runs at 200 orders (scripts/soak/README.md; `npm run soak` runs any size): merchant
// processes killed with SIGKILL at random points and restarted, on SQLite with one instance and
// on Postgres with two. Each file runs one soak; a run takes about one to three minutes on a
// loaded 2-core machine, bounded by the 6-minute test timeout. They use the built packages.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'soak', include: ['*.test.ts'], testTimeout: 360_000, hookTimeout: 60_000 },
});
