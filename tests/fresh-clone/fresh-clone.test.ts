// A newcomer's first minutes, as the README tells them: clone, `npm ci`, `npm run build`,
// `npx alipay-escrow --help`. The bin must be linked by `npm ci` itself — before the build made
// dist/ — or npx would ask the registry for a package named `alipay-escrow` (whatever holds that
// name). `--no-install` makes npx fail instead of downloading anything.
//
// What is cloned: a clone holds only committed files, and this test must check the tree as it
// is now (uncommitted work included), so it clones HEAD and then lays the working tree's changes
// over it: every modified or untracked file that .gitignore does not exclude
// (`git ls-files -m -o --exclude-standard`) is copied in, every deleted one (`git ls-files -d`)
// removed. Ignored files (node_modules, dist, caches) never reach the clone.
//
// `npm ci --prefer-offline` installs from the npm cache (the registry only for what it lacks);
// `--ignore-scripts` because install scripts download native binaries (better-sqlite3's prebuilt
// module, deno, workerd), which neither the build nor the bin needs — npm links bins itself.
// `npm run build` is turbo; it may take its outputs from this workspace's turbo cache, read-only
// (`--cache-dir <workspace>/.turbo/cache --cache=local:r`): the cache is keyed by the content of
// the inputs, so a hit restores exactly what the build would make, and a miss builds for real
// (~3 minutes on a busy machine instead of seconds). `npm test` builds the workspace first, so
// there the whole test takes about as long as npm ci (1–2 minutes from the npm cache).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let temp = '';
let clone = '';
const timings: Record<string, number> = {};

/** A user's shell: no npm_* variables inherited from `npm test` (workspace flags…). */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1' };
}

function run(command: string, args: string[], cwd: string, timeoutMs: number) {
  const started = Date.now();
  const r = spawnSync(command, args, {
    cwd,
    env: userEnv(),
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`${command} ${args.join(' ')} could not run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

function ok(command: string, args: string[], cwd: string, timeoutMs: number) {
  const r = run(command, args, cwd, timeoutMs);
  if (r.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${r.status}:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`,
    );
  return r;
}

const gitFiles = (args: string[]) =>
  ok('git', ['ls-files', '-z', ...args], root, 30_000)
    .stdout.split('\0')
    .filter(Boolean);

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'alipay-escrow-fresh-clone-'));
  clone = join(temp, 'alipay-escrow');
  timings.clone = ok('git', ['clone', '--quiet', '--no-hardlinks', root, clone], temp, 120_000).ms;
  for (const file of gitFiles(['-m', '-o', '--exclude-standard'])) {
    if (existsSync(join(root, file))) {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(root, file), join(clone, file));
    }
  }
  for (const file of gitFiles(['-d'])) rmSync(join(clone, file), { force: true });
  timings.ci = ok('npm', ['ci', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], clone, 600_000).ms;
});

afterAll(() => {
  console.log(`fresh clone timings (ms): ${JSON.stringify(timings)}`);
  if (temp !== '') rmSync(temp, { recursive: true, force: true });
});

describe('a fresh clone: npm ci → npm run build → npx alipay-escrow --help', () => {
  it('npm ci links the alipay-escrow bin before anything is built; it says to build first', () => {
    expect(existsSync(join(clone, 'packages', 'cli', 'dist'))).toBe(false);
    const r = run('npx', ['--no-install', 'alipay-escrow', '--help'], clone, 60_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Run `npm run build` at the repository root first');
    expect(r.stdout).toBe('');
  });

  it('after npm run build, `npx --no-install alipay-escrow --help` runs the workspace CLI', () => {
    const cache = join(root, '.turbo', 'cache');
    timings.build = ok('npm', ['run', 'build', '--', `--cache-dir=${cache}`, '--cache=local:r'], clone, 900_000).ms;
    const r = run('npx', ['--no-install', 'alipay-escrow', '--help'], clone, 60_000);
    expect([r.status, r.stderr]).toEqual([0, '']);
    for (const name of ['sign', 'verify', 'explain', 'sandbox', 'trigger'])
      expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const explain = run('npx', ['--no-install', 'alipay-escrow', 'explain', 'ILLEGAL_SIGN'], clone, 60_000);
    expect([explain.status, explain.stdout]).toEqual([0, expect.stringContaining('ILLEGAL_SIGN')]);
  });
});
