import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './helpers/run-cli.js';
import { oracle } from './helpers/vectors.js';

/** 32 characters nobody could mistake for anything else. */
const KEY = 'SECRETkey0SECRETkey1SECRETkey2zz';
const PARAMS = JSON.stringify({
  service: 'create_partner_trade_by_buyer',
  partner: '2088101122136241',
  subject: '测试',
  _input_charset: 'utf-8',
});
const BODY = oracle.notify.find((v) => v.id === 'N02_utf8_valid_WAIT_SELLER_SEND_GOODS')!.post_body_urlencoded;

function expectNoKey(run: CliRun): void {
  const all = run.stdout + run.stderr;
  expect(all).not.toContain(KEY);
  expect(all).not.toContain(KEY.slice(0, 12));
  expect(all).not.toContain(KEY.slice(-12));
}

const runs: { name: string; args: string[]; stdin?: string; exit: number }[] = [
  { name: 'sign (success)', args: ['sign', '--key', KEY], stdin: PARAMS, exit: 0 },
  { name: 'sign --form (success)', args: ['sign', `--key=${KEY}`, '--form'], stdin: PARAMS, exit: 0 },
  {
    name: 'sign, unencodable value',
    args: ['sign', '--key', KEY, '--charset', 'gbk'],
    stdin: '{"subject":"😀"}',
    exit: 1,
  },
  { name: 'sign, bad JSON', args: ['sign', '--key', KEY], stdin: `{"x": ${KEY}}`, exit: 2 },
  { name: 'sign, key passed as a stray argument', args: ['sign', KEY], stdin: PARAMS, exit: 2 },
  {
    name: 'sign, key after a flag that lacks its value',
    args: ['sign', '--charset', '--key', KEY],
    stdin: PARAMS,
    exit: 2,
  },
  { name: 'sign, key with a trailing newline', args: ['sign', '--key', `${KEY}\n`], stdin: PARAMS, exit: 2 },
  { name: 'sign, unknown flag', args: ['sign', '--key', KEY, '--verbose'], stdin: PARAMS, exit: 2 },
  { name: 'sign --help', args: ['sign', '--key', KEY, '--help'], exit: 0 },
  { name: 'verify, wrong key (rejected)', args: ['verify', '--key', KEY, '--offline'], stdin: BODY, exit: 1 },
  {
    name: 'verify, body holding the key',
    args: ['verify', '--key', KEY, '--offline'],
    stdin: `sign=${KEY}&notify_id=1`,
    exit: 1,
  },
  { name: 'verify, no partner', args: ['verify', '--key', KEY], stdin: BODY, exit: 2 },
];

describe('the key never appears in any output', () => {
  for (const r of runs) {
    it(r.name, async () => {
      const run = await runCli(r.args, r.stdin ?? '');
      expect(run.code).toBe(r.exit);
      expectNoKey(run);
    });
  }
});
