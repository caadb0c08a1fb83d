// The proof that `npm i @alipay-escrow/hono` (or koa) works for a user: pack the built packages
// with `npm pack`, install the tarballs into a fresh project in the OS temp dir (outside the
// workspace, so no workspace link can stand in for them) together with the frameworks from the
// npm cache where it can (`--prefer-offline`; the registry only for what the cache lacks), type-check a file against the packed
// declarations, and run one small app per framework against a signed notification.
// Node only. Needs `npm run build` first (it packs dist/); fails loudly when anything is missing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = ['core', 'adapter-hono', 'adapter-koa', 'sandbox', 'cli'];
/** Installed next to the tarballs, at the versions the workspace has (so the npm cache has them). */
const FROM_CACHE = ['hono', '@hono/node-server', 'koa', '@types/koa', '@types/node'];

let project = '';
let tarballs: Record<string, string> = {};

/** The environment of a user's shell: no npm_* variables inherited from `npm test` (workspace flags…). */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key)) env[key] = value;
  }
  return env;
}

function run(command: string, args: string[], cwd: string, timeoutMs = 60_000): string {
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', timeout: timeoutMs });
  if (result.error) throw new Error(`${command} ${args.join(' ')} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function versionAtRoot(name: string): string {
  const path = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(path))
    throw new Error(`${name} is not installed at the workspace root (${path}); run npm install there.`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

beforeAll(() => {
  for (const dir of PACKAGES) {
    if (!existsSync(join(root, 'packages', dir, 'dist')))
      throw new Error(`packages/${dir}/dist is missing: run \`npm run build\` at the root first.`);
  }
  project = mkdtempSync(join(tmpdir(), 'alipay-escrow-pack-'));
  const packed = JSON.parse(
    run(
      'npm',
      ['pack', '--json', '--pack-destination', project, ...PACKAGES.map((dir) => join(root, 'packages', dir))],
      project,
    ),
  ) as { name: string; filename: string }[];
  tarballs = Object.fromEntries(packed.map((p) => [p.name, join(project, p.filename)]));

  const dependencies: Record<string, string> = {};
  for (const [name, file] of Object.entries(tarballs)) dependencies[name] = `file:${file}`;
  for (const name of FROM_CACHE) dependencies[name] = versionAtRoot(name);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'fresh-shop', private: true, type: 'module', dependencies }, null, 2),
  );
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'],
    project,
    90_000,
  );
  cpSync(fileURLToPath(new URL('./app', import.meta.url)), project, { recursive: true });
}, 120_000);

afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

describe('npm pack → npm install in a fresh project outside the workspace', () => {
  it('packs each package, and the tarball holds dist and README, no sources or tests', () => {
    expect(Object.keys(tarballs).sort()).toEqual([
      '@alipay-escrow/cli',
      '@alipay-escrow/core',
      '@alipay-escrow/hono',
      '@alipay-escrow/koa',
      '@alipay-escrow/sandbox',
    ]);
    for (const name of ['core', 'hono', 'koa']) {
      const dir = join(project, 'node_modules', '@alipay-escrow', name);
      expect(existsSync(join(dir, 'dist', 'index.js'))).toBe(true);
      expect(existsSync(join(dir, 'dist', 'index.d.ts'))).toBe(true);
      expect(existsSync(join(dir, 'README.md'))).toBe(true);
      expect(existsSync(join(dir, 'src'))).toBe(false);
      expect(existsSync(join(dir, 'test'))).toBe(false);
    }
  });

  it('installs real directories, not links into the workspace', () => {
    expect(realpathSync(project).startsWith(realpathSync(root))).toBe(false);
    for (const name of [
      '@alipay-escrow/core',
      '@alipay-escrow/hono',
      '@alipay-escrow/koa',
      '@alipay-escrow/cli',
      '@alipay-escrow/sandbox',
      'hono',
      'koa',
    ]) {
      const dir = join(project, 'node_modules', name);
      expect([name, lstatSync(dir).isSymbolicLink(), lstatSync(dir).isDirectory()]).toEqual([name, false, true]);
      expect(realpathSync(dir).startsWith(realpathSync(root))).toBe(false);
    }
    // one core for everyone: the adapters' dependency is the packed core, not a second copy
    expect(existsSync(join(project, 'node_modules', '@alipay-escrow', 'hono', 'node_modules'))).toBe(false);
    expect(existsSync(join(project, 'node_modules', '@alipay-escrow', 'koa', 'node_modules'))).toBe(false);
  });

  it('type-checks a user file against the packed declarations (moduleResolution nodenext)', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        files: ['types-check.ts'],
      }),
    );
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project);
  }, 60_000);

  for (const framework of ['hono', 'koa']) {
    it(`a ${framework} app answers a signed notification with \`success\` and the order is paid`, () => {
      const lines = run(process.execPath, [`${framework}-app.mjs`], project, 30_000)
        .trim()
        .split('\n');
      expect(JSON.parse(lines.at(-1)!)).toEqual({ status: 200, body: 'success', phase: 'paid' });
    }, 30_000);
  }

  it('the receiver entry works without GBK and RSA, refuses a merchant that needs a missing plug-in, and works with it', async () => {
    const { buildTestNotification, TEST_DEFAULTS } = await import('@alipay-escrow/core/testing');
    const keyFile = JSON.parse(
      readFileSync(join(root, 'packages', 'core', 'test', 'fixtures', 'keys', 'keys.json'), 'utf8'),
    ) as Record<string, string>;
    const md5Key = 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f';
    const rsa = { privateKey: keyFile['chloerei-private-pkcs8']!, publicKey: keyFile['chloerei-public-spki']! };
    const body = async (charset: 'utf-8' | 'gbk', keys: Parameters<typeof buildTestNotification>[0]['keys']) =>
      Buffer.from(
        (
          await buildTestNotification({
            keys,
            charset,
            outTradeNo: 'RCV-1',
            tradeStatus: 'WAIT_SELLER_SEND_GOODS',
            totalFee: '10.00',
          })
        ).body,
      ).toString('base64');
    const input = {
      partner: '2088101122130001',
      sellerId: TEST_DEFAULTS.sellerId,
      outTradeNo: 'RCV-1',
      md5Key,
      rsa,
      bodies: {
        utf8: await body('utf-8', { signType: 'MD5', key: md5Key }),
        gbk: await body('gbk', { signType: 'MD5', key: md5Key }),
        rsa: await body('utf-8', { signType: 'RSA', privateKey: rsa.privateKey, alipayPublicKey: rsa.publicKey }),
      },
    };
    writeFileSync(join(project, 'receiver-input.json'), JSON.stringify(input));
    const lines = run(process.execPath, ['receiver-app.mjs'], project, 30_000).trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toEqual({
      utf8: { reply: 'success', phase: 'paid' },
      gbkWithout: 'CONFIG_INVALID:plugins',
      rsaWithout: 'CONFIG_INVALID:plugins',
      gbk: { reply: 'success', phase: 'paid' },
      rsa: { reply: 'success', phase: 'paid' },
    });
  }, 30_000);

  it('the cli bin runs from the tarball: `alipay-escrow explain ILLEGAL_SIGN`', () => {
    const out = run(join(project, 'node_modules', '.bin', 'alipay-escrow'), ['explain', 'ILLEGAL_SIGN'], project);
    expect(out).toContain('ILLEGAL_SIGN');
  });
});
