import { describe, expect, it } from 'vitest';
import { jsonOf, runCli } from './helpers/run-cli.js';

const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const PARAMS = JSON.stringify({
  service: 'create_partner_trade_by_buyer',
  partner: '2088101122136241',
  _input_charset: 'gbk',
});

interface UsageCase {
  name: string;
  args: string[];
  stdin?: string;
  code?: string;
}

const cases: UsageCase[] = [
  { name: 'sign without a key', args: ['sign'], stdin: PARAMS, code: 'KEY_INVALID' },
  { name: 'sign with an empty key', args: ['sign', '--key', ''], stdin: PARAMS, code: 'KEY_INVALID' },
  {
    name: 'sign with a key holding whitespace',
    args: ['sign', '--key', `${KEY}\n`],
    stdin: PARAMS,
    code: 'KEY_INVALID',
  },
  { name: 'sign with bad JSON', args: ['sign', '--key', KEY], stdin: '{"service": ', code: 'USAGE_ERROR' },
  { name: 'sign with empty stdin', args: ['sign', '--key', KEY], stdin: '', code: 'USAGE_ERROR' },
  { name: 'sign with a JSON array', args: ['sign', '--key', KEY], stdin: '[["a","b"]]', code: 'USAGE_ERROR' },
  { name: 'sign with a number value', args: ['sign', '--key', KEY], stdin: '{"price": 0.01}', code: 'USAGE_ERROR' },
  { name: 'sign with a null value', args: ['sign', '--key', KEY], stdin: '{"body": null}', code: 'USAGE_ERROR' },
  { name: 'sign with an empty object', args: ['sign', '--key', KEY], stdin: '{}', code: 'USAGE_ERROR' },
  {
    name: 'sign with an unknown flag',
    args: ['sign', '--key', KEY, '--charst', 'gbk'],
    stdin: PARAMS,
    code: 'USAGE_ERROR',
  },
  { name: 'sign with a stray argument', args: ['sign', '--key', KEY, 'extra'], stdin: PARAMS, code: 'USAGE_ERROR' },
  {
    name: 'sign with a bad charset',
    args: ['sign', '--key', KEY, '--charset', 'big5'],
    stdin: '{"a":"b"}',
    code: 'CHARSET_UNSUPPORTED',
  },
  {
    name: 'sign with --charset contradicting _input_charset',
    args: ['sign', '--key', KEY, '--charset', 'utf-8'],
    stdin: PARAMS,
    code: 'CHARSET_MISMATCH',
  },
  {
    name: 'sign with a bad sign type',
    args: ['sign', '--key', KEY, '--sign-type', 'DSA'],
    stdin: PARAMS,
    code: 'SIGN_TYPE_UNSUPPORTED',
  },
  {
    name: 'sign RSA without a private key',
    args: ['sign', '--sign-type', 'RSA'],
    stdin: PARAMS,
    code: 'RSA_KEY_INVALID',
  },
  {
    name: 'sign RSA with a missing key file',
    args: ['sign', '--private-key', '/nonexistent/key.pem'],
    stdin: PARAMS,
    code: 'USAGE_ERROR',
  },
  {
    name: 'sign with a bad gateway',
    args: ['sign', '--key', KEY, '--gateway', 'mapi.alipay.com'],
    stdin: PARAMS,
    code: 'USAGE_ERROR',
  },
  { name: 'verify without a key', args: ['verify', '--offline'], stdin: 'a=b', code: 'KEY_INVALID' },
  { name: 'verify online without --partner', args: ['verify', '--key', KEY], stdin: 'a=b', code: 'USAGE_ERROR' },
  {
    name: 'verify with a partner that is not 2088 + 12 digits',
    args: ['verify', '--key', KEY, '--partner', '12345'],
    stdin: 'a=b',
    code: 'ILLEGAL_PARTNER',
  },
  {
    name: 'verify with a plain-http remote gateway',
    args: ['verify', '--key', KEY, '--partner', '2088101122136241', '--gateway', 'http://example.com/gateway.do'],
    stdin: 'a=b',
    code: 'USAGE_ERROR',
  },
  {
    name: 'verify with a bad charset',
    args: ['verify', '--key', KEY, '--offline', '--charset', 'latin1'],
    stdin: 'a=b',
    code: 'CHARSET_UNSUPPORTED',
  },
  {
    name: 'verify with an unknown flag',
    args: ['verify', '--key', KEY, '--ofline'],
    stdin: 'a=b',
    code: 'USAGE_ERROR',
  },
  { name: 'an unknown command', args: ['frobnicate'], code: 'USAGE_ERROR' },
  { name: 'explain without a code', args: ['explain'], code: 'USAGE_ERROR' },
  { name: 'explain with a bad --lang', args: ['explain', 'ILLEGAL_SIGN', '--lang', 'fr'], code: 'USAGE_ERROR' },
];

describe('usage errors: exit 2, {"error": {...}} on stdout, a usage line on stderr', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const run = await runCli(c.args, c.stdin ?? '');
      expect(run.code).toBe(2);
      const error = jsonOf(run)['error'] as { code: string; message: string };
      expect(typeof error.message).toBe('string');
      expect(error.message.length).toBeGreaterThan(0);
      if (c.code) expect(error.code).toBe(c.code);
      expect(run.stderr).toMatch(/usage: alipay-escrow/);
    });
  }

  it('no arguments at all: a JSON error, the help on stderr, exit 2', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect((jsonOf(run)['error'] as { code: string }).code).toBe('USAGE_ERROR');
    expect(run.stderr).toContain('Commands:');
  });
});

describe('sign: a value the charset cannot represent', () => {
  it('exits 1 with a JSON error naming the field, for GBK', async () => {
    const run = await runCli(
      ['sign', '--key', KEY, '--charset', 'gbk'],
      JSON.stringify({ subject: '笑脸😀', partner: '2088101122136241' }),
    );
    expect(run.code).toBe(1);
    const error = jsonOf(run)['error'] as { code: string; message: string };
    expect(error.code).toBe('CHARSET_UNENCODABLE');
    expect(error.message).toContain('subject');
    expect(run.stderr).not.toMatch(/usage:/);
  });

  it('the same value signs fine in UTF-8', async () => {
    const run = await runCli(
      ['sign', '--key', KEY, '--charset', 'utf-8'],
      JSON.stringify({ subject: '笑脸😀', partner: '2088101122136241' }),
    );
    expect(run.code).toBe(0);
    expect(jsonOf(run)['url']).toContain('subject=%E7%AC%91%E8%84%B8%F0%9F%98%80');
  });
});
