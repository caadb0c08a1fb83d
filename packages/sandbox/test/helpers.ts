// Shared helpers for the sandbox tests: a sandbox on 127.0.0.1:0, a merchant that records the
// notifications it receives, and signed requests built with core (the merchant's library).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SignatureKeys } from '@alipay-escrow/core';
import { formEncodePairs, signBytes, signParams } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import { createClock, type SandboxClock } from '../src/index.js';
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from '../src/node.js';

/** The oracle vectors' partner and key (packages/core/test/fixtures/oracle-public.json). */
export const PARTNER = '2088101122136241';
export const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
export const MD5: SignatureKeys = { signType: 'MD5', key: KEY };
export const SELLER_EMAIL = 'seller@example.com';
export const START = Date.UTC(2013, 7, 22, 6, 45, 18); // 2013-08-22 14:45:18 Beijing

export function manualClock(): SandboxClock {
  return createClock({ mode: 'manual', start: START });
}

/** Runs `fn` against a fresh sandbox (manual clock unless one is given) and always stops it. */
export async function withSandbox(
  options: Partial<StartSandboxOptions>,
  fn: (s: RunningSandbox) => Promise<void>,
): Promise<void> {
  const running = await startSandbox({
    partner: PARTNER,
    key: KEY,
    seller: { email: SELLER_EMAIL },
    clock: manualClock(),
    ...options,
  });
  try {
    await fn(running);
  } finally {
    await running.stop();
  }
}

export interface Received {
  body: string;
  contentType: string | undefined;
  userAgent: string | undefined;
  params: URLSearchParams;
}

export interface Merchant {
  url: string;
  notifyUrl: string;
  returnUrl: string;
  received: Received[];
  /** What the notify page answers (default `success`). */
  reply: (r: Received) => { status?: number; body: string } | Promise<{ status?: number; body: string }>;
  stop(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('latin1');
}

/** A merchant notify endpoint on 127.0.0.1 recording every POST. */
export async function startMerchant(): Promise<Merchant> {
  const merchant: Merchant = {
    url: '',
    notifyUrl: '',
    returnUrl: '',
    received: [],
    reply: () => ({ body: 'success' }),
    stop: async () => {},
  };
  const server = createServer((req, res) => {
    void readBody(req).then(async (body) => {
      const r: Received = {
        body,
        contentType: req.headers['content-type'],
        userAgent: req.headers['user-agent'],
        params: new URLSearchParams(body),
      };
      merchant.received.push(r);
      const answer = await merchant.reply(r);
      res.statusCode = answer.status ?? 200;
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  merchant.url = `http://127.0.0.1:${port}`;
  merchant.notifyUrl = `${merchant.url}/alipay/notify`;
  merchant.returnUrl = `${merchant.url}/alipay/return`;
  merchant.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return merchant;
}

export async function withMerchant(fn: (m: Merchant) => Promise<void>): Promise<void> {
  const merchant = await startMerchant();
  try {
    await fn(merchant);
  } finally {
    await merchant.stop();
  }
}

/** Minimal valid create_partner_trade_by_buyer parameters (unsigned). */
export function createParams(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const params: Record<string, string | undefined> = {
    service: 'create_partner_trade_by_buyer',
    partner: PARTNER,
    _input_charset: 'utf-8',
    payment_type: '1',
    seller_email: SELLER_EMAIL,
    out_trade_no: 'order-1',
    subject: '测试商品',
    price: '10.00',
    quantity: '1',
    logistics_type: 'EXPRESS',
    logistics_fee: '0.00',
    logistics_payment: 'SELLER_PAY',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
}

/** A signed GET URL for exactly `params` (plus sign and sign_type). */
export async function signedUrl(
  gatewayUrl: string,
  params: Record<string, string>,
  keys: SignatureKeys = MD5,
  charset: Charset = 'utf-8',
): Promise<string> {
  const { sign, signType } = await signParams(params, keys, { charset });
  return `${gatewayUrl}?${formEncodePairs([...Object.entries(params), ['sign', sign], ['sign_type', signType]], charset)}`;
}

/** GET without following redirects. */
export function get(url: string): Promise<Response> {
  return fetch(url, { redirect: 'manual' });
}

/** Creates a trade through the gateway; returns the cashier redirect. */
export async function createTrade(
  s: RunningSandbox,
  overrides: Record<string, string | undefined> = {},
): Promise<Response> {
  const res = await get(await signedUrl(s.gatewayUrl, createParams(overrides)));
  if (res.status !== 302) throw new Error(`create failed: ${res.status} ${await errorCode(res)}`);
  return res;
}

/** The code on the gateway's error page, if it is one. */
export async function errorCode(res: Response): Promise<string | undefined> {
  const html = await res.text();
  return /<code id="error-code">([A-Z_]+)<\/code>/.exec(html)?.[1];
}

/** The <error> of an XML reply, if any. */
export function xmlError(xml: string): string | undefined {
  return /<error>([A-Z_]+)<\/error>/.exec(xml)?.[1];
}

export async function api(
  s: RunningSandbox,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: any }> {
  const res = await fetch(`${s.url}/sandbox/api/${path}`, {
    method,
    ...(method === 'POST' ? { headers: { 'content-type': 'application/json' } } : {}),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: await res.json() };
}

/** Undoes escapeHtml (the five entities it writes). */
export function unescapeHtml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
  );
}

/** The href of the element with this id on a page (unescaped). */
export function hrefOf(html: string, id: string): string | undefined {
  const m = new RegExp(`<a id="${id}" href="([^"]*)"`).exec(html);
  return m ? unescapeHtml(m[1]!) : undefined;
}

/**
 * Pays at the cashier like a browser without JavaScript: POST the form → 303 to the success page
 * → the return link on it (undefined when the trade has no return_url).
 */
export async function payAtCashier(
  s: RunningSandbox,
  cashierPath: string,
  form = 'buyer_email=buyer%40example.com&logistics=0',
): Promise<URL | undefined> {
  const res = await fetch(`${s.url}${cashierPath}/pay`, {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  if (res.status !== 303) throw new Error(`pay failed: ${res.status} ${await errorCode(res)}`);
  const success = await (await fetch(new URL(res.headers.get('location')!, s.url))).text();
  if (!success.includes('<h1>付款成功</h1>')) throw new Error('no success page');
  const href = hrefOf(success, 'return-link');
  return href === undefined ? undefined : new URL(href);
}

export { signBytes };
