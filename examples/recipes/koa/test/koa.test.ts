/**
 * The koa recipe as its page runs it: `npm run build`, then `node dist/server.js` with the
 * sandbox's settings in the environment and an SQLite file of its own; the buyer pays in the sandbox.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  MERCHANT,
  SHIPMENT,
  buildTypeScriptRecipe,
  expectListPrice,
  freePort,
  pageExports,
  recipeShop,
  startProcess,
  startRecipeSandbox,
  type RecipeProcess,
  type RecipeSandbox,
} from '../../harness.js';

const DIR = fileURLToPath(new URL('..', import.meta.url));

describe('recipe: Koa 3 with SQLite', () => {
  let sandbox: RecipeSandbox | undefined;
  let app: RecipeProcess | undefined;
  let base = '';
  let env: Record<string, string> = {};
  const dataDir = mkdtempSync(join(tmpdir(), 'recipe-koa-'));

  beforeAll(async () => {
    buildTypeScriptRecipe(DIR);
    sandbox = await startRecipeSandbox();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    env = {
      ...sandbox.env,
      PUBLIC_URL: base,
      SHOP_ADMIN_TOKEN: ADMIN_TOKEN,
      PORT: String(port),
      SQLITE_PATH: join(dataDir, 'shop.db'),
    };
    app = await startProcess(process.execPath, ['dist/server.js'], { cwd: DIR, env, readyUrl: `${base}/orders/none` });
  });

  afterAll(async () => {
    await app?.stop();
    await sandbox?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is configured with exactly the variables its page exports (PORT aside)', () => {
    const names = Object.keys(env)
      .filter((n) => n !== 'PORT')
      .sort();
    expect(Object.keys(pageExports('recipes/koa.md')).sort()).toEqual(names);
    expect(Object.keys(pageExports('en/recipes/koa.md')).sort()).toEqual(names);
  });

  it('takes a payment in the sandbox, ships only for the admin, and fulfils the order exactly once', async () => {
    const shop = recipeShop(base);
    const { outTradeNo, payUrl } = await shop.placeOrder();
    expect(new URL(payUrl).searchParams.get('notify_url')).toBe(`${base}/alipay/notify`);
    await sandbox!.openCashier(payUrl);
    await sandbox!.pay(outTradeNo);
    await sandbox!.delivered(outTradeNo);
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
    expect((await sandbox!.trade(outTradeNo)).tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
    expect(await shop.order(outTradeNo)).toMatchObject({ status: 'paid' });

    expect(await shop.ship(outTradeNo)).toMatchObject({ status: 'shipped', tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS' });
    expect((await sandbox!.trade(outTradeNo)).tradeStatus).toBe('WAIT_BUYER_CONFIRM_GOODS');

    await sandbox!.confirm(outTradeNo);
    await sandbox!.delivered(outTradeNo);
    expect(await shop.order(outTradeNo)).toMatchObject({
      status: 'finished',
      tradeStatus: 'TRADE_FINISHED',
      fulfilled: 1,
    });
  });

  it('charges the product list’s price: an order that sends its own price or subject is refused', async () => {
    const shop = recipeShop(base);
    await expectListPrice(shop);
  });

  it('does not start without SHOP_ADMIN_TOKEN, or with one too short to be secret', () => {
    const { SHOP_ADMIN_TOKEN: _, ...withoutToken } = env;
    for (const [variables, message] of [
      [withoutToken, 'SHOP_ADMIN_TOKEN is not set'],
      [{ ...env, SHOP_ADMIN_TOKEN: 'admin' }, 'SHOP_ADMIN_TOKEN is shorter than 32 characters'],
    ] as const) {
      const run = spawnSync(process.execPath, ['dist/server.js'], {
        cwd: DIR,
        env: { PATH: process.env.PATH, ...variables },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(message);
    }
  });

  it('answers `fail` to a notification signed with another key, and the order stays unpaid', async () => {
    const shop = recipeShop(base);
    const { outTradeNo } = await shop.placeOrder();
    const forged = await buildTestNotification({
      keys: { signType: 'MD5', key: 'not0the0merchant0key0not0the0key' },
      outTradeNo,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
      sellerId: MERCHANT.sellerId,
    });
    const response = await fetch(forged.request(`${base}/alipay/notify`));
    expect(await response.text()).toBe('fail');
    expect(await shop.order(outTradeNo)).toMatchObject({ status: 'created', tradeStatus: null, fulfilled: 0 });
    expect(await shop.status('GET', '/orders/no-such-order')).toBe(404);
  });
});
