// Where the MD5 key comes from: --key, --key-file or ALIPAY_KEY. A flag wins over the
// environment, the two flags together are refused, and every mistake names its source, never the key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signParams } from '@alipay-escrow/core/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { withCli } from './helpers/long-running.js';
import { jsonOf, runCli } from './helpers/run-cli.js';

const FLAG_KEY = 'flagkey0flagkey0flagkey0flagkey0';
const ENV_KEY = 'envkey00envkey00envkey00envkey00';
const PARAMS = {
  service: 'create_partner_trade_by_buyer',
  partner: '2088101122136241',
  _input_charset: 'utf-8',
  subject: '测试',
};
const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-key-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function signWith(key: string): Promise<string> {
  return (await signParams(PARAMS, { signType: 'MD5', key }, { charset: 'utf-8' })).sign;
}

describe('the MD5 key sources', () => {
  it('--key and --key-file win over ALIPAY_KEY', async () => {
    const viaFlag = await runCli(['sign', '--key', FLAG_KEY], JSON.stringify(PARAMS), { ALIPAY_KEY: ENV_KEY });
    expect(jsonOf(viaFlag)['sign']).toBe(await signWith(FLAG_KEY));
    const viaFile = await runCli(['sign', '--key-file', file('flag.txt', `${FLAG_KEY}\r\n`)], JSON.stringify(PARAMS), {
      ALIPAY_KEY: ENV_KEY,
    });
    expect(jsonOf(viaFile)['sign']).toBe(await signWith(FLAG_KEY));
    const viaEnv = await runCli(['sign'], JSON.stringify(PARAMS), { ALIPAY_KEY: ENV_KEY });
    expect(jsonOf(viaEnv)['sign']).toBe(await signWith(ENV_KEY));
  });

  it('a key with whitespace is refused, naming where it came from and not the key', async () => {
    const run = await runCli(['sign'], JSON.stringify(PARAMS), { ALIPAY_KEY: `${ENV_KEY} ` });
    expect(run.code).toBe(2);
    expect(jsonOf(run)['error']).toMatchObject({
      code: 'KEY_INVALID',
      message: 'The MD5 key from ALIPAY_KEY contains whitespace (length 33).',
    });
    expect(run.stdout + run.stderr).not.toContain(ENV_KEY);
  });

  it('a PEM file given as --key-file points to the RSA flags', async () => {
    const run = await runCli(
      [
        'verify',
        '--offline',
        '--key-file',
        file('key.pem', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'),
      ],
      'a=b',
    );
    expect(run.code).toBe(2);
    expect(jsonOf(run)['error']).toMatchObject({
      code: 'KEY_INVALID',
      hint: expect.stringContaining('--alipay-public-key'),
    });
  });

  it('with RSA, --key-file is ignored with a note', async () => {
    const run = await runCli(
      [
        'sign',
        '--sign-type',
        'RSA',
        '--private-key',
        join(dir, 'none.pem'),
        '--key-file',
        file('ignored.txt', FLAG_KEY),
      ],
      JSON.stringify(PARAMS),
    );
    expect(run.stderr).toContain('note: --key-file is ignored with --sign-type RSA');
  });

  it('sandbox --key-file: the key from the file is taken as given, and not printed', async () => {
    await withCli(
      ['sandbox', '--port', '0', '--json', '--key-file', file('sandbox.txt', `${FLAG_KEY}\n`)],
      async (cli) => {
        const c = JSON.parse(await cli.line((l) => l.startsWith('{"url"'))) as {
          key: string;
          sources: Record<string, string>;
        };
        expect(c.key).toBe('[redacted]');
        expect(c.sources['key']).toBe('given');
        await cli.stop();
        expect(cli.stdout() + cli.stderr()).not.toContain(FLAG_KEY);
      },
    );
  });
});
