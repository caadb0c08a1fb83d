/**
 * The seed's test plan in a real browser: 登录 → 购买下单 → 使用担保交易付款 → 卖家发货 →
 * 买家确认收货 → 订单处理完成, in UTF-8 and in GBK; a refund; and a buyer who never comes back
 * from the sandbox's success page (the asynchronous notification is the safety net).
 * Each test starts its own shop + sandbox (`node examples/shop/dist/start.js`, ports 0) and browser.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.js';
import {
  adminSession,
  getOrder,
  runsByKind,
  startShopProcess,
  waitForStatus,
  type ShopProcess,
} from './shop-process.js';
import {
  buyAndPay,
  cspViolations,
  expectOrderStatus,
  openAsSeller,
  sandboxAction,
  shipAsSeller,
  signIn,
} from './shop-steps.js';

const START = fileURLToPath(new URL('../../examples/shop/dist/start.js', import.meta.url));

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Runs `body` with a fresh shop and browser, and stops both whatever happens. */
async function withShop(
  env: Record<string, string>,
  body: (shop: ShopProcess, browser: Browser) => Promise<void>,
): Promise<void> {
  const shop = await startShopProcess(env);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    await body(shop, browser);
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- shop output ---\n${shop.output()}`, {
      cause: e,
    });
  } finally {
    await browser?.close().catch(() => {});
    const code = await shop.stop();
    expect(code).toBe(0);
  }
}

for (const charset of ['utf-8', 'gbk'] as const) {
  describe(`the whole escrow flow in the browser (${charset})`, () => {
    it('signs in, orders, pays in the sandbox, comes back, is shipped, confirms receipt, and the order finishes', async () => {
      await withShop({ ALIPAY_CHARSET: charset }, async (shop, browser) => {
        const page = await browser.newPage();
        const blocked = cspViolations(page);
        const shot = `flow-${charset}`;
        await signIn(page, shop.shopUrl, '张三');
        const { outTradeNo, tradeNo } = await buyAndPay(page, shop.shopUrl, shot);
        await screenshot(page, `${shot}-3-success`);

        // The success page sends the buyer back (meta refresh after 3 s) through /alipay/return.
        await page.waitForURL(new RegExp(`/orders/${outTradeNo}\\?returned=paid$`), { timeout: 15_000 });
        await expectOrderStatus(page, outTradeNo, '已付款/等待发货');
        expect(await page.textContent('#trade-no')).toBe(tradeNo);
        await screenshot(page, `${shot}-4-returned-paid`);

        await page.goto(`${shop.shopUrl}/orders`);
        await expectOrderStatus(page, outTradeNo, '已付款/等待发货');

        await shipAsSeller(page, shop.shopUrl, shop.adminPassword, outTradeNo, 'SF1234567890');
        await screenshot(page, `${shot}-5-seller-shipped`);
        await page.goto(`${shop.shopUrl}/orders/${outTradeNo}`);
        await expectOrderStatus(page, outTradeNo, '已发货/等待确认收货');

        // The buyer confirms receipt in the sandbox's buyer center, in a second tab; the first
        // (the shop's order page) updates itself when the TRADE_FINISHED notification is applied.
        const buyerCenter = await browser.newPage();
        const link = await page.getAttribute('#buyer-center-link', 'href');
        await sandboxAction(buyerCenter, link!, `confirm-${tradeNo}`);
        await screenshot(buyerCenter, `${shot}-6-buyer-confirmed`);
        await expectOrderStatus(page, outTradeNo, '交易完成');
        await screenshot(page, `${shot}-7-finished`);

        // The shop signs in the configured charset: the gateway URL carries it and the subject's bytes.
        const created = await postJson(`${shop.shopUrl}/api/orders`, { subject: '测试', price: '0.01', quantity: 1 });
        expect(created.status).toBe(201);
        const { payUrl } = (await created.json()) as { payUrl: string };
        expect(payUrl).toContain(`_input_charset=${charset}`);
        expect(payUrl).toContain(charset === 'gbk' ? 'subject=%B2%E2%CA%D4' : 'subject=%E6%B5%8B%E8%AF%95');

        // The log page shows one notification: its parameters decoded in the shop's charset, its
        // raw bytes, and its time in Beijing time (the notify_time the sandbox wrote, also Beijing).
        await openAsSeller(page, shop.shopUrl, shop.adminPassword, '/admin/log');
        const row = page.locator('#log tr', { hasText: outTradeNo }).filter({ hasText: 'TRADE_FINISHED' }).first();
        await Promise.all([
          page.waitForURL(/\/admin\/log\/[^/]+$/, { timeout: 15_000 }),
          row.locator('a[id^="view-"]').click(),
        ]);
        const params = Object.fromEntries(
          await page
            .locator('#entry-params tr')
            .evaluateAll((rows) =>
              rows.slice(1).map((r) => [r.cells[0]!.textContent!.trim(), r.cells[1]!.textContent!.trim()]),
            ),
        );
        expect(params).toMatchObject({
          out_trade_no: outTradeNo,
          trade_status: 'TRADE_FINISHED',
          subject: '手工青瓷茶杯（演示商品）',
        });
        const shownAt = (await page.textContent('#entry-time'))!.trim();
        const notifyTime = params['notify_time'] as string;
        expect(
          Math.abs(Date.parse(`${shownAt}+08:00`) - Date.parse(`${notifyTime.replace(' ', 'T')}+08:00`)),
        ).toBeLessThanOrEqual(5_000);
        const raw = (await page.textContent('#entry-raw'))!;
        expect(raw).toContain(charset === 'gbk' ? 'subject=%CA%D6%B9%A4' : 'subject=%E6%89%8B%E5%B7%A5');
        await screenshot(page, `${shot}-8-log-entry`);

        const order = await getOrder(shop.shopUrl, outTradeNo);
        expect(order).toMatchObject({
          status: 'finished',
          tradeStatus: 'TRADE_FINISHED',
          refundStatus: null,
          tradeNo,
          totalFee: '0.01',
        });
        expect(runsByKind(order)).toMatchObject({ paid: 1, shipped: 1, finished: 1 });
        // The shop's and the sandbox's pages ran under their CSP without anything blocked.
        expect(blocked).toEqual([]);
      });
    });
  });
}

describe('a refund', () => {
  it('the buyer applies for a refund before shipping, the seller agrees: refund success, trade closed', async () => {
    await withShop({}, async (shop, browser) => {
      const page = await browser.newPage();
      await signIn(page, shop.shopUrl, '李四');
      const { outTradeNo, tradeNo } = await buyAndPay(page, shop.shopUrl, 'refund');
      await Promise.all([
        page.waitForURL(new RegExp(`/orders/${outTradeNo}`), { timeout: 15_000 }),
        page.click('#return-link'),
      ]);
      await expectOrderStatus(page, outTradeNo, '已付款/等待发货');

      const sandbox = await browser.newPage();
      await sandboxAction(
        sandbox,
        `${shop.sandboxUrl}/sandbox/buyer?buyer=buyer%40example.com`,
        `apply_refund-${tradeNo}`,
      );
      await expectOrderStatus(page, outTradeNo, '退款中');
      await screenshot(page, 'refund-4-refunding');
      await openAsSeller(page, shop.shopUrl, shop.adminPassword);
      await expect(page.textContent(`#refund-${outTradeNo}`)).resolves.toContain('等待卖家确认');

      await sandboxAction(sandbox, `${shop.sandboxUrl}/sandbox/seller`, `agree_refund-${tradeNo}`);
      await screenshot(sandbox, 'refund-5-seller-agreed');
      await page.goto(`${shop.shopUrl}/orders/${outTradeNo}`);
      await expectOrderStatus(page, outTradeNo, '交易关闭');
      await expect(page.textContent('#refund-status')).resolves.toBe('退款成功');
      await screenshot(page, 'refund-6-closed');

      await page.goto(`${shop.shopUrl}/seller`);
      await expect(page.textContent(`#refund-${outTradeNo}`)).resolves.toBe('退款成功');
      const order = await getOrder(shop.shopUrl, outTradeNo);
      expect(order).toMatchObject({ status: 'closed', tradeStatus: 'TRADE_CLOSED', refundStatus: 'REFUND_SUCCESS' });
      expect(runsByKind(order)).toMatchObject({ paid: 1, closed: 1 });
      expect(runsByKind(order).refund).toBeGreaterThanOrEqual(1);
    });
  });
});

describe('the buyer closes the browser on the success page', () => {
  it('never returns, yet the order is paid and completes through the asynchronous notifications (first deliveries dropped)', async () => {
    // drop=1: every first delivery is lost; the retry (2 min / 600 = 0.2 s) brings it.
    await withShop({ SANDBOX_CHAOS: 'drop=1,seed=7', SANDBOX_TIME_SCALE: '600' }, async (shop, browser) => {
      const page = await browser.newPage();
      await signIn(page, shop.shopUrl, '王五');
      const { outTradeNo } = await buyAndPay(page, shop.shopUrl, 'closed-browser');
      await screenshot(page, 'closed-browser-3-success');
      await browser.close(); // before the 3-second redirect back to the shop

      const paid = await waitForStatus(shop.shopUrl, outTradeNo, 'paid');
      expect(paid.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
      const asAdmin = await adminSession(shop.shopUrl, shop.adminPassword);
      const log = await (await asAdmin('/admin/log')).text();
      expect(log).toContain(outTradeNo);
      expect(log).toMatch(/<td>异步通知<\/td>/);
      expect(log).not.toMatch(/<td>同步跳转<\/td>/); // the buyer never came back
      // The first delivery was lost and the retry paid the order.
      expect(shop.output()).toMatch(new RegExp(`${outTradeNo}  notify WAIT_SELLER_SEND_GOODS #1 → no answer`));
      expect(shop.output()).toMatch(
        new RegExp(`${outTradeNo}  notify WAIT_SELLER_SEND_GOODS #2 → HTTP 200 "success" ✓ acknowledged`),
      );

      // The rest of the trade, through the shop's API and the sandbox's test API.
      const ship = await postJson(`${shop.shopUrl}/api/orders/${outTradeNo}/ship`, {
        logisticsName: '顺丰速运',
        invoiceNo: 'SF0001',
        transportType: 'EXPRESS',
      });
      expect(ship.status).toBe(200);
      const confirm = await postJson(`${shop.sandboxUrl}/sandbox/api/trades/${outTradeNo}/confirm`, {});
      expect(confirm.status).toBe(200);
      const finished = await waitForStatus(shop.shopUrl, outTradeNo, 'finished');
      expect(runsByKind(finished)).toMatchObject({ paid: 1, shipped: 1, finished: 1 });
    });
  });
});

describe('the JSON order API', () => {
  it('creates, reads and ships orders, and answers errors as JSON', async () => {
    const shop = await startShopProcess();
    try {
      const bad = await postJson(`${shop.shopUrl}/api/orders`, { subject: '测试', price: '0.01', quantity: 0 });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('ILLEGAL_ARGUMENT');
      expect((await fetch(`${shop.shopUrl}/api/orders/NO-SUCH-ORDER`)).status).toBe(404);

      const created = await postJson(`${shop.shopUrl}/api/orders`, {
        subject: '测试商品',
        price: '0.01',
        quantity: 2,
        logistics: { type: 'EMS', fee: '10.00', payment: 'BUYER_PAY' },
      });
      expect(created.status).toBe(201);
      const { outTradeNo, payUrl } = (await created.json()) as { outTradeNo: string; payUrl: string };
      expect(payUrl.startsWith(`${shop.sandboxUrl}/gateway.do?`)).toBe(true);
      expect(await getOrder(shop.shopUrl, outTradeNo)).toMatchObject({
        outTradeNo,
        status: 'created',
        tradeStatus: null,
        tradeNo: null,
        effects: [],
      });

      const early = await postJson(`${shop.shopUrl}/api/orders/${outTradeNo}/ship`, {
        logisticsName: '顺丰',
        transportType: 'EMS',
      });
      expect(early.status).toBeGreaterThanOrEqual(400);

      // Following payUrl creates the trade; the sandbox's test API pays it.
      expect((await fetch(payUrl, { redirect: 'manual' })).status).toBe(302);
      expect((await postJson(`${shop.sandboxUrl}/sandbox/api/trades/${outTradeNo}/pay`, {})).status).toBe(200);
      const paid = await waitForStatus(shop.shopUrl, outTradeNo, 'paid');
      expect(paid.totalFee).toBe('10.02');
      const shipped = await postJson(`${shop.shopUrl}/api/orders/${outTradeNo}/ship`, {
        logisticsName: '顺丰',
        transportType: 'EMS',
      });
      expect(shipped.status).toBe(200);
      expect(await shipped.json()).toMatchObject({
        outTradeNo,
        status: 'shipped',
        tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
      });
    } finally {
      expect(await shop.stop()).toBe(0);
    }
  });
});

describe('the test buyer accounts of the sandbox cashier', () => {
  it('pay-hang leaves the order unpaid with no notification; pay-close closes it and the shop hears of it', async () => {
    await withShop({}, async (shop, browser) => {
      const page = await browser.newPage();
      const blocked = cspViolations(page);
      await signIn(page, shop.shopUrl, '赵六');
      await page.goto(`${shop.shopUrl}/checkout/tea-cup`);
      await Promise.all([page.waitForURL(/\/cashier\/[^/]+$/, { timeout: 15_000 }), page.click('#pay-button')]);
      const cashierUrl = page.url();
      const outTradeNo = (await page.textContent('#out-trade-no'))!.trim();
      await page.click('#test-buyers summary');
      await screenshot(page, 'test-buyers-1-cashier');
      await page.click('#pay-as-hang button[type=submit]');
      await expect(page.textContent('h1')).resolves.toBe('付款处理中');
      await screenshot(page, 'test-buyers-2-hang');
      const hanging = await getOrder(shop.shopUrl, outTradeNo);
      expect(['created', 'awaiting_payment']).toContain(hanging.status);
      expect(hanging.tradeStatus === null || hanging.tradeStatus === 'WAIT_BUYER_PAY').toBe(true);

      await page.goto(cashierUrl);
      await page.click('#test-buyers summary');
      await page.click('#pay-as-close button[type=submit]');
      await expect(page.textContent('h1')).resolves.toBe('交易已关闭');
      const closed = await waitForStatus(shop.shopUrl, outTradeNo, 'closed');
      expect(closed.tradeStatus).toBe('TRADE_CLOSED');
      await page.goto(`${shop.shopUrl}/orders/${outTradeNo}`);
      await expectOrderStatus(page, outTradeNo, '交易关闭');
      expect(blocked).toEqual([]);
    });
  });
});

describe('the pages around the flow', () => {
  it('an unknown page answers 404 in the layout; both sites have a favicon; the sandbox links its test API page', async () => {
    await withShop({}, async (shop, browser) => {
      const page = await browser.newPage();
      const missing = await page.goto(`${shop.shopUrl}/no-such-page`);
      expect(missing!.status()).toBe(404);
      await expect(page.textContent('header .brand')).resolves.toBe('担保交易演示商店');
      await expect(page.textContent('#error-message')).resolves.toContain('/no-such-page');
      for (const base of [shop.shopUrl, shop.sandboxUrl]) {
        const icon = await fetch(`${base}/favicon.ico`);
        expect(icon.status).toBe(200);
        expect(icon.headers.get('content-type')).toContain('image/svg+xml');
      }
      await expect(page.getAttribute('link[rel=icon]', 'href')).resolves.toBe('/favicon.svg');

      await page.goto(`${shop.sandboxUrl}/sandbox`);
      await Promise.all([
        page.waitForURL(/\/sandbox\/test-api$/, { timeout: 15_000 }),
        page.click('nav >> text=测试 API'),
      ]);
      await expect(page.textContent('#api-trades pre')).resolves.toBe(
        `curl -s '${shop.sandboxUrl}/sandbox/api/trades'`,
      );
    });
  });

  it('a port already in use: the shop says which variable picks another and exits 1', async () => {
    const first = await startShopProcess();
    try {
      const port = new URL(first.shopUrl).port;
      const second = spawn(process.execPath, [START], {
        env: { ...process.env, SHOP_PORT: port, SANDBOX_PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      second.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
      second.stderr!.setEncoding('utf8').on('data', (c: string) => (out += c));
      const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
      expect(code).toBe(1);
      expect(out).toContain(`port ${port} is already in use`);
      expect(out).toContain(`SHOP_PORT=${Number(port) + 1} npm run demo`);
    } finally {
      expect(await first.stop()).toBe(0);
    }
  });
});
