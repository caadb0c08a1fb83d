/**
 * The sandbox as a web-standard app: `fetch(request) → Response`, runnable on any runtime with
 * Web APIs (the Node server wrapper is in node.ts). State lives in memory and is written through
 * to the configured store.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { signBytes, verifyBytes } from '@alipay-escrow/core/protocol';
import { hostRules, misdirected } from './allowed-hosts.js';
import { json } from './api/json.js';
import type { SandboxClock } from './clock.js';
import { resolveConfig, type ResolvedConfig, type SandboxConfig } from './config.js';
import { asAlipayError, type SandboxContext } from './context.js';
import { DeliveryQueue } from './delivery/queue.js';
import { Engine } from './engine/engine.js';
import { TimeoutWatch } from './engine/timeout-watch.js';
import { emit } from './events.js';
import { route } from './routes.js';

/** A running sandbox, made by {@link createSandbox}: a web-standard app plus its clock. */
export interface Sandbox {
  /** Handles one HTTP request: /gateway.do, /cashier/…, /sandbox (pages), /sandbox/api/… */
  fetch(request: Request): Promise<Response>;
  /** The sandbox's clock (`advance` sends due deliveries). */
  readonly clock: SandboxClock;
  /** The partner id (2088 + 12 digits) the sandbox accepts, as configured. */
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

/**
 * Creates a sandbox: checks the configuration, loads the store, resumes pending deliveries. Throws
 * what {@link SandboxConfig} lists for a bad configuration. The gateway (`/gateway.do`) answers
 * errors the way Alipay does (an HTML error page for create requests, `<error>` in the XML of the
 * other services); any other error is answered as JSON `{ error: { code, message } }` with the
 * error's HTTP status, and every request with 503 once the sandbox is closed. A request addressed
 * to a host not in {@link SandboxConfig.allowedHosts} (default: the loopback names) answers 421
 * before any route, so a page reaching the sandbox through DNS rebinding reads and signs nothing.
 * A `POST` to the test
 * API must send `Content-Type: application/json` (415 otherwise) and, when it carries an `Origin`,
 * the sandbox's own (403); a page's form posted from another origin is refused with 403 too, so
 * another site open in the tester's browser cannot pay or confirm trades.
 *
 * @example
 * ```ts
 * import { createSandbox } from '@alipay-escrow/sandbox';
 *
 * const sandbox = await createSandbox({ partner: '2088101122136241', key: 'sandbox0key0only0for0local0tests' });
 * const response = await sandbox.fetch(new Request('http://localhost/sandbox/api/config'));
 * await sandbox.close();
 * ```
 */
export async function createSandbox(config: SandboxConfig): Promise<Sandbox> {
  const resolved = resolveConfig(config);
  const hosts = hostRules(config.allowedHosts);
  await checkRsaKeys(resolved);
  const queue = new DeliveryQueue({
    clock: resolved.clock,
    fetch: resolved.fetch,
    chaos: resolved.chaos,
    timeScale: resolved.timeScale,
    timeoutMs: resolved.deliveryTimeoutMs,
    save: (n) => resolved.store.putNotification(n),
    onAttempts: (n, attempts) => {
      const outTradeNo = engine.tradeByKey(n.tradeKey)?.outTradeNo ?? n.tradeKey.slice(n.tradeKey.indexOf(':') + 1);
      for (const a of attempts) {
        emit(resolved.onEvent, {
          type: 'delivery',
          at: a.at,
          outTradeNo,
          notifyId: n.notifyId,
          url: n.url,
          tradeStatus: n.tradeStatus,
          refundStatus: n.refundStatus,
          number: a.number,
          httpStatus: a.httpStatus,
          reply: a.reply,
          ...(a.error === undefined ? {} : { error: a.error }),
          ...(a.duplicate ? { duplicate: true as const } : {}),
          delivered: n.delivered,
          nextDueAt: n.nextDueAt,
        });
      }
    },
  });
  const engine: Engine = new Engine(resolved, queue);
  engine.restore(await resolved.store.load());
  const detach = resolved.clock.attach(queue);
  const timeoutWatch = new TimeoutWatch(engine, resolved.clock, resolved.timeouts);
  const detachTimeouts = resolved.clock.attach(timeoutWatch);
  const ctx: SandboxContext = { config: resolved, engine };
  let closed = false;
  return {
    clock: resolved.clock,
    partner: resolved.partner,
    async fetch(request: Request): Promise<Response> {
      if (closed) return json({ error: { code: 'SYSTEM_ERROR', message: 'The sandbox is closed.' } }, 503);
      const refused = misdirected(request, hosts);
      if (refused !== undefined) return refused;
      try {
        return await route(request, ctx);
      } catch (e) {
        const error = asAlipayError(e);
        return json(
          { error: { code: error.code, message: error.message } },
          AlipayEscrowError.is(e) ? error.status : 500,
        );
      }
    },
    async close(): Promise<void> {
      closed = true;
      detach();
      detachTimeouts();
      await timeoutWatch.close();
      await queue.close();
    },
  };
}
