import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The attacks suite: one file per attack found by a red-team pass, each test written to fail on
// the code before its fix. Tests use the built packages (`npm test` builds first), the way a
// merchant's app would, and servers they start bind 127.0.0.1 and are stopped by the test.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'attacks', include: ['*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
