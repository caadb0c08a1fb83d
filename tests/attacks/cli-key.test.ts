// Attack: reading the MD5 key off the CLI's command line. `--key KEY` was the only way to give the
// key, and a command line is visible to every user of the machine (`ps`, /proc/<pid>/cmdline) and
// stays in the shell history. The key can now come from a file (`--key-file`) or the environment
// (`ALIPAY_KEY`), so the CLI runs with no secret in its arguments.
//
// And: redaction must not rewrite results. Masking the key's text anywhere in the output turned a
// correct result into a wrong one whenever that text also occurs in a non-secret value (a key
// equal to a parameter value, say). Only error texts are redacted now; results are byte-identical.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formEncodePairs, signedPairs, signParams } from '@alipay-escrow/core/protocol';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(dirname(createRequire(import.meta.url).resolve('@alipay-escrow/cli/package.json')), 'dist', 'bin.js');
const KEY = 'cliKeyAttack0secret0cliKeyAttack';
const PARAMS = {
  service: 'create_partner_trade_by_buyer',
  partner: '2088101122136241',
  _input_charset: 'utf-8',
  out_trade_no: 'CLI-1',
  subject: '测试',
  price: '0.01',
  quantity: '1',
};
const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-cli-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The command line as the operating system shows it to other processes (Linux /proc), else as spawned. */
  commandLine: string;
}

/** Runs the CLI; stdin is written only after its command line was read, while it is running. */
function cli(args: string[], stdin: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      commandLine = child.spawnargs.join(' ');
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        commandLine,
      }),
    );
    child.stdin.end(stdin);
  });
}

/** Exactly what `sign` prints for `params` and `key`, built from the library itself. */
async function expectedSignOutput(params: Record<string, string>, key: string): Promise<string> {
  const signed = await signParams(params, { signType: 'MD5', key }, { charset: 'utf-8' });
  const sent: [string, string][] = [...signedPairs(params), ['sign', signed.sign], ['sign_type', 'MD5']];
  const url = `https://mapi.alipay.com/gateway.do?${formEncodePairs(sent, 'utf-8')}`;
  return `${JSON.stringify({ presign: signed.presign, sign: signed.sign, params: Object.fromEntries(sent), url })}\n`;
}

function keyFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content, { mode: 0o600 });
  return path;
}

describe('the MD5 key need not be on the command line', () => {
  it('--key-file: signs with the key from the file (trailing newline dropped); no key in the process arguments', async () => {
    const run = await cli(['sign', '--key-file', keyFile('key.txt', `${KEY}\n`)], JSON.stringify(PARAMS));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await expectedSignOutput(PARAMS, KEY));
    expect(run.commandLine).toContain('--key-file');
    expect(run.commandLine).not.toContain(KEY);
  });

  it('ALIPAY_KEY: signs and verifies with the key from the environment; no key in the process arguments', async () => {
    const signed = await cli(['sign'], JSON.stringify(PARAMS), { ALIPAY_KEY: KEY });
    expect(signed.code).toBe(0);
    expect(signed.stdout).toBe(await expectedSignOutput(PARAMS, KEY));
    expect(signed.commandLine).not.toContain(KEY);

    const notification = new URLSearchParams({
      notify_id: 'abc123',
      notify_time: '2024-01-01 12:00:00',
      out_trade_no: 'CLI-1',
      trade_status: 'WAIT_SELLER_SEND_GOODS',
    });
    const { sign } = await signParams(
      Object.fromEntries(notification),
      { signType: 'MD5', key: KEY },
      { charset: 'utf-8' },
    );
    notification.set('sign', sign);
    notification.set('sign_type', 'MD5');
    const verified = await cli(['verify', '--offline'], notification.toString(), { ALIPAY_KEY: KEY });
    expect(JSON.parse(verified.stdout)).toMatchObject({ valid: true, code: 'OK' });
    expect(verified.commandLine).not.toContain(KEY);
  });

  it('--key and --key-file together are refused, naming neither key', async () => {
    const run = await cli(
      ['sign', '--key', KEY, '--key-file', keyFile('both.txt', 'another0key0another0key0another0')],
      JSON.stringify(PARAMS),
    );
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error.message).toMatch(/--key and --key-file/);
    expect(run.stdout + run.stderr).not.toContain(KEY);
    expect(run.stdout + run.stderr).not.toContain('another0key0another0key0another0');
  });

  it('an unreadable or empty key file is a clear usage error that names the file', async () => {
    const missing = join(dir, 'missing.txt');
    const run = await cli(['sign', '--key-file', missing], JSON.stringify(PARAMS));
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({
      code: 'KEY_INVALID',
      message: `Cannot read --key-file ${JSON.stringify(missing)} (ENOENT).`,
    });
    const empty = await cli(['sign', '--key-file', keyFile('empty.txt', '\n')], JSON.stringify(PARAMS));
    expect(empty.code).toBe(2);
    expect(JSON.parse(empty.stdout).error.message).toMatch(/is empty/);
  });

  it('a key from a file is still masked in error texts, and no fragment of it is quoted', async () => {
    // The error names the parameter: here the key, pasted into stdin by mistake.
    const named = await cli(['sign', '--key-file', keyFile('echoed.txt', KEY)], `{"${KEY}": 1}`);
    expect(named.code).toBe(2);
    expect(JSON.parse(named.stdout).error.message).toBe(
      'Parameter "[redacted]" is a number; every value must be a JSON string.',
    );
    // A JSON syntax error used to quote the input around the mistake: a piece of the key.
    const quoted = await cli(['sign', '--key-file', keyFile('echoed.txt', KEY)], `{"subject": ${KEY}}`);
    expect(quoted.code).toBe(2);
    expect(quoted.stdout + quoted.stderr).not.toContain(KEY.slice(0, 8));
  });
});

describe('redaction leaves results alone', () => {
  it('a key whose text also occurs in the parameters: presign, params and url are printed unchanged', async () => {
    // A silly key, but the output must stay right: the key's text is a parameter value here.
    const key = 'create_partner_trade_by_buyer';
    // --key on purpose: what is checked is the output, and --key is the flag every CLI version has.
    const run = await cli(['sign', '--key', key], JSON.stringify(PARAMS));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(await expectedSignOutput(PARAMS, key));
    expect(run.stdout).not.toContain('[redacted]');
  });
});
