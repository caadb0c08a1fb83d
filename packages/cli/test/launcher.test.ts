// The committed launcher (bin/alipay-escrow.js) is what npm links as `alipay-escrow`: it must run
// the built CLI unchanged, and say what to do when dist/ has not been built yet (a fresh clone
// right after `npm ci`). The fresh clone itself is tested in tests/fresh-clone.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from './helpers/run-cli.js';

const LAUNCHER = fileURLToPath(new URL('../bin/alipay-escrow.js', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  files: string[];
};

function node(args: string[]) {
  return spawnSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env['PATH'] ?? '' },
  });
}

describe('the alipay-escrow launcher', () => {
  it('is the bin npm links, ships in the tarball, and is executable', () => {
    expect(pkg.bin).toEqual({ 'alipay-escrow': 'bin/alipay-escrow.js' });
    expect(pkg.files).toContain('bin');
    expect(readFileSync(LAUNCHER, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(LAUNCHER).mode & 0o111).not.toBe(0);
  });

  it('runs the built CLI: the same output and exit code as dist/bin.js', () => {
    expect(existsSync(BIN), `${BIN} is missing: run npm run build first`).toBe(true);
    for (const args of [['--version'], ['--help'], ['explain', 'ILLEGAL_SIGN'], ['no-such-command']]) {
      const viaLauncher = node([LAUNCHER, ...args]);
      const direct = node([BIN, ...args]);
      expect([viaLauncher.status, viaLauncher.stdout, viaLauncher.stderr]).toEqual([
        direct.status,
        direct.stdout,
        direct.stderr,
      ]);
    }
    expect(node([LAUNCHER, '--version']).stdout.trim()).toBe(pkg.version);
    expect(node([LAUNCHER, 'no-such-command']).status).not.toBe(0);
  });

  it('without dist/ (not built yet): exits 1 and says to run npm run build', () => {
    const pkgDir = mkdtempSync(join(tmpdir(), 'alipay-escrow-launcher-'));
    try {
      mkdirSync(join(pkgDir, 'bin'));
      copyFileSync(LAUNCHER, join(pkgDir, 'bin', 'alipay-escrow.js'));
      const run = node([join(pkgDir, 'bin', 'alipay-escrow.js'), '--help']);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('dist/bin.js is missing');
      expect(run.stderr).toContain('npm run build');
    } finally {
      rmSync(pkgDir, { recursive: true, force: true });
    }
  });
});
