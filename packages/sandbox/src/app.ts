/**
 * The sandbox as a web-standard app: `fetch(request) → Response`, runnable on any runtime with
 * Web APIs (the Node server wrapper is in node.ts). State lives in memory and is written through
 * to the configured store.
 */
import { AlipayEscrowError, signBytes, verifyBytes } from '@alipay-escrow/core';
import { API_PREFIX, handleTestApi } from './api/test-api.js';
import { json } from './api/json.js';
import type { SandboxClock } from './clock.js';
import { resolveConfig, type ResolvedConfig, type SandboxConfig } from './config.js';
import { asAlipayError, type SandboxContext } from './context.js';
import { DeliveryQueue } from './delivery/queue.js';
import { Engine } from './engine/engine.js';
import { handleGateway } from './gateway/dispatch.js';
import { payAtCashier, showCashier } from './pages/cashier.js';
import { htmlPage } from './pages/html.js';

export interface Sandbox {
  /** Handles one HTTP request: /gateway.do, /cashier/…, /sandbox/api/… */
  fetch(request: Request): Promise<Response>;
  /** The sandbox's clock (`advance` sends due deliveries). */
  readonly clock: SandboxClock;
  readonly partner: string;
  /** Stops the delivery timer and waits for deliveries in flight. The store is left open. */
  close(): Promise<void>;
}

/** Fails at start-up, not at the first request, when an RSA key cannot be used. */
async function checkRsaKeys(config: ResolvedConfig): Promise<void> {
  if (!config.rsa) return;
  const probe = new Uint8Array([0x61]);
  await signBytes(probe, { signType: 'RSA', privateKey: config.rsa.alipayPrivateKey }, 'utf-8');
  await verifyBytes(probe, 'AAAA', { signType: 'RSA', alipayPublicKey: config.rsa.merchantPublicKey }, 'utf-8');
}

const CASHIER = /^\/cashier\/([^/]+)(\/pay)?$/;

function indexPage(ctx: SandboxContext): Response {
  return htmlPage(
    '支付宝 · 本地沙箱',
    `<h1>Alipay escrow sandbox</h1>
<p>Gateway: <code>/gateway.do</code> · partner <code>${ctx.config.partner}</code></p>
<p>Test API: <a href="/sandbox/api/trades">/sandbox/api/trades</a> · <a href="/sandbox/api/config">/sandbox/api/config</a></p>`,
  );
}

async function route(request: Request, ctx: SandboxContext): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === '/gateway.do') return handleGateway(request, ctx);
  if (pathname.startsWith(API_PREFIX)) return handleTestApi(request, ctx);
  const cashier = CASHIER.exec(pathname);
  if (cashier) {
    const tradeNo = decodeURIComponent(cashier[1]!);
    if (cashier[2] === undefined && request.method === 'GET') return showCashier(ctx, tradeNo);
    if (cashier[2] !== undefined && request.method === 'POST') return payAtCashier(ctx, tradeNo, request);
  }
  if (pathname === '/' && request.method === 'GET') return indexPage(ctx);
  return json({ error: { code: 'ILLEGAL_REQUEST', message: `Nothing at ${request.method} ${pathname}.` } }, 404);
}

/** Creates a sandbox: checks the configuration, loads the store, resumes pending deliveries. */
export async function createSandbox(config: SandboxConfig): Promise<Sandbox> {
  const resolved = resolveConfig(config);
  await checkRsaKeys(resolved);
  const queue = new DeliveryQueue({
    clock: resolved.clock,
    fetch: resolved.fetch,
    chaos: resolved.chaos,
    timeScale: resolved.timeScale,
    timeoutMs: resolved.deliveryTimeoutMs,
    save: (n) => resolved.store.putNotification(n),
  });
  const engine = new Engine(resolved, queue);
  engine.restore(await resolved.store.load());
  const detach = resolved.clock.attach(queue);
  const ctx: SandboxContext = { config: resolved, engine };
  let closed = false;
  return {
    clock: resolved.clock,
    partner: resolved.partner,
    async fetch(request: Request): Promise<Response> {
      if (closed) return json({ error: { code: 'SYSTEM_ERROR', message: 'The sandbox is closed.' } }, 503);
      try {
        return await route(request, ctx);
      } catch (e) {
        const error = asAlipayError(e);
        return json({ error: { code: error.code, message: error.message } }, AlipayEscrowError.is(e) ? error.status : 500);
      }
    },
    async close(): Promise<void> {
      closed = true;
      detach();
      await queue.close();
    },
  };
}
