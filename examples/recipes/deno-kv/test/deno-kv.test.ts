// The Deno recipe run the way its page says (`deno run --env-file=… --unstable-kv … src/server.ts`,
// with the deno binary from npm): the variables of .env.example filled with the sandbox's, its
// orders in a Deno KV file of its own, paid, shipped and confirmed through the sandbox on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  MERCHANT,
  SHIPMENT,
  envFileNames,
  expectListPrice,
  freePort,
  recipeShop,
  startProcess,
  startRecipeSandbox,
  writeEnvFile,
  type RecipeProcess,
  type RecipeSandbox,
} from '../../harness.js';

const recipeDir = fileURLToPath(new URL('..', import.meta.url));
const deno = fileURLToPath(new URL('../../../../node_modules/.bin/deno', import.meta.url));

let sandbox: RecipeSandbox;
let app: RecipeProcess;
let shop: ReturnType<typeof recipeShop>;
let base: string;
let dataDir: string;

beforeAll(async () => {
  sandbox = await startRecipeSandbox();
  dataDir = mkdtempSync(join(tmpdir(), 'recipe-deno-kv-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const envFile = writeEnvFile(
    join(recipeDir, '.env.example'),
    {
      ...sandbox.env,
      PUBLIC_URL: base,
      SHOP_ADMIN_TOKEN: ADMIN_TOKEN,
      PORT: String(port),
      KV_PATH: join(dataDir, 'shop.kv.sqlite3'),
    },
    join(dataDir, '.env'),
  );
  app = await startProcess(
    deno,
    [
      'run',
      `--env-file=${envFile}`,
      '--unstable-kv',
      '--unstable-cron',
      '--allow-net',
      '--allow-env',
      '--allow-read',
      '--allow-write',
      'src/server.ts',
    ],
    {
      cwd: recipeDir,
      env: { DENO_NO_UPDATE_CHECK: '1' },
      readyUrl: `${base}/orders/none`,
    },
  );
  shop = recipeShop(base);
});

afterAll(async () => {
  await app?.stop();
  await sandbox?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('deno-kv recipe: Deno.serve + Deno KV', () => {
  it('lists in .env.example exactly the ALIPAY_ variables the sandbox prints, so its block can be pasted there', () => {
    const names = envFileNames(join(recipeDir, '.env.example'));
    expect(names.filter((n) => n.startsWith('ALIPAY_'))).toEqual(Object.keys(sandbox.env));
    expect(names.filter((n) => !n.startsWith('ALIPAY_'))).toEqual([
      'PUBLIC_URL',
      'SHOP_ADMIN_TOKEN',
      'PORT',
      'KV_PATH',
    ]);
  });

  it('takes an order through payment, shipping (the admin only) and the buyer’s confirmation; the onPaid work runs once', async () => {
    const { outTradeNo, payUrl } = await shop.placeOrder();
    await sandbox.openCashier(payUrl);

    await sandbox.pay(outTradeNo);
    await sandbox.delivered(outTradeNo);
    expect(await shop.order(outTradeNo)).toEqual({
      outTradeNo,
      status: 'paid',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      refundStatus: null,
      fulfilled: 1,
    });

    // Without the admin's bearer token (none, a wrong one, the token without "Bearer"): 401, and nothing reaches Alipay.
    for (const headers of [
      {},
      { authorization: 'Bearer not0the0admin0token0not0the0admin0token' },
      { authorization: ADMIN_TOKEN },
    ]) {
      expect((await shop.send('POST', `/orders/${outTradeNo}/ship`, SHIPMENT, headers)).status).toBe(401);
    }
    expect((await sandbox.trade(outTradeNo)).tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
    expect(await shop.order(outTradeNo)).toMatchObject({ status: 'paid' });

    expect(await shop.ship(outTradeNo)).toMatchObject({
      status: 'shipped',
      tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
      fulfilled: 1,
    });
    expect((await sandbox.trade(outTradeNo)).tradeStatus).toBe('WAIT_BUYER_CONFIRM_GOODS');

    await sandbox.confirm(outTradeNo);
    await sandbox.delivered(outTradeNo);
    expect(await shop.order(outTradeNo)).toEqual({
      outTradeNo,
      status: 'finished',
      tradeStatus: 'TRADE_FINISHED',
      refundStatus: null,
      fulfilled: 1,
    });
  });

  it('charges the product list’s price: an order that sends its own price or subject is refused', async () => {
    await expectListPrice(shop);
  });

  it('answers `fail` to a payment notification signed with another key, and the order stays unpaid', async () => {
    const { outTradeNo } = await shop.placeOrder();
    const before = await shop.order(outTradeNo);
    expect(before).toEqual({ outTradeNo, status: 'created', tradeStatus: null, refundStatus: null, fulfilled: 0 });
    const forged = await buildTestNotification({
      keys: { signType: 'MD5', key: 'not0the0merchant0key0at0all00000' },
      outTradeNo,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
      sellerId: MERCHANT.sellerId,
    });
    expect(await (await fetch(forged.request(`${base}/alipay/notify`))).text()).toBe('fail');
    expect(await shop.order(outTradeNo)).toEqual(before);
  });

  it('answers 404 for an order it does not know', async () => {
    expect(await shop.status('GET', '/orders/NO-SUCH-ORDER')).toBe(404);
  });

  it('does not start without SHOP_ADMIN_TOKEN: nobody could ship', () => {
    const envFile = join(dataDir, 'no-admin-token.env');
    const values = { ...sandbox.env, PUBLIC_URL: base, PORT: '0', KV_PATH: ':memory:' };
    writeFileSync(
      envFile,
      Object.entries(values)
        .map(([name, value]) => `${name}=${value}\n`)
        .join(''),
    );
    const run = spawnSync(
      deno,
      [
        'run',
        `--env-file=${envFile}`,
        '--unstable-kv',
        '--unstable-cron',
        '--allow-net',
        '--allow-env',
        '--allow-read',
        '--allow-write',
        'src/server.ts',
      ],
      {
        cwd: recipeDir,
        env: { ...process.env, DENO_NO_UPDATE_CHECK: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Set the environment variable SHOP_ADMIN_TOKEN');
  });

  it('leaves no deno process behind once stopped', async () => {
    await app.stop();
    expect(app.alive()).toBe(false);
  });
});
