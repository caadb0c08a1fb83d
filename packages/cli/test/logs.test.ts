// `alipay-escrow logs` against the database an app really writes: an escrow over a SQLite file
// receives signed notifications (and a forged one), and the CLI reads them back from the file.
import { createEscrow, createGatewayClient, createSqlStore, sqliteDatabase, type Escrow } from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCli } from './helpers/long-running.js';
import { runCli } from './helpers/run-cli.js';

const PARTNER = '2088101122136241';
const KEY = 'logs0test0key0logs0test0key01234';
const keys = { signType: 'MD5' as const, key: KEY };
const dir = mkdtempSync(join(tmpdir(), 'cli-logs-'));
const file = join(dir, 'shop.db');
let db: Database.Database;
let escrow: Escrow;

function shop(): Escrow {
  return createEscrow({
    merchant: {
      partner: PARTNER,
      keys,
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId, email: TEST_DEFAULTS.sellerEmail },
      notifyUrl: 'https://shop.example.com/alipay/notify',
    },
    store: createSqlStore(sqliteDatabase(db)),
    gateway: {
      ...createGatewayClient({ partner: PARTNER, keys, charset: 'utf-8' }),
      notifyVerify: acceptingNotifyIds(),
    },
  });
}

async function order(outTradeNo: string): Promise<void> {
  await escrow.createPayment({
    outTradeNo,
    subject: '测试商品',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
  });
}

async function deliver(outTradeNo: string, tradeStatus: string, signWith = keys): Promise<string> {
  const notification = await buildTestNotification({
    keys: signWith,
    outTradeNo,
    tradeStatus,
    totalFee: '0.01',
    subject: '测试商品',
  });
  return (await escrow.handleNotify(notification.request('https://shop.example.com/alipay/notify'))).text();
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  db = new Database(file);
  escrow = shop();
  await createSqlStore(sqliteDatabase(db)).migrate();
  await order('LOG-1');
  await order('LOG-2');
  expect(await deliver('LOG-1', 'WAIT_SELLER_SEND_GOODS')).toBe('success');
  expect(await deliver('LOG-1', 'WAIT_SELLER_SEND_GOODS')).toBe('success');
  expect(
    await deliver('LOG-2', 'WAIT_SELLER_SEND_GOODS', { signType: 'MD5', key: 'forged0key0forged0key0forged0123' }),
  ).toBe('fail');
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('alipay-escrow logs', () => {
  it('lists the log oldest first, one JSON object per line, with verdicts the app wrote', async () => {
    const run = await runCli(['logs', '--sqlite', file]);
    expect(run.code).toBe(0);
    const entries = lines(run.stdout);
    expect(entries.map((e) => [e['outTradeNo'], e['verdict']])).toEqual([
      ['LOG-1', 'applied'],
      ['LOG-1', 'duplicate'],
      ['LOG-2', 'rejected'],
    ]);
    expect(entries[2]).toMatchObject({ channel: 'notify', code: 'SIGN_MISMATCH', reply: 'fail' });
    expect(entries[0]).not.toHaveProperty('raw');
  });

  it('filters by order, verdict and channel', async () => {
    const byOrder = lines((await runCli(['logs', '--sqlite', file, '--order', 'LOG-2'])).stdout);
    expect(byOrder.map((e) => e['verdict'])).toEqual(['rejected']);
    const byVerdict = lines((await runCli(['logs', '--sqlite', file, '--verdict', 'applied,duplicate'])).stdout);
    expect(byVerdict.map((e) => e['verdict'])).toEqual(['applied', 'duplicate']);
    expect(lines((await runCli(['logs', '--sqlite', file, '--channel', 'return'])).stdout)).toEqual([]);
    const future = lines((await runCli(['logs', '--sqlite', file, '--since', '2999-01-01T00:00:00Z'])).stdout);
    expect(future).toEqual([]);
    const recent = lines((await runCli(['logs', '--sqlite', file, '--since', '1h', '--limit', '1'])).stdout);
    expect(recent.map((e) => e['verdict'])).toEqual(['rejected']);
  });

  it('--raw decodes the parameters of what was received, forged ones included', async () => {
    const [entry] = lines((await runCli(['logs', '--sqlite', file, '--order', 'LOG-2', '--raw'])).stdout);
    expect(entry).toMatchObject({ charset: 'utf-8' });
    expect((entry!['params'] as Record<string, string>)['subject']).toBe('测试商品');
    expect(entry!['raw']).toContain('out_trade_no=LOG-2');
  });

  it('--format table prints a header and one row per entry', async () => {
    const run = await runCli(['logs', '--sqlite', file, '--format', 'table']);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^received \(UTC\)\s+channel\s+verdict/);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toContain('SIGN_MISMATCH');
  });

  it('refuses a bad filter or a missing database with a usage error naming the flag', async () => {
    const verdict = await runCli(['logs', '--sqlite', file, '--verdict', 'paid']);
    expect(verdict.code).toBe(2);
    expect(verdict.stdout).toContain('--verdict \\"paid\\" is not one of');
    const since = await runCli(['logs', '--sqlite', file, '--since', 'yesterday']);
    expect(since.code).toBe(2);
    const missing = await runCli(['logs', '--sqlite', join(dir, 'nope.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('no such file');
    const none = await runCli(['logs']);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('--sqlite FILE or --postgres URL');
  });

  it('--follow prints a notification delivered while it runs, and stops on Ctrl-C', async () => {
    await withCli(['logs', '--sqlite', file, '--follow', '--interval', '0.2', '--order', 'LOG-3'], async (cli) => {
      await order('LOG-3');
      // Nothing of LOG-3 yet: the follower is polling an empty result.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(cli.stdout()).toBe('');
      expect(await deliver('LOG-3', 'WAIT_SELLER_SEND_GOODS')).toBe('success');
      const line = JSON.parse(await cli.line((l) => l.includes('LOG-3'))) as Record<string, unknown>;
      expect(line).toMatchObject({ outTradeNo: 'LOG-3', verdict: 'applied', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
      expect(await deliver('LOG-3', 'WAIT_SELLER_SEND_GOODS')).toBe('success');
      await cli.line((l) => l.includes('"duplicate"'));
      const stopped = await cli.stop('SIGINT');
      expect(stopped.code).toBe(0);
      // each entry printed once
      expect(lines(cli.stdout()).map((e) => e['verdict'])).toEqual(['applied', 'duplicate']);
    });
  });
});
