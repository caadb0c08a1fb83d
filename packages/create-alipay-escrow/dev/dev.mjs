#!/usr/bin/env node
// `npm run dev`: starts the local Alipay sandbox (`alipay-escrow sandbox`, from the
// @alipay-escrow/cli devDependency), reads the settings it prints under "As environment
// variables", and starts this shop with them. Ctrl-C stops both.
//
//   node scripts/dev.mjs node       build with tsc, then node dist/server.js
//   node scripts/dev.mjs wrangler   local D1 migrations, then wrangler dev
//   node scripts/dev.mjs deno       deno run src/server.ts (Deno 2 on your PATH)
//
// The rest of the environment comes from .env (SHOP_ADMIN_TOKEN…) and your shell (which wins).
// SANDBOX_PORT (default 7001) and PORT choose the ports; PUBLIC_URL defaults to this machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

const runtime = process.argv[2];
const DEFAULT_PORT = { node: '3000', wrangler: '8787', deno: '8000' };
const require = createRequire(join(process.cwd(), 'package.json'));

function fail(message) {
  console.error(`dev: ${message}`);
  process.exit(1);
}

if (!(runtime in DEFAULT_PORT)) fail(`unknown runtime ${JSON.stringify(runtime)}: use node, wrangler or deno.`);

/** NAME=value lines of an env file (comments and blank lines skipped; no quoting rules). */
function readEnvFile(file) {
  if (!existsSync(file)) return {};
  const env = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  return env;
}

/** The path of a package's bin, from this project's node_modules. */
function binOf(name, command) {
  let manifest;
  try {
    manifest = require.resolve(`${name}/package.json`);
  } catch {
    fail(`${name} is not installed: run npm install first.`);
  }
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin[command]);
}

const env = { ...readEnvFile('.env'), ...process.env };
env.PORT ||= DEFAULT_PORT[runtime];
env.PUBLIC_URL ||= `http://127.0.0.1:${env.PORT}`;

const children = new Set();
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
  Promise.all(
    [...children].map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve),
        ),
    ),
  ).then(() => process.exit(code));
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function track(child, name) {
  children.add(child);
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`dev: ${name} exited (${signal ?? code}); stopping.`);
      stopAll(code || 1);
    }
  });
  return child;
}

// 1. The sandbox, its output shown with a prefix; the settings read from its "As environment variables" block.
const sandbox = track(
  spawn(
    process.execPath,
    [binOf('@alipay-escrow/cli', 'alipay-escrow'), 'sandbox', '--port', env.SANDBOX_PORT || '7001'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  ),
  'the sandbox',
);
const settings = await new Promise((resolve) => {
  const found = {};
  let inBlock = false;
  createInterface({ input: sandbox.stdout }).on('line', (line) => {
    console.log(`[sandbox] ${line}`);
    if (line.trim() === 'As environment variables:') inBlock = true;
    else if (inBlock) {
      const m = /^\s+([A-Z][A-Z0-9_]*)=(\S*)$/.exec(line);
      if (m) found[m[1]] = m[2];
      else if (inBlock && Object.keys(found).length > 0) {
        inBlock = false;
        resolve(found);
      }
    }
  });
});
for (const name of ['ALIPAY_GATEWAY_URL', 'ALIPAY_PARTNER', 'ALIPAY_KEY', 'ALIPAY_SELLER_ID']) {
  if (!settings[name]) fail(`the sandbox printed no ${name}.`);
  env[name] = settings[name];
}
if (!env.SHOP_ADMIN_TOKEN && runtime === 'wrangler')
  fail('SHOP_ADMIN_TOKEN is not set: put one in .env (`openssl rand -hex 32`).');

// 2. The shop.
if (runtime === 'node') {
  if (existsSync('tsconfig.json')) {
    const build = spawnSync(process.execPath, [binOf('typescript', 'tsc'), '-p', 'tsconfig.json'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) stopAll(1);
  }
  if (!stopping) track(spawn(process.execPath, ['dist/server.js'], { env, stdio: 'inherit' }), 'the shop');
} else if (runtime === 'wrangler') {
  const wrangler = binOf('wrangler', 'wrangler');
  const config = readFileSync('wrangler.jsonc', 'utf8');
  const database = /"database_name"\s*:\s*"([^"]+)"/.exec(config)?.[1];
  const quiet = { ...env, WRANGLER_SEND_METRICS: 'false' };
  if (database) {
    const migrate = spawnSync(process.execPath, [wrangler, 'd1', 'migrations', 'apply', database, '--local'], {
      env: quiet,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (migrate.status !== 0) stopAll(1);
  }
  // The Worker's variables, in a file of their own: your .dev.vars is neither read nor written.
  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-dev-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const names = [
    'ALIPAY_GATEWAY_URL',
    'ALIPAY_PARTNER',
    'ALIPAY_KEY',
    'ALIPAY_SELLER_ID',
    'PUBLIC_URL',
    'SHOP_ADMIN_TOKEN',
  ];
  writeFileSync(join(dir, '.dev.vars'), names.map((name) => `${name}=${env[name]}\n`).join(''), { mode: 0o600 });
  if (!stopping) {
    const args = [
      wrangler,
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      env.PORT,
      '--env-file',
      join(dir, '.dev.vars'),
      '--show-interactive-dev-session=false',
    ];
    track(spawn(process.execPath, args, { env: quiet, stdio: 'inherit' }), 'wrangler dev');
  }
} else {
  env.KV_PATH ||= 'shop.kv.sqlite3';
  const deno = spawn(
    'deno',
    [
      'run',
      '--unstable-kv',
      '--unstable-cron',
      '--allow-net',
      '--allow-env',
      '--allow-read',
      '--allow-write',
      'src/server.ts',
    ],
    { env, stdio: 'inherit' },
  );
  deno.once('error', () => {
    console.error('dev: deno was not found on your PATH: install Deno 2 (https://deno.com).');
    stopAll(1);
  });
  track(deno, 'deno');
}
