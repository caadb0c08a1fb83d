#!/usr/bin/env node
// The `alipay-escrow` command as npm links it. This file is committed (dist/ is not), so the bin
// exists when `npm ci` links the workspace — before `npm run build` has made dist/bin.js. Without
// it npm would link nothing, and `npx alipay-escrow` would ask the registry for a package of that
// name instead. It only starts the built entry, or says how to build it.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/bin.js', import.meta.url);

if (existsSync(entry)) {
  await import(entry.href);
} else {
  process.stderr.write(
    'alipay-escrow: the CLI is not built yet (dist/bin.js is missing).\n' +
      'Run `npm run build` at the repository root first, then run the command again.\n',
  );
  process.exitCode = 1;
}
