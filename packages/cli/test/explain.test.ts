import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

describe('explain', () => {
  it('prints cause and fix of a gateway code in both languages', async () => {
    const run = await runCli(['explain', 'ILLEGAL_SIGN']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ILLEGAL_SIGN');
    expect(run.stdout).toContain('原因');
    expect(run.stdout).toContain('Cause');
    expect(run.stdout).toContain('Fix');
  });

  it('--lang en prints English only', async () => {
    const run = await runCli(['explain', 'SIGN_MISMATCH', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Cause');
    expect(run.stdout).not.toContain('原因');
  });

  it('--lang zh prints Chinese only', async () => {
    const run = await runCli(['explain', 'illegal-partner', '--lang', 'zh']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ILLEGAL_PARTNER');
    expect(run.stdout).toContain('原因');
    expect(run.stdout).not.toContain('Cause');
  });

  it('an unknown code exits 1 and says how to list the codes', async () => {
    const run = await runCli(['explain', 'NOT_A_CODE']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('NOT_A_CODE');
    expect(run.stderr).toContain('alipay-escrow explain --list');
  });

  it('--list lists gateway and library codes', async () => {
    const run = await runCli(['explain', '--list']);
    expect(run.code).toBe(0);
    const codes = run.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    expect(codes).toContain('ILLEGAL_SIGN');
    expect(codes).toContain('TRADE_NOT_EXIST');
    expect(codes).toContain('NOTIFY_ID_MISSING');
    expect(codes.length).toBeGreaterThan(60);
  });
});
