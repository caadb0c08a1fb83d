// The console guide's mounts do what the guide says, each in its framework: closed without the
// operator's password (401 with a Basic challenge), the log shown to the operator, a replay
// through the page's form (CSRF token and all), a cross-site POST refused.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEscrow, createGatewayClient, createMemoryStore, type Escrow } from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { basicOperators } from '../src/authorize.js';
import { denoHandler } from '../src/deno.js';
import { honoApp } from '../src/hono.js';
import { koaApp } from '../src/koa.js';
import { consoleWorker } from '../src/workers.js';

const PARTNER = '2088101122136241';
const KEYS = { signType: 'MD5', key: 'console0guide0key0console0guide0' } as const;
const SECRET = 'console-guide-secret-0123456789abcdef';
const PASSWORD = 'a-long-random-operator-password';
const settings = { secret: SECRET, passwords: { ops: PASSWORD } };
const basic = (name: string, password: string) => `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
const SIGNED_IN = { authorization: basic('ops', PASSWORD) };

function shopEscrow(onPaid: () => void = () => {}): Escrow {
  return createEscrow({
    merchant: {
      partner: PARTNER,
      keys: KEYS,
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId },
      notifyUrl: 'https://shop.example.com/alipay/notify',
      returnUrl: 'https://shop.example.com/alipay/return',
    },
    store: createMemoryStore(),
    gateway: {
      ...createGatewayClient({ partner: PARTNER, keys: KEYS, charset: 'utf-8' }),
      notifyVerify: acceptingNotifyIds(),
    },
    hooks: { onPaid },
    logger: null,
    environment: 'development',
  });
}

/** A paid order whose onPaid threw the first time: the console's replay runs it again. */
async function orderWithFailedHook() {
  let broken = true;
  const paid: string[] = [];
  const escrow = shopEscrow(() => {
    if (broken) throw new Error('warehouse offline');
    paid.push('M-1');
  });
  await escrow.createPayment({
    outTradeNo: 'M-1',
    subject: '茶叶礼盒',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
  });
  const notification = await buildTestNotification({
    keys: KEYS,
    outTradeNo: 'M-1',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '0.01',
  });
  return { escrow, paid, fix: () => (broken = false), notification };
}

type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

/** What every mount must do, through `fetchIt` (a real server or the handler itself). */
async function consoleBehaves(
  fetchIt: Fetch,
  escrow: Escrow,
  paid: string[],
  fix: () => void,
  origin: string,
): Promise<void> {
  for (const headers of [{}, { authorization: basic('ops', 'wrong') }, { authorization: basic('nobody', PASSWORD) }]) {
    const refused = await fetchIt('/admin/alipay/', { headers });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Basic');
  }
  const [entry] = await escrow.listLog({ outTradeNo: 'M-1', limit: 1 });
  const list = await fetchIt('/admin/alipay/', { headers: SIGNED_IN });
  expect(list.status).toBe(200);
  expect(list.headers.get('x-frame-options')).toBe('DENY');
  expect(await list.text()).toContain(`/admin/alipay/log/${entry!.id}`);

  const page = await (await fetchIt(`/admin/alipay/log/${entry!.id}`, { headers: SIGNED_IN })).text();
  const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
  const form = { ...SIGNED_IN, 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams({ logId: entry!.id, csrf }).toString();

  const crossSite = await fetchIt('/admin/alipay/replay', {
    method: 'POST',
    headers: { ...form, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    body,
  });
  expect(crossSite.status).toBe(403);
  expect(paid).toEqual([]);

  fix();
  const replayed = await fetchIt('/admin/alipay/replay', {
    method: 'POST',
    headers: { ...form, origin, 'sec-fetch-site': 'same-origin' },
    body,
  });
  expect(replayed.status).toBe(200);
  expect(await replayed.text()).toContain('id="outcome-verdict"');
  expect(paid).toEqual(['M-1']);
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length > 0) await stops.pop()!();
});

function served(server: Server): string {
  stops.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the console guide', () => {
  it('Hono: notify and console in one app, over HTTP', async () => {
    const shop = await orderWithFailedHook();
    const app = honoApp(shop.escrow, settings);
    const url = await new Promise<string>((resolve) => {
      const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
        resolve(served(server as Server)),
      ) as Server;
    });
    const notified = await fetch(`${url}/alipay/notify`, { method: 'POST', body: shop.notification.body.slice() });
    expect(await notified.text()).toBe('fail'); // the hook threw: Alipay would deliver again
    await consoleBehaves((path, init) => fetch(`${url}${path}`, init), shop.escrow, shop.paid, shop.fix, url);
  });

  it('Koa: the middleware bridges to the console, over HTTP', async () => {
    const shop = await orderWithFailedHook();
    const server = koaApp(shop.escrow, settings).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = served(server);
    const notified = await fetch(`${url}/alipay/notify`, { method: 'POST', body: shop.notification.body.slice() });
    expect(await notified.text()).toBe('fail');
    await consoleBehaves((path, init) => fetch(`${url}${path}`, init), shop.escrow, shop.paid, shop.fix, url);
  });

  it('Workers: the fetch handler with secrets from env', async () => {
    const shop = await orderWithFailedHook();
    await shop.escrow.handleNotify(shop.notification.request(), { remoteAddress: '110.75.130.1' });
    const worker = consoleWorker(() => shop.escrow);
    const env = { CONSOLE_SECRET: SECRET, CONSOLE_PASSWORD: PASSWORD };
    const origin = 'https://shop.example.com';
    await consoleBehaves(
      (path, init) => worker.fetch(new Request(`${origin}${path}`, init), env),
      shop.escrow,
      shop.paid,
      shop.fix,
      origin,
    );
  });

  it('Deno: one Deno.serve handler for notify, return and the console', async () => {
    const shop = await orderWithFailedHook();
    const handler = denoHandler(shop.escrow, settings);
    const origin = 'https://shop.example.com';
    const notified = await handler(shop.notification.request(`${origin}/alipay/notify`), {
      remoteAddr: { transport: 'tcp', hostname: '110.75.130.1' },
    });
    expect(await notified.text()).toBe('fail');
    expect((await handler(new Request(`${origin}/elsewhere`))).status).toBe(404);
    await consoleBehaves(
      (path, init) => handler(new Request(`${origin}${path}`, init)),
      shop.escrow,
      shop.paid,
      shop.fix,
      origin,
    );
  });

  it('basicOperators refuses malformed credentials', () => {
    const authorize = basicOperators({ ops: PASSWORD });
    const ask = (authorization: string) => authorize(new Request('https://x.example/', { headers: { authorization } }));
    expect(ask(basic('ops', PASSWORD))).toBe('ops');
    expect(ask('Basic !!!')).toBeNull();
    expect(ask(`Basic ${btoa('no-colon')}`)).toBeNull();
    expect(ask(basic('constructor', ''))).toBeNull();
    expect(ask(`Bearer ${PASSWORD}`)).toBeNull();
  });
});
