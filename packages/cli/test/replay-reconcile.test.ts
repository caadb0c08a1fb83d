// `alipay-escrow replay` and `reconcile` act on the app's own SQLite file from outside the app:
// they apply what Alipay confirmed, leave every effect pending for the app (the CLI cannot call
// its hooks), and the app then runs each hook exactly once.
import { createClock } from '@alipay-escrow/sandbox';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { createEscrow, createGatewayClient, createSqlStore, sqliteDatabase, type Escrow } from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const PARTNER = '2088101122136241';
const KEY = 'sandbox0key0only0for0local0tests';
const keys = { signType: 'MD5' as const, key: KEY };
const dir = mkdtempSync(join(tmpdir(), 'cli-replay-'));
const file = join(dir, 'shop.db');
const keyFile = join(dir, 'alipay.key');
let db: Database.Database;
let sandbox: RunningSandbox;
const paidCalls: string[] = [];

/** The app: its own escrow over the file, with the hook the CLI cannot call. */
function app(gatewayUrl?: string): Escrow {
  return createEscrow({
    merchant: {
      partner: PARTNER,
      keys,
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId },
      notifyUrl: 'https://shop.example.com/alipay/notify',
      ...(gatewayUrl === undefined ? {} : { gatewayUrl }),
    },
    store: createSqlStore(sqliteDatabase(db)),
    ...(gatewayUrl === undefined
      ? {
          gateway: {
            ...createGatewayClient({ partner: PARTNER, keys, charset: 'utf-8' }),
            notifyVerify: acceptingNotifyIds(),
          },
        }
      : {}),
    hooks: { onPaid: ({ idempotencyKey }) => void paidCalls.push(idempotencyKey) },
    logger: { warn: () => undefined },
  });
}

const order = (escrow: Escrow, outTradeNo: string) =>
  escrow.createPayment({
    outTradeNo,
    subject: '测试商品',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
  });

const json = (stdout: string) => JSON.parse(stdout.trim()) as Record<string, unknown>;
const escrowFlags = ['--sqlite', file, '--partner', PARTNER, '--seller', TEST_DEFAULTS.sellerId];

beforeAll(async () => {
  db = new Database(file);
  await createSqlStore(sqliteDatabase(db)).migrate();
  writeFileSync(keyFile, `${KEY}\n`, { mode: 0o600 });
  sandbox = await startSandbox({
    partner: PARTNER,
    key: KEY,
    seller: { id: TEST_DEFAULTS.sellerId },
    clock: createClock({ mode: 'manual' }),
  });
});

afterAll(async () => {
  await sandbox?.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('alipay-escrow replay', () => {
  it('applies an anomaly once the order exists, leaves onPaid to the app, which then runs it once', async () => {
    const escrow = app();
    const notification = await buildTestNotification({
      keys,
      outTradeNo: 'RP-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
      subject: '测试商品',
    });
    // Paid before the app knew the order: logged as an UNKNOWN_ORDER anomaly.
    expect(await (await escrow.handleNotify(notification.request())).text()).toBe('fail');
    const [entry] = await escrow.listLog({ outTradeNo: 'RP-1' });
    expect(entry).toMatchObject({ verdict: 'anomaly', code: 'UNKNOWN_ORDER' });
    await order(escrow, 'RP-1');

    const run = await runCli(['replay', entry!.id, ...escrowFlags, '--key-file', keyFile]);
    expect(run.code).toBe(0);
    const outcome = json(run.stdout);
    expect(outcome).toMatchObject({
      verdict: 'applied',
      code: 'EFFECTS_DEFERRED',
      phase: 'paid',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    });
    // Every milestone's effect is left pending: only the app knows which hooks it has.
    expect(outcome['effectsPending']).toEqual([
      expect.objectContaining({ kind: 'paid', status: 'pending' }),
      expect.objectContaining({ kind: 'transition', status: 'pending' }),
    ]);
    expect(run.stdout + run.stderr).not.toContain(KEY);
    expect(paidCalls).toEqual([]);

    // Alipay's next delivery reaches the app: the pending effect runs there, once.
    expect(await (await escrow.handleNotify(notification.request())).text()).toBe('success');
    expect(await (await escrow.handleNotify(notification.request())).text()).toBe('success');
    expect(paidCalls).toEqual([expect.stringContaining('RP-1')]);
  });

  it('refuses a forged entry (REPLAY_REFUSED) and applies nothing', async () => {
    const escrow = app();
    await order(escrow, 'RP-2');
    const forged = await buildTestNotification({
      keys: { signType: 'MD5', key: 'forged0key0forged0key0forged0123' },
      outTradeNo: 'RP-2',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });
    expect(await (await escrow.handleNotify(forged.request())).text()).toBe('fail');
    const [entry] = await escrow.listLog({ outTradeNo: 'RP-2' });
    const run = await runCli(['replay', entry!.id, ...escrowFlags], '', { ALIPAY_KEY: KEY });
    expect(run.code).toBe(1);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'REPLAY_REFUSED' } });
    expect((await escrow.getOrder('RP-2'))?.phase).toBe('created');
  });

  it('needs the key from a file or the environment, and says so', async () => {
    const run = await runCli(['replay', 'x', ...escrowFlags]);
    expect(run.code).toBe(2);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'KEY_INVALID' } });
    expect(JSON.stringify(json(run.stdout))).toContain('--key-file FILE');
  });
});

describe('alipay-escrow reconcile', () => {
  async function pay(outTradeNo: string): Promise<void> {
    const escrow = app(sandbox.gatewayUrl);
    const payment = await order(escrow, outTradeNo);
    expect((await fetch(payment.url)).ok).toBe(true); // the buyer opens the cashier: the trade exists
    const paid = await fetch(`${sandbox.url}/sandbox/api/trades/${outTradeNo}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(paid.ok).toBe(true); // paid, and (manual clock) no notification delivered
  }

  it('learns of a payment whose notifications never came; the app runs onPaid afterwards', async () => {
    await pay('RC-1');
    const run = await runCli(['reconcile', 'RC-1', '--sqlite', file, '--table-prefix', 'alipay_escrow_'], '', {
      ALIPAY_KEY: KEY,
      ALIPAY_PARTNER: PARTNER,
      ALIPAY_SELLER_ID: TEST_DEFAULTS.sellerId,
      ALIPAY_GATEWAY_URL: sandbox.gatewayUrl,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(json(run.stdout)).toMatchObject({
      channel: 'reconcile',
      verdict: 'applied',
      code: 'EFFECTS_DEFERRED',
      phase: 'paid',
    });
    const before = paidCalls.length;
    // The app reconciles too (or Alipay redelivers): the owed onPaid runs there, once.
    await app(sandbox.gatewayUrl).reconcile('RC-1');
    await app(sandbox.gatewayUrl).reconcile('RC-1');
    expect(paidCalls.slice(before)).toEqual([expect.stringContaining('RC-1')]);
  });

  it("reports the gateway's refusal for an order it never heard of, exit 1", async () => {
    await order(app(sandbox.gatewayUrl), 'RC-2');
    const run = await runCli([
      'reconcile',
      'RC-2',
      ...escrowFlags,
      '--key-file',
      keyFile,
      '--gateway',
      sandbox.gatewayUrl,
    ]);
    expect(run.code).toBe(1);
    expect(json(run.stdout)).toMatchObject({ error: { code: 'TRADE_NOT_EXIST' } });
  });
});
