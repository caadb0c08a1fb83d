import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('help and version', () => {
  it('--help lists the commands', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of ['sign', 'verify', 'explain']) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  for (const name of ['sign', 'verify', 'explain']) {
    it(`${name} --help shows its usage and exits 0 without reading stdin`, async () => {
      const run = await runCli([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`usage: alipay-escrow ${name}`);
      expect(run.stdout).toContain('Exit codes');
    });
  }

  it('help <command> equals <command> --help', async () => {
    const a = await runCli(['help', 'verify']);
    const b = await runCli(['verify', '--help']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--version prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });
});
