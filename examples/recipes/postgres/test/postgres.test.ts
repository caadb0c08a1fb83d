/**
 * The postgres recipe as its page runs it: migrations applied once, then TWO instances of
 * `node dist/server.js` on one database. Both have B's address as PUBLIC_URL (B plays the load
 * balancer's target), so orders placed on A are notified to B — and duplicates delivered to both
 * at once fulfil the order once.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ALIPAY_NOTIFY_CONTENT_TYPE } from '@alipay-escrow/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
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
import { applyMigrations, migrationFiles, openSharedDatabase, type SharedDatabase } from './engine.js';

const DIR = fileURLToPath(new URL('..', import.meta.url));

describe('recipe: Postgres for several instances', () => {
  let database: SharedDatabase | undefined;
  let sandbox: RecipeSandbox | undefined;
  const instances: RecipeProcess[] = [];
  let a = '';
  let b = '';
  let env: Record<string, string> = {};

  beforeAll(async () => {
    buildTypeScriptRecipe(DIR);
    database = await openSharedDatabase();
    await applyMigrations(database.url, migrationFiles(DIR));
    sandbox = await startRecipeSandbox();
    const [portA, portB] = [await freePort(), await freePort()];
    a = `http://127.0.0.1:${portA}`;
    b = `http://127.0.0.1:${portB}`;
    env = {
      ...sandbox.env,
      DATABASE_URL: database.url,
      PUBLIC_URL: b,
      SHOP_ADMIN_TOKEN: ADMIN_TOKEN,
      PG_POOL_MAX: '10',
    };
    for (const port of [portA, portB]) {
      const readyUrl = `http://127.0.0.1:${port}/orders/none`;
      instances.push(
        await startProcess(process.execPath, ['dist/server.js'], {
          cwd: DIR,
          env: { ...env, PORT: String(port) },
          readyUrl,
        }),
      );
    }
  });

  afterAll(async () => {
    for (const instance of instances) await instance.stop();
    await sandbox?.stop();
    await database?.close();
  });

  it('runs on a real Postgres engine', async () => {
    const client = new pg.Client({ connectionString: database!.url });
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    await client.end();
    expect(rows[0]!.version).toMatch(/^PostgreSQL \d+/);
    console.log(`postgres recipe engine: ${database!.engine}`);
  });

  it('is configured with exactly the variables its page exports (PORT aside)', () => {
    const names = Object.keys(env).sort();
    expect(Object.keys(pageExports('recipes/postgres.md')).sort()).toEqual(names);
    expect(Object.keys(pageExports('en/recipes/postgres.md')).sort()).toEqual(names);
  });

  it('takes the order on instance A and the notifications on instance B: one fulfilment; only the admin ships', async () => {
    const [shopA, shopB] = [recipeShop(a), recipeShop(b)];
    const { outTradeNo, payUrl } = await shopA.placeOrder();
    expect(new URL(payUrl).searchParams.get('notify_url')).toBe(`${b}/alipay/notify`);
    await sandbox!.openCashier(payUrl);
    await sandbox!.pay(outTradeNo);
    await sandbox!.delivered(outTradeNo);
    const paid = {
      outTradeNo,
      status: 'paid',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      refundStatus: null,
      fulfilled: 1,
    };
    expect(await shopA.order(outTradeNo)).toEqual(paid);
    expect(await shopB.order(outTradeNo)).toEqual(paid);

    // Without the admin's bearer token (none, a wrong one, the token without "Bearer"): 401, and nothing reaches Alipay.
    for (const headers of [
      {},
      { authorization: 'Bearer not0the0admin0token0not0the0admin0token' },
      { authorization: ADMIN_TOKEN },
    ]) {
      expect((await shopA.send('POST', `/orders/${outTradeNo}/ship`, SHIPMENT, headers)).status).toBe(401);
    }
    expect((await sandbox!.trade(outTradeNo)).tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');

    expect(await shopA.ship(outTradeNo)).toMatchObject({ status: 'shipped' });
    expect((await sandbox!.trade(outTradeNo)).tradeStatus).toBe('WAIT_BUYER_CONFIRM_GOODS');
    await sandbox!.confirm(outTradeNo);
    await sandbox!.delivered(outTradeNo);
    expect(await shopB.order(outTradeNo)).toMatchObject({
      status: 'finished',
      tradeStatus: 'TRADE_FINISHED',
      fulfilled: 1,
    });
    expect(await shopA.order(outTradeNo)).toMatchObject({ status: 'finished', fulfilled: 1 });
  });

  it('charges the product list’s price: an order that sends its own price or subject is refused', async () => {
    const shop = recipeShop(a);
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

  it('fulfils once when the same notification reaches both instances 20 times at once', async () => {
    const { outTradeNo } = await recipeShop(a).placeOrder();
    const notification = await sandbox!.issueNotification({
      outTradeNo,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
    });
    const deliver = async (base: string) => {
      const response = await fetch(`${base}/alipay/notify`, {
        method: 'POST',
        headers: { 'content-type': ALIPAY_NOTIFY_CONTENT_TYPE },
        body: notification.body,
      });
      return response.text();
    };
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => deliver(i % 2 === 0 ? a : b)));
    // A delivery that finds the hook running elsewhere answers `fail`, so Alipay asks again later.
    expect(replies.filter((r) => r !== 'success' && r !== 'fail')).toEqual([]);
    expect(replies).toContain('success');
    console.log(
      `20 concurrent deliveries on ${database!.engine}: ${replies.filter((r) => r === 'success').length} success, ${replies.filter((r) => r === 'fail').length} fail`,
    );
    // Alipay's next attempt, on either instance, is acknowledged and changes nothing.
    expect([await deliver(a), await deliver(b)]).toEqual(['success', 'success']);
    for (const base of [a, b]) {
      expect(await recipeShop(base).order(outTradeNo)).toEqual({
        outTradeNo,
        status: 'paid',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: null,
        fulfilled: 1,
      });
    }
  });
});
