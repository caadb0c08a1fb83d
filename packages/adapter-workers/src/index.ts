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

/** The routes of {@link alipayEscrow}: paths are compared exactly with the request URL's pathname. */
export interface AlipayEscrowWorkerRoutes<Env> {
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

/** Cloudflare puts the client's address in CF-Connecting-IP (the connection itself is Cloudflare's). */
function remote(request: Request): { remoteAddress?: string } {
  const address = request.headers.get('cf-connecting-ip');
  return address === null ? {} : { remoteAddress: address };
}

/**
 * notify_url ({@link Escrow.handleNotify}): answers exactly `success` or `fail` (405 to anything
 * but POST). The client address for the log and the IP allow-list is the `CF-Connecting-IP`
 * header.
 */
export function notifyHandler<Env = unknown>(options: WorkerEscrowInput<Env>): WorkerFetchHandler<Env> {
  const escrow = escrowFor(options);
  return async (request, env) => escrow(env).handleNotify(request, remote(request));
}

/**
 * return_url ({@link Escrow.handleReturn}): the buyer's browser comes back here; a result page or
 * a 303 to your own (`returnPage.redirectTo`).
 */
export function returnHandler<Env = unknown>(options: WorkerEscrowInput<Env>): WorkerFetchHandler<Env> {
  const escrow = escrowFor(options);
  return async (request, env) => escrow(env).handleReturn(request, remote(request));
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
      if (pathname === notifyPath) return escrow(env).handleNotify(request, remote(request));
      if (pathname === returnPath) return escrow(env).handleReturn(request, remote(request));
      return fallback ? fallback(request, env, ctx) : new Response('Not Found', { status: 404 });
    },
  };
}
