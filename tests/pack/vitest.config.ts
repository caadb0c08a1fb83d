import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Node only: packs the built packages and installs them into a fresh project outside the
// workspace (see pack-install.test.ts). Needs `npm run build` first.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: { name: 'pack', include: ['pack-install.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
});
