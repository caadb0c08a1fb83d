// The merchant side for the integration tests: core's createEscrow behind a real node:http server
// on 127.0.0.1 whose notify and return routes call handleNotify / handleReturn, talking to the
// sandbox's gateway over HTTP with core's own gateway client. Hooks count their calls.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createEscrow,
  createMemoryStore,
  type EffectEvent,
  type Escrow,
  type EscrowHooks,
  type EscrowOrder,
  type EscrowStore,
  type MerchantConfig,
  type SignatureKeys,
} from '@alipay-escrow/core';
import { formEncodePairs } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import type { RunningSandbox } from '../src/node.js';
import { readForm } from './browser.js';
import { MD5, PARTNER, SELLER_EMAIL } from './helpers.js';

/** Successful and failed hook calls per idempotency key. */
export class HookLog {
  readonly ok = new Map<string, number>();
  readonly failed = new Map<string, number>();
  readonly kinds = new Map<string, string>();

  record(event: EffectEvent, outcome: 'ok' | 'failed'): void {
    const map = outcome === 'ok' ? this.ok : this.failed;
    map.set(event.idempotencyKey, (map.get(event.idempotencyKey) ?? 0) + 1);
    this.kinds.set(event.idempotencyKey, event.kind);
  }

  /** Keys of one order, in the order they first ran successfully. */
  keysOf(outTradeNo: string): string[] {
    return [...this.ok.keys()].filter((k) => k.startsWith(`${outTradeNo}:`));
  }
}

/** Hooks for every milestone that record into `log`; `fail` decides whether a call throws. */
export function countingHooks(log: HookLog, fail: (event: EffectEvent) => boolean = () => false): EscrowHooks {
  const hook = async (event: EffectEvent) => {
    if (fail(event)) {
      log.record(event, 'failed');
      throw new Error(`injected hook failure for ${event.idempotencyKey}`);
    }
    log.record(event, 'ok');
  };
  return { onPaid: hook, onShipped: hook, onFinished: hook, onClosed: hook, onRefund: hook, onTransition: hook };
}

export interface Shop {
  escrow: Escrow;
  store: EscrowStore;
  hooks: HookLog;
  url: string;
  notifyUrl: string;
  returnUrl: string;
  /** Every notify request's answer, in order. */
  notifyReplies: string[];
  stop(): Promise<void>;
}

export interface ShopOptions {
  store?: EscrowStore;
  keys?: SignatureKeys;
  partner?: string;
  charset?: Charset;
  seller?: MerchantConfig['seller'];
  hooks?: EscrowHooks;
}

async function toRequest(req: IncomingMessage, base: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const method = req.method ?? 'GET';
  const init: RequestInit = { method, headers };
  if (method === 'POST') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    init.body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(new URL(req.url ?? '/', base), init);
}

/** Starts the merchant on 127.0.0.1:0 against the running sandbox. */
export async function startShop(sandbox: RunningSandbox, options: ShopOptions = {}): Promise<Shop> {
  const now = () => new Date(sandbox.sandbox.clock.now());
  const store = options.store ?? createMemoryStore({ now });
  const hooks = new HookLog();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const escrow = createEscrow({
    merchant: {
      partner: options.partner ?? PARTNER,
      keys: options.keys ?? MD5,
      charset: options.charset ?? 'utf-8',
      seller: options.seller ?? { email: SELLER_EMAIL },
      notifyUrl: `${url}/alipay/notify`,
      returnUrl: `${url}/alipay/return`,
      gatewayUrl: sandbox.gatewayUrl,
    },
    store,
    hooks: options.hooks ?? countingHooks(hooks),
    now,
  });
  const shop: Shop = {
    escrow,
    store,
    hooks,
    url,
    notifyUrl: `${url}/alipay/notify`,
    returnUrl: `${url}/alipay/return`,
    notifyReplies: [],
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  server.on('request', (req, res) => {
    void (async () => {
      const request = await toRequest(req, url);
      const path = new URL(request.url).pathname;
      const response =
        path === '/alipay/notify'
          ? await escrow.handleNotify(request, { remoteAddress: '127.0.0.1' })
          : path === '/alipay/return'
            ? await escrow.handleReturn(request, { remoteAddress: '127.0.0.1' })
            : new Response('not found', { status: 404 });
      const body = new Uint8Array(await response.arrayBuffer());
      if (path === '/alipay/notify') shop.notifyReplies.push(new TextDecoder().decode(body));
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      res.end(body);
    })().catch((e: unknown) => {
      res.statusCode = 500;
      res.end(String(e));
    });
  });
  return shop;
}

export async function withShop(
  sandbox: RunningSandbox,
  options: ShopOptions,
  fn: (shop: Shop) => Promise<void>,
): Promise<void> {
  const shop = await startShop(sandbox, options);
  try {
    await fn(shop);
  } finally {
    await shop.stop();
  }
}

export function order(outTradeNo: string, extra: Partial<EscrowOrder> = {}): EscrowOrder {
  return {
    outTradeNo,
    subject: '测试商品',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    ...extra,
  };
}

/**
 * Sends the buyer to the gateway the way the merchant's page does: `via: 'url'` follows the
 * signed GET URL; `via: 'form'` submits the auto-submitting form as a browser would (fields
 * encoded in the form's accept-charset). Answers the gateway's response (not followed).
 */
export async function toGateway(shop: Shop, o: EscrowOrder, via: 'url' | 'form' = 'url'): Promise<Response> {
  const payment = await shop.escrow.createPayment(o);
  if (via === 'url') return fetch(payment.url, { redirect: 'manual' });
  const form = readForm(payment.page(), 'alipay-escrow-form')!;
  return fetch(form.action, {
    method: 'POST',
    body: formEncodePairs(form.fields, payment.charset),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
}
