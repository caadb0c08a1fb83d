/** The buyer's and seller's steps through the pages, shared by the e2e tests. */
import type { Page } from 'playwright-core';
import { screenshot } from './browser.js';

const T = 15_000;

/** Collects what the browser reports as blocked by a page's Content-Security-Policy (nothing, if every inline script and style carries the nonce). */
export function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      seen.push(`${page.url()}: ${message.text()}`);
  });
  return seen;
}

export async function signIn(page: Page, shopUrl: string, name: string): Promise<void> {
  await page.goto(`${shopUrl}/`);
  await page.click('#login-link');
  await page.fill('#name', name);
  await page.click('#login-form button[type=submit]');
  await page.locator('#current-user', { hasText: name }).waitFor({ timeout: T });
}

export interface PaidTrade {
  outTradeNo: string;
  tradeNo: string;
  subject: string;
}

/**
 * Buys the ¥0.01 item: confirmation with a logistics choice → 使用支付宝担保交易付款 (the
 * auto-submitting form) → the sandbox cashier → 确认无误，付款 → the success page (left open).
 */
export async function buyAndPay(page: Page, shopUrl: string, shot: string): Promise<PaidTrade> {
  await page.goto(`${shopUrl}/`);
  await page.click('#buy-tea-cup');
  const subject = (await page.textContent('#checkout-subject', { timeout: T }))!.trim();
  await page.check('#logistics-post-free');
  await screenshot(page, `${shot}-1-checkout`);
  await Promise.all([page.waitForURL(/\/cashier\/[^/]+$/, { timeout: T }), page.click('#pay-button')]);
  await screenshot(page, `${shot}-2-cashier`);
  const cashierSubject = (await page.textContent('#subject'))!.trim();
  if (cashierSubject !== subject)
    throw new Error(`the cashier shows ${JSON.stringify(cashierSubject)}, the shop sold ${JSON.stringify(subject)}`);
  const outTradeNo = (await page.textContent('#out-trade-no'))!.trim();
  const tradeNo = (await page.textContent('#trade-no'))!.trim();
  await Promise.all([page.waitForURL(/\/success$/, { timeout: T }), page.click('#pay-form button[type=submit]')]);
  await page.locator('#paid-amount').waitFor({ timeout: T });
  return { outTradeNo, tradeNo, subject };
}

/** Waits (bounded) until the shop's order page shows `text` as the order status; the page updates itself. */
export async function expectOrderStatus(page: Page, outTradeNo: string, text: string): Promise<void> {
  await page.locator(`#status-${outTradeNo}`, { hasText: text }).waitFor({ timeout: T });
}

/**
 * Opens the seller page; the first time, the shop asks for the admin password (printed at its
 * start) and comes back to the page after it.
 */
export async function openAsSeller(page: Page, shopUrl: string, password: string, path = '/seller'): Promise<void> {
  await page.goto(`${shopUrl}${path}`);
  if (new URL(page.url()).pathname !== '/admin/login') return;
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((url) => url.pathname === path, { timeout: T }),
    page.click('#admin-login-form button[type=submit]'),
  ]);
  await page.locator('#admin-signed-in').waitFor({ timeout: T });
}

export async function shipAsSeller(
  page: Page,
  shopUrl: string,
  password: string,
  outTradeNo: string,
  invoiceNo: string,
): Promise<void> {
  await openAsSeller(page, shopUrl, password);
  const form = page.locator(`#ship-${outTradeNo}`);
  await form.locator('input[name=invoice_no]').fill(invoiceNo);
  await Promise.all([
    page.waitForURL(/\/seller\?shipped=/, { timeout: T }),
    form.locator('button[type=submit]').click(),
  ]);
  await page.locator('#flash', { hasText: outTradeNo }).waitFor({ timeout: T });
}

/** Clicks a sandbox buyer/seller-center action button (its form id is `<action>-<tradeNo>`) and waits for the flash. */
export async function sandboxAction(page: Page, url: string, formId: string): Promise<void> {
  await page.goto(url);
  await Promise.all([
    page.waitForURL(/done=/, { timeout: T }),
    page.locator(`form#${formId} button[type=submit]`).click(),
  ]);
  await page.locator('#flash').waitFor({ timeout: T });
}
