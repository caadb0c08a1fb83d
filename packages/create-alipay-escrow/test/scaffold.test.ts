// `npm create alipay-escrow` as a user meets it, outside the workspace: create-alipay-escrow and
// our packages are packed (`npm pack`), the packed scaffold is run with `npm exec --package <tgz>`
// in a temp folder for every template, and each result is installed, type-checked the way its
// `typecheck` script does (tsc; workers-types; `deno check` for deno-kv); two shops
// (getting-started on Node, hono-workers on wrangler) are started with `npm run dev` and take a
// payment in the sandbox it started.
//
// Our packages are not on the registry here, so before installing, the test points every
// @alipay-escrow/* dependency of the project (and, through `overrides`, of our packages) at its
// tarball; everything else comes from the npm cache (`--prefer-offline`). It first checks that
// the scaffold wrote `^<version>` ranges, which is what a user installs from the registry.
// Install scripts are skipped (better-sqlite3 would compile): type-checking needs no native code.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  recipeShop,
  sandboxClient,
  startProcess,
  waitFor,
  type RecipeProcess,
} from '../../../examples/recipes/harness.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const PACKAGES = [
  'core',
  'adapter-hono',
  'adapter-koa',
  'adapter-workers',
  'adapter-deno',
  'sandbox',
  'cli',
  'create-alipay-escrow',
];
const TEMPLATES = ['getting-started', 'hono-node', 'koa', 'postgres', 'hono-workers', 'workers-d1', 'deno-kv'];
const DENO = join(root, 'node_modules', '.bin', 'deno');
const VERSION = (
  JSON.parse(readFileSync(join(root, 'packages', 'core', 'package.json'), 'utf8')) as { version: string }
).version;

let work = '';
let tarballs: Record<string, string> = {};
const timings: Record<string, number> = {};

/** A user's shell: no npm_* variables inherited from `npm test` (workspace flags…). */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, timeoutMs = 120_000): Run {
  const r = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', timeout: timeoutMs });
  if (r.error) throw new Error(`${command} ${args.join(' ')} could not run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(command: string, args: string[], cwd: string, timeoutMs?: number): string {
  const r = run(command, args, cwd, timeoutMs);
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Like `ok`, without blocking the event loop (installs run side by side). */
function okAsync(command: string, args: string[], cwd: string, timeoutMs = 300_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}:\n${out}`)),
    );
  });
}

/**
 * The packed scaffold: with `via: 'npm'` the way `npm create alipay-escrow` runs it (npm exec of
 * the package's bin, ~3 s each), otherwise the same bin from the extracted tarball.
 */
function create(args: string[], cwd = work, via: 'npm' | 'node' = 'node'): Run {
  if (via === 'npm')
    return run(
      'npm',
      ['exec', '--yes', '--package', tarballs['create-alipay-escrow']!, '--', 'create-alipay-escrow', ...args],
      cwd,
    );
  return run(process.execPath, [join(work, 'extracted', 'package', 'dist', 'bin.js'), ...args], cwd);
}

const projectDir = (template: string) => join(work, 'projects', `my-${template}`);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;

beforeAll(() => {
  for (const dir of PACKAGES) {
    if (!existsSync(join(root, 'packages', dir, 'dist')))
      throw new Error(`packages/${dir}/dist is missing: run \`npm run build\` at the root first.`);
  }
  work = mkdtempSync(join(tmpdir(), 'create-alipay-escrow-'));
  mkdirSync(join(work, 'projects'));
  const started = Date.now();
  const packed = JSON.parse(
    ok(
      'npm',
      ['pack', '--json', '--pack-destination', work, ...PACKAGES.map((dir) => join(root, 'packages', dir))],
      work,
    ),
  ) as { name: string; filename: string }[];
  tarballs = Object.fromEntries(packed.map((p) => [p.name, join(work, p.filename)]));
  mkdirSync(join(work, 'extracted'));
  ok('tar', ['-xzf', tarballs['create-alipay-escrow']!, '-C', join(work, 'extracted')], work);
  timings.pack = Date.now() - started;
}, 120_000);

afterAll(() => {
  console.log(`create-alipay-escrow timings (ms): ${JSON.stringify(timings)}`);
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('npm create alipay-escrow (the packed scaffold, outside the workspace)', () => {
  it("the tarball holds the built bin and every template, without the recipes' tests", () => {
    const list = ok('tar', ['-tzf', tarballs['create-alipay-escrow']!], work).split('\n');
    expect(list).toContain('package/dist/bin.js');
    for (const template of TEMPLATES) {
      expect(list).toContain(`package/dist/templates/${template}/package.json`);
      expect(list).toContain(`package/dist/templates/${template}/scripts/dev.mjs`);
      expect(list).toContain(`package/dist/templates/${template}/gitignore`);
    }
    expect(list.filter((f) => /\/test\/|node_modules|\.test\.ts$/.test(f))).toEqual([]);
  });

  it('writes each template into a new folder, with `^<version>` ranges of our packages and a .env of its own', () => {
    const started = Date.now();
    const tokens = new Set<string>();
    for (const template of TEMPLATES) {
      const dir = projectDir(template);
      const r = create(['--template', template, '--dir', dir], work, template === TEMPLATES[0] ? 'npm' : 'node');
      expect([r.status, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain('npm run dev');
      const pkg = readJson(join(dir, 'package.json'));
      expect(pkg.name).toBe(`my-${template}`);
      expect(pkg.scripts.dev).toMatch(/^node scripts\/dev\.mjs (node|wrangler|deno)$/);
      const ours = { ...pkg.dependencies, ...pkg.devDependencies } as Record<string, string>;
      for (const [name, range] of Object.entries(ours).filter(([name]) => name.startsWith('@alipay-escrow/')))
        expect([name, range]).toEqual([name, `^${VERSION}`]);
      expect(pkg.devDependencies['@alipay-escrow/cli']).toBe(`^${VERSION}`);
      expect(existsSync(join(dir, '.gitignore'))).toBe(true);
      expect(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n')).toEqual(
        expect.arrayContaining(['node_modules', '.env']),
      );
      expect(existsSync(join(dir, 'test'))).toBe(false);
      const token = /^SHOP_ADMIN_TOKEN=([0-9a-f]{64})$/m.exec(readFileSync(join(dir, '.env'), 'utf8'))?.[1];
      expect(token).toBeDefined();
      tokens.add(token!);
      // a standalone project: no path back into the monorepo
      for (const file of ['package.json', 'tsconfig.json']) {
        if (existsSync(join(dir, file)))
          expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/\.\.\/\.\.|tsconfig\.base|"0\.0\.0"/);
      }
    }
    expect(tokens.size).toBe(TEMPLATES.length);
    timings.scaffold = Date.now() - started;
  });

  it('refuses an unknown template, a folder that is not empty, and missing flags without a terminal: exit 2, nothing written', () => {
    const unknown = create(['--template', 'express', '--dir', join(work, 'unknown')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown template "express"');
    expect(unknown.stderr).toContain(TEMPLATES.join(', '));
    expect(existsSync(join(work, 'unknown'))).toBe(false);

    const before = readdirSync(projectDir('koa')).sort();
    const taken = create(['--template', 'hono-node', '--dir', projectDir('koa')]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('is not empty');
    expect(readdirSync(projectDir('koa')).sort()).toEqual(before);
    expect(readJson(join(projectDir('koa'), 'package.json')).dependencies['@alipay-escrow/koa']).toBeDefined();

    const noFlags = create([], join(work, 'projects'));
    expect(noFlags.status).toBe(2);
    expect(noFlags.stderr).toContain('--template NAME');
  });

  it('--yes takes the defaults: getting-started, in a folder named after it', () => {
    const cwd = mkdtempSync(join(work, 'yes-'));
    const r = create(['--yes'], cwd);
    expect(r.status).toBe(0);
    expect(readJson(join(cwd, 'alipay-escrow-getting-started', 'package.json')).name).toBe(
      'alipay-escrow-getting-started',
    );
  });

  it('each project installs from the tarballs and the npm cache, and type-checks', async () => {
    let started = Date.now();
    for (const template of TEMPLATES) {
      const file = join(projectDir(template), 'package.json');
      const pkg = readJson(file);
      const local = (deps: Record<string, string> | undefined) =>
        deps &&
        Object.fromEntries(
          Object.entries(deps).map(([name, range]) => [name, tarballs[name] ? `file:${tarballs[name]}` : range]),
        );
      const overrides = Object.fromEntries(
        Object.entries(tarballs)
          .filter(([name]) => name.startsWith('@alipay-escrow/'))
          .map(([name, tgz]) => [name, `file:${tgz}`]),
      );
      writeFileSync(
        file,
        JSON.stringify(
          { ...pkg, dependencies: local(pkg.dependencies), devDependencies: local(pkg.devDependencies), overrides },
          null,
          2,
        ),
      );
    }
    // Two installs at a time: the cache is shared, and the machine is.
    const queue = [...TEMPLATES];
    await Promise.all(
      [0, 1].map(async () => {
        for (let template = queue.shift(); template !== undefined; template = queue.shift()) {
          await okAsync(
            'npm',
            ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
            projectDir(template),
          );
        }
      }),
    );
    timings.install = Date.now() - started;
    for (const template of TEMPLATES) {
      const dir = projectDir(template);
      // installed copies, not links into the workspace
      expect(realpathSync(join(dir, 'node_modules', '@alipay-escrow', 'core')).startsWith(realpathSync(root))).toBe(
        false,
      );
      expect(existsSync(join(dir, 'node_modules', '@alipay-escrow', 'cli', 'bin', 'alipay-escrow.js'))).toBe(true);
    }
    started = Date.now();
    for (const template of TEMPLATES) {
      const dir = projectDir(template);
      if (template === 'deno-kv') {
        const r = spawnSync(DENO, ['check', '--unstable-sloppy-imports', 'src/server.ts'], {
          cwd: dir,
          env: userEnv({ DENO_NO_UPDATE_CHECK: '1' }),
          encoding: 'utf8',
          timeout: 180_000,
        });
        expect([template, r.status, r.status === 0 ? '' : `${r.stdout}${r.stderr}`]).toEqual([template, 0, '']);
      } else {
        const r = run(
          process.execPath,
          [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit'],
          dir,
        );
        expect([template, r.status, `${r.stdout}${r.stderr}`]).toEqual([template, 0, '']);
      }
    }
    timings.typecheck = Date.now() - started;
  }, 900_000);

  /** `npm run dev` in a scaffolded project, on free ports; resolves once the shop answers. */
  async function dev(template: string): Promise<{ process: RecipeProcess; base: string; sandboxUrl: string }> {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { ...userEnv(), SANDBOX_PORT: '0', PORT: String(port), WRANGLER_SEND_METRICS: 'false' } as Record<
      string,
      string
    >;
    const running = await startProcess('npm', ['run', 'dev'], {
      cwd: projectDir(template),
      env,
      readyUrl: `${base}/orders/none`,
      timeoutMs: 120_000,
    });
    const sandboxUrl = /\[sandbox\] listening on (http:\/\/127\.0\.0\.1:[0-9]+)/.exec(running.output())?.[1];
    if (sandboxUrl === undefined) {
      await running.stop();
      throw new Error(`npm run dev printed no sandbox URL:\n${running.output()}`);
    }
    return { process: running, base, sandboxUrl };
  }

  it('`npm run dev` (getting-started) starts the sandbox and the shop with its settings; a payment goes through', async () => {
    const started = Date.now();
    const { process: running, base, sandboxUrl } = await dev('getting-started');
    try {
      expect(running.output()).toContain('[sandbox]   ALIPAY_GATEWAY_URL=');
      const sandbox = sandboxClient(sandboxUrl, `${sandboxUrl}/gateway.do`);
      const shop = recipeShop(base);
      const { outTradeNo, payUrl } = await shop.placeOrder({ productId: 'sample', quantity: 1 });
      expect(new URL(payUrl).searchParams.get('notify_url')).toBe(`${base}/alipay/notify`);
      await sandbox.openCashier(payUrl);
      await sandbox.pay(outTradeNo);
      await sandbox.delivered(outTradeNo);
      expect(await shop.order(outTradeNo)).toEqual({
        outTradeNo,
        status: 'paid',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: null,
      });
      await waitFor(
        async () => (running.output().includes(`paid: ${outTradeNo}`) ? true : undefined),
        'the shop logs the paid order',
      );
    } finally {
      await running.stop();
    }
    timings.devNode = Date.now() - started;
  }, 180_000);

  it("`npm run dev` (hono-workers) migrates a local D1, runs wrangler dev with the sandbox's settings and the .env admin token", async () => {
    const started = Date.now();
    const { process: running, base, sandboxUrl } = await dev('hono-workers');
    try {
      const token = /^SHOP_ADMIN_TOKEN=(\S+)$/m.exec(
        readFileSync(join(projectDir('hono-workers'), '.env'), 'utf8'),
      )![1]!;
      const sandbox = sandboxClient(sandboxUrl, `${sandboxUrl}/gateway.do`);
      const shop = recipeShop(base, token);
      const { outTradeNo, payUrl } = await shop.placeOrder();
      await sandbox.openCashier(payUrl);
      await sandbox.pay(outTradeNo);
      await sandbox.delivered(outTradeNo);
      expect(await shop.order(outTradeNo)).toEqual({
        outTradeNo,
        status: 'paid',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: null,
        fulfilled: 1,
      });
      expect(await shop.ship(outTradeNo)).toMatchObject({ status: 'shipped', tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS' });
    } finally {
      await running.stop();
    }
    timings.devWorkers = Date.now() - started;
  }, 180_000);
});
