/**
 * The operations console (@alipay-escrow/console, mounted as the console guide's Hono example) in
 * headless Chromium, against the local sandbox gateway: closed without the password; the log with
 * a forged entry whose <script> shows as text and never runs; an order whose hook threw, found on
 * the attention page and replayed with the button; an order whose notification never came,
 * reconciled with the button. The browser sends its own Origin / Sec-Fetch-Site and the form's
 * CSRF token. Screenshots go to tests/e2e/artifacts/console-*.png.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEscrow, createGatewayClient, createMemoryStore, type Escrow } from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification } from '@alipay-escrow/core/testing';
import { createClock } from '@alipay-escrow/sandbox';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { honoApp } from '../../examples/guides/console/src/hono.js';
import { launchBrowser, screenshot } from './browser.js';
import { cspViolations } from './shop-steps.js';

const PARTNER = '2088101122136241';
const KEY = 'console0e2e0key00console0e2e0key';
const KEYS = { signType: 'MD5', key: KEY } as const;
const PASSWORD = 'e2e-operator-password-0123456789';
const LOGISTICS = [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }] as const;

let sandbox: RunningSandbox;
let server: Server;
let url: string;
let browser: Browser;
let escrow: Escrow;
let hookBroken = true;
const paid: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  // a manual clock: the sandbox delivers nothing by itself, so only reconcile learns of a payment
  sandbox = await startSandbox({ partner: PARTNER, key: KEY, clock: createClock({ mode: 'manual' }) });
  escrow = createEscrow({
    merchant: {
      partner: PARTNER,
      keys: KEYS,
      charset: 'utf-8',
      seller: { id: PARTNER },
      gatewayUrl: sandbox.gatewayUrl,
      notifyUrl: 'http://127.0.0.1/alipay/notify',
      returnUrl: 'http://127.0.0.1/alipay/return',
    },
    store: createMemoryStore(),
    gateway: {
      ...createGatewayClient({ partner: PARTNER, keys: KEYS, charset: 'utf-8', gatewayUrl: sandbox.gatewayUrl }),
      notifyVerify: acceptingNotifyIds(),
    },
    hooks: {
      onPaid: ({ order }) => {
        if (hookBroken && order.outTradeNo === 'E2E-HOOK') throw new Error('warehouse offline');
        paid.push(order.outTradeNo);
      },
    },
    logger: null,
    environment: 'development',
  });
  const app = honoApp(escrow, { secret: 'console-e2e-secret-0123456789abcdef', passwords: { ops: PASSWORD } });
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s as Server)) as Server;
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // an order paid by notification, whose hook threw
  await escrow.createPayment({
    outTradeNo: 'E2E-HOOK',
    subject: '龙井茶礼盒',
    price: '0.01',
    quantity: 1,
    logistics: [...LOGISTICS],
  });
  const notification = await buildTestNotification({
    keys: KEYS,
    outTradeNo: 'E2E-HOOK',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '0.01',
  });
  expect(await (await fetch(`${url}/alipay/notify`, { method: 'POST', body: notification.body.slice() })).text()).toBe(
    'fail',
  );
  // a forgery holding markup
  await fetch(`${url}/alipay/notify`, {
    method: 'POST',
    body: 'out_trade_no=E2E-HOOK&subject=<script>alert("xss")</script><img src=x onerror=alert(1)>&sign=00&sign_type=MD5',
  });
  // an order paid at the sandbox whose notification never came
  const payment = await escrow.createPayment({
    outTradeNo: 'E2E-SILENT',
    subject: '碧螺春',
    price: '0.01',
    quantity: 1,
    logistics: [...LOGISTICS],
  });
  expect((await fetch(payment.url)).ok).toBe(true);
  const paidAtSandbox = await fetch(`${sandbox.url}/sandbox/api/trades/E2E-SILENT/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
  });
  expect(paidAtSandbox.ok).toBe(true);

  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await new Promise<void>((resolve) => {
    server?.close(() => resolve());
    server?.closeAllConnections();
  });
  await sandbox?.stop();
});

async function signedIn(): Promise<{ page: Page; blocked: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    httpCredentials: { username: 'ops', password: PASSWORD },
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, blocked: cspViolations(page) };
}

describe('the operations console in Chromium', () => {
  it('is closed without the password', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'ops', password: 'wrong-password' } });
    const refused = await context.request.get(`${url}/admin/alipay/`);
    expect(refused.status()).toBe(401);
    expect(refused.headers()['www-authenticate']).toContain('Basic');
    expect(await refused.text()).not.toContain('E2E-HOOK');
    const page = await context.newPage();
    const response = await page.goto(`${url}/admin/alipay/`);
    expect(response?.status()).toBe(401);
    expect(await page.content()).not.toContain('E2E-HOOK');
    await screenshot(page, 'console-0-closed');
    await context.close();
  });

  it('shows the log, and a forged entry whose markup stays text', async () => {
    const { page, blocked } = await signedIn();
    await page.goto(`${url}/admin/alipay/`);
    await expect(page.locator('#operator').textContent()).resolves.toBe('ops');
    expect(await page.locator('#log-table tbody tr').count()).toBe(2);
    await screenshot(page, 'console-1-log');

    await page.goto(`${url}/admin/alipay/?verdict=rejected`);
    await page.locator('#log-table a.log-link').first().click();
    await page.locator('#raw-text').waitFor();
    expect(await page.locator('#raw-text').textContent()).toContain('<script>alert("xss")</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#explanation').textContent()).toMatch(/原因：/);
    await screenshot(page, 'console-2-forged-entry');
    expect(dialogs).toEqual([]);
    expect(blocked).toEqual([]);
    await page.context().close();
  });

  it('finds the order whose hook threw on the attention page, and replays it with the button', async () => {
    const { page, blocked } = await signedIn();
    await page.goto(`${url}/admin/alipay/attention`);
    const row = page.locator('#attention tr', { hasText: 'E2E-HOOK' });
    expect(await row.textContent()).toContain('HOOK_FAILED');
    await screenshot(page, 'console-3-attention');

    hookBroken = false; // the merchant fixed the warehouse
    await row.locator('a', { hasText: '日志' }).click();
    await page.locator('#replay-form').waitFor();
    await screenshot(page, 'console-4-entry');
    await page.locator('#replay-form button').click();
    await page.locator('#outcome').waitFor();
    expect(await page.locator('#outcome-verdict').textContent()).toMatch(/已应用|重复/);
    expect(paid).toEqual(['E2E-HOOK']);
    await screenshot(page, 'console-5-replayed');

    await page.goto(`${url}/admin/alipay/attention`);
    expect(await page.locator('#attention tr', { hasText: 'E2E-HOOK' }).count()).toBe(0);
    expect(blocked).toEqual([]);
    await page.context().close();
  });

  it('reconciles the order whose notification never came, with the button on its page', async () => {
    const { page, blocked } = await signedIn();
    await page.goto(`${url}/admin/alipay/orders/E2E-SILENT`);
    expect(await page.locator('#order-phase').textContent()).not.toBe('paid');
    await page.locator('#reconcile-form button').click();
    await page.locator('#outcome').waitFor();
    expect(await page.locator('#outcome-phase').textContent()).toBe('paid');
    await screenshot(page, 'console-6-reconciled');
    await page.locator('#outcome-order').click();
    expect(await page.locator('#order-trade-status').textContent()).toBe('WAIT_SELLER_SEND_GOODS');
    expect(paid).toContain('E2E-SILENT');
    await screenshot(page, 'console-7-order');
    expect(blocked).toEqual([]);
    await page.context().close();
  });
});
