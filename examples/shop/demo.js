#!/usr/bin/env node
// `npm run demo`: builds the packages and the shop quietly (turbo's output is shown only when the
// build fails), then starts the shop and its sandbox (dist/start.js, built from src/start.ts),
// whose first lines are the URLs to open.
//
// Plain JavaScript and committed, unlike the shop (TypeScript, built to dist/): Node 20 cannot
// run .ts, and on a fresh `npm ci` nothing is built yet, so the command that builds must be
// something Node runs as it is.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TURBO = fileURLToPath(new URL('../../node_modules/turbo/bin/turbo', import.meta.url));

function build() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TURBO, 'run', 'build', '--output-logs=errors-only'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('error', (e) => resolve({ code: 1, output: `${output}\n${e.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

process.stdout.write('正在构建… / building the packages…');
const { code, output } = await build();
if (code !== 0) {
  console.error(`\n构建失败 / the build failed (turbo run build exited with ${code}):\n${output}`);
  process.exit(code);
}
process.stdout.write(' ✓\n');
await import('./dist/start.js');
