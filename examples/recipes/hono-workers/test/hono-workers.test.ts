// The Hono on Workers recipe run the way its page says: `wrangler d1 migrations apply --local`, then
// `wrangler dev` on 127.0.0.1 with the variables of .dev.vars.example (a temp --persist-to
// folder, so no run shares state). The Worker reaches the sandbox's gateway over fetch, and the
// sandbox delivers its notifications to the Worker's port.
import { readFileSync } from 'node:fs';
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
  startRecipeSandbox,
  startWranglerRecipe,
  type RecipeSandbox,
  type WranglerRecipe,
} from '../../harness.js';

const recipeDir = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

let sandbox: RecipeSandbox;
let worker: WranglerRecipe;
let shop: ReturnType<typeof recipeShop>;

beforeAll(async () => {
  sandbox = await startRecipeSandbox();
  const port = await freePort();
  worker = await startWranglerRecipe({
    cwd: recipeDir,
    database: 'alipay-escrow-shop',
    port,
    vars: { ...sandbox.env, PUBLIC_URL: `http://127.0.0.1:${port}`, SHOP_ADMIN_TOKEN: ADMIN_TOKEN },
  });
  shop = recipeShop(worker.url);
});

afterAll(async () => {
  await worker?.stop();
  await sandbox?.stop();
});

describe('hono-workers recipe: a Hono app + D1 under wrangler dev', () => {
  it('lists in .dev.vars.example exactly the ALIPAY_ variables the sandbox prints, so its block can be pasted there', () => {
    const names = envFileNames(join(recipeDir, '.dev.vars.example'));
    expect(names.filter((n) => n.startsWith('ALIPAY_'))).toEqual(Object.keys(sandbox.env));
    expect(names.filter((n) => !n.startsWith('ALIPAY_'))).toEqual(['PUBLIC_URL', 'SHOP_ADMIN_TOKEN']);
  });

  it('migrates D1 with core’s schema and the shop’s own table', () => {
    expect(worker.migrations).toMatch(
      /0001_alipay_escrow\.sql[\s\S]*0002_fulfilments\.sql[\s\S]*0003_alipay_escrow_log_bounds_notify_ids\.sql[\s\S]*0004_alipay_escrow_sweep_attention\.sql/,
    );
    expect(read('../migrations/0001_alipay_escrow.sql')).toBe(
      read('../../../../packages/core/migrations/sqlite/0001_init.sql'),
    );
    expect(read('../migrations/0003_alipay_escrow_log_bounds_notify_ids.sql')).toBe(
      read('../../../../packages/core/migrations/sqlite/0002_log_bounds_notify_ids.sql'),
    );
    expect(read('../migrations/0004_alipay_escrow_sweep_attention.sql')).toBe(
      read('../../../../packages/core/migrations/sqlite/0003_sweep_attention.sql'),
    );
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
    expect(await (await fetch(forged.request(`${worker.url}/alipay/notify`))).text()).toBe('fail');
    expect(await shop.order(outTradeNo)).toEqual(before);
  });

  it('answers 404 for an order it does not know', async () => {
    expect(await shop.status('GET', '/orders/NO-SUCH-ORDER')).toBe(404);
  });

  it('sweeps D1 on its Cron Trigger: the scheduled handler runs and succeeds', async () => {
    const cron = await fetch(`${worker.url}/__scheduled?cron=${encodeURIComponent('*/15 * * * *')}`);
    // wrangler's test route dispatches the event; a handler that throws makes it answer 500
    expect([cron.status, await cron.text()]).toEqual([200, 'Ran scheduled event']);
  });

  it('leaves no wrangler or workerd process behind once stopped', async () => {
    await worker.stop();
    expect(worker.alive()).toBe(false);
  });
});
