/**
 * `@alipay-escrow/workers` — the Alipay escrow notify/return endpoints as a Cloudflare module-worker
 * `fetch` handler. Options may be a function of `env` (secrets such as ALIPAY_KEY, the D1 binding
 * for `createSqlStore(d1Database(env.DB))`); the Escrow is built once per isolate and env object.
 * @module
 */
import { createEscrow, type Escrow, type EscrowOptions } from '@alipay-escrow/core';

/**
 * What the handlers need of the third `fetch` argument. Cloudflare's `ExecutionContext`
 * (@cloudflare/workers-types, or `wrangler types`) satisfies it; typed structurally so the
 * package's types do not depend on which of the two a project uses.
 */
export interface WorkerExecutionContext {
  /** Keeps the isolate alive until `promise` settles, after the response was returned. */
  waitUntil(promise: Promise<unknown>): void;
}

/** Options as given, or an Escrow from `createEscrow` (so one instance serves both routes). */
export type EscrowInput = EscrowOptions | Escrow;

/** EscrowInput, or a function that builds it from the Worker's env (called once per env object). */
export type WorkerEscrowInput<Env> = EscrowInput | ((env: Env) => EscrowInput);

/** A module-worker fetch handler: `export default { fetch }` accepts it. */
export type WorkerFetchHandler<Env> = (request: Request, env: Env, ctx: WorkerExecutionContext) => Promise<Response>;

/**
 * Where the handlers take the client address from (it goes to the notification log and to
 * `ipAllowList`). Cloudflare's edge writes the visitor's address into `CF-Connecting-IP`,
 * replacing anything the client sent; every other way of running a Worker (a self-hosted
 * `workerd serve`, another host, a proxy that is not Cloudflare's) passes on whatever the client
 * wrote there.
 */
export interface WorkerClientAddressOptions {
  /**
   * Whether the `CF-Connecting-IP` header is the client address. Default: only for a request that
   * carries `request.cf`, the object Cloudflare's edge attaches to every request and a plain
   * `workerd serve` does not; without it the address is unknown (null in the log, refused by
   * `ipAllowList`). `wrangler dev` simulates `request.cf` locally and keeps a client's own
   * `CF-Connecting-IP`, so there the address is whatever the client claims: set `false` when a
   * local `wrangler dev` is reachable by others. `true`: always, for a Worker behind a proxy of
   * your own that overwrites the header on every request. `false`: never.
   */
  trustCfConnectingIp?: boolean;
}

/** The routes of {@link alipayEscrow}: paths are compared exactly with the request URL's pathname. */
export interface AlipayEscrowWorkerRoutes<Env> extends WorkerClientAddressOptions {
  /** Default '/alipay/notify' (every method goes to the notify handler, which answers 405 to non-POST). */
  notifyPath?: string;
  /** Default '/alipay/return'. */
  returnPath?: string;
  /** Every other request; default: 404. */
  fallback?: (request: Request, env: Env, ctx: WorkerExecutionContext) => Response | Promise<Response>;
}

const NO_ENV = {};

const toEscrow = (input: EscrowInput): Escrow =>
  typeof (input as Escrow).handleNotify === 'function' ? (input as Escrow) : createEscrow(input as EscrowOptions);

/** One Escrow per env object (Workers passes the same env to every request of an isolate). */
function escrowFor<Env>(options: WorkerEscrowInput<Env>): (env: Env) => Escrow {
  if (typeof options !== 'function') {
    const escrow = toEscrow(options);
    return () => escrow;
  }
  const built = new WeakMap<object, Escrow>();
  return (env) => {
    const key = typeof env === 'object' && env !== null ? env : NO_ENV;
    let escrow = built.get(key);
    if (escrow === undefined) {
      escrow = toEscrow(options(env));
      built.set(key, escrow);
    }
    return escrow;
  };
}

/**
 * The client address of `request` as the handlers read it: the `CF-Connecting-IP` header when it
 * is trusted (see {@link WorkerClientAddressOptions.trustCfConnectingIp}), otherwise undefined
 * (unknown). For a router of your own on Workers (Hono's `remoteAddress` option, say).
 */
export function cloudflareClientAddress(request: Request, options: WorkerClientAddressOptions = {}): string | undefined {
  const cf: unknown = (request as { cf?: unknown }).cf;
  const trusted = options.trustCfConnectingIp ?? (typeof cf === 'object' && cf !== null);
  return trusted ? (request.headers.get('cf-connecting-ip') ?? undefined) : undefined;
}

function remote(request: Request, options: WorkerClientAddressOptions): { remoteAddress?: string } {
  const address = cloudflareClientAddress(request, options);
  return address === undefined ? {} : { remoteAddress: address };
}

/**
 * notify_url ({@link Escrow.handleNotify}): answers exactly `success` or `fail` (405 to anything
 * but POST). The client address for the log and the IP allow-list is the `CF-Connecting-IP`
 * header of a request that came through Cloudflare (see {@link WorkerClientAddressOptions}).
 */
export function notifyHandler<Env = unknown>(options: WorkerEscrowInput<Env>, address: WorkerClientAddressOptions = {}): WorkerFetchHandler<Env> {
  const escrow = escrowFor(options);
  return async (request, env) => escrow(env).handleNotify(request, remote(request, address));
}

/**
 * return_url ({@link Escrow.handleReturn}): the buyer's browser comes back here; a result page or
 * a 303 to your own (`returnPage.redirectTo`). The client address as for {@link notifyHandler}.
 */
export function returnHandler<Env = unknown>(options: WorkerEscrowInput<Env>, address: WorkerClientAddressOptions = {}): WorkerFetchHandler<Env> {
  const escrow = escrowFor(options);
  return async (request, env) => escrow(env).handleReturn(request, remote(request, address));
}

/**
 * Both endpoints as a module worker: `export default alipayEscrow((env) => ({ … }))`. Given a
 * function of `env`, the Escrow is built on the first request of each env object, so a bad
 * configuration (CONFIG_INVALID, KEY_INVALID, ...) rejects that request rather than the deploy;
 * given options or an Escrow, it is built (and checked) at once.
 * @property __type.fetch - The fetch handler: notify and return paths go to the escrow, every other request to `routes.fallback` (default 404).
 */
export function alipayEscrow<Env = unknown>(
  options: WorkerEscrowInput<Env>,
  routes: AlipayEscrowWorkerRoutes<Env> = {},
): { fetch: WorkerFetchHandler<Env> } {
  const escrow = escrowFor(options);
  const notifyPath = routes.notifyPath ?? '/alipay/notify';
  const returnPath = routes.returnPath ?? '/alipay/return';
  const { fallback } = routes;
  return {
    async fetch(request, env, ctx) {
      const { pathname } = new URL(request.url);
      if (pathname === notifyPath) return escrow(env).handleNotify(request, remote(request, routes));
      if (pathname === returnPath) return escrow(env).handleReturn(request, remote(request, routes));
      return fallback ? fallback(request, env, ctx) : new Response('Not Found', { status: 404 });
    },
  };
}
