// A shop's escrow (memory store, MD5, notify_verify stood in), the console over a real
// @hono/node-server on 127.0.0.1 (port 0), and a browser-like client that reads CSRF tokens
// from the pages it is shown.
import type { Server } from 'node:http';
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type EscrowHooks,
  type EscrowOptions,
} from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { serve } from '@hono/node-server';
import { createConsole, type ConsoleOptions } from '../src/index.js';

export const PARTNER = '2088101122136241';
export const KEY = 'console0test0key0console0test0ke';
export const KEYS = { signType: 'MD5', key: KEY } as const;
export const SECRET = 'console-test-secret-0123456789abcdef';
export const BASE = '/admin/alipay';
export const TOKEN = 'operator-token-of-zhang-san';

export function makeEscrow({
  hooks = {},
  charset = 'utf-8',
  gatewayUrl,
  over = {},
}: {
  hooks?: EscrowHooks;
  charset?: 'utf-8' | 'gbk';
  gatewayUrl?: string;
  over?: Partial<EscrowOptions>;
} = {}) {
  return createEscrow({
    merchant: {
      partner: PARTNER,
      keys: KEYS,
      charset,
      ...(gatewayUrl === undefined ? {} : { gatewayUrl }),
      seller: { id: TEST_DEFAULTS.sellerId },
      notifyUrl: 'https://shop.example.com/alipay/notify',
      returnUrl: 'https://shop.example.com/alipay/return',
    },
    store: createMemoryStore(),
    gateway: {
      ...createGatewayClient({
        partner: PARTNER,
        keys: KEYS,
        charset,
        ...(gatewayUrl === undefined ? {} : { gatewayUrl }),
      }),
      notifyVerify: acceptingNotifyIds(),
    },
    hooks,
    logger: null,
    environment: 'development',
    ...over,
  });
}

export type TestEscrow = ReturnType<typeof makeEscrow>;

/** Bearer-token authorization: the operator is 张三 for the right token. */
export const bearer = (request: Request) =>
  request.headers.get('authorization') === `Bearer ${TOKEN}` ? '张三' : null;

export interface Running {
  url: string;
  stop(): Promise<void>;
}

export function serveConsole(options: Partial<ConsoleOptions> & Pick<ConsoleOptions, 'escrow'>): Promise<Running> {
  const handler = createConsole({ authorize: bearer, secret: SECRET, basePath: BASE, ...options });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: handler, hostname: '127.0.0.1', port: 0 }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}${BASE}`,
        stop: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            (server as Server).closeAllConnections();
          }),
      });
    }) as Server;
    server.once('error', reject);
  });
}

/** GET a console page as the signed-in operator (same-origin navigation). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers: { authorization: `Bearer ${TOKEN}`, 'sec-fetch-site': 'same-origin', ...headers } });
}

/** POST a console form as a same-origin browser would, signed in. */
export function post(
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      origin: new URL(url).origin,
      ...headers,
    },
    body: new URLSearchParams(form).toString(),
  });
}

/** The CSRF token in a page's forms. */
export function csrfOf(page: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(page);
  if (!match) throw new Error(`no CSRF token in the page:\n${page.slice(0, 500)}`);
  return match[1]!;
}

/** Creates an order and delivers its paid notification; resolves to the notify's log entry. */
export async function paidOrder(
  escrow: TestEscrow,
  outTradeNo: string,
  options: { charset?: 'utf-8' | 'gbk'; subject?: string } = {},
) {
  await escrow.createPayment({
    outTradeNo,
    subject: options.subject ?? '茶叶礼盒',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
  });
  const notification = await buildTestNotification({
    keys: KEYS,
    outTradeNo,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '0.01',
    charset: options.charset ?? 'utf-8',
    ...(options.subject === undefined ? {} : { subject: options.subject }),
  });
  const response = await escrow.handleNotify(notification.request('https://shop.example.com/alipay/notify'), {
    remoteAddress: '110.75.130.1',
  });
  const [entry] = await escrow.listLog({ outTradeNo, channels: ['notify'], limit: 1 });
  return { response, entry: entry!, notification };
}
