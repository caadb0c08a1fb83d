/*
 * The fetch handlers of both entry points (index.ts: createEscrow; receiver.ts: createReceiver),
 * generic over what answers the two routes, so the receiver entry imports nothing of the full
 * library.
 */

/**
 * What the handlers need of the third `fetch` argument. Cloudflare's `ExecutionContext`
 * (@cloudflare/workers-types, or `wrangler types`) satisfies it; typed structurally so the
 * package's types do not depend on which of the two a project uses.
 */
export interface WorkerExecutionContext {
  /** Keeps the isolate alive until `promise` settles, after the response was returned. */
  waitUntil(promise: Promise<unknown>): void;
}

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

/** The routes of `alipayEscrow`: paths are compared exactly with the request URL's pathname. */
export interface AlipayEscrowWorkerRoutes<Env> extends WorkerClientAddressOptions {
  /** Default '/alipay/notify' (every method goes to the notify handler, which answers 405 to non-POST). */
  notifyPath?: string;
  /** Default '/alipay/return'. */
  returnPath?: string;
  /** Every other request; default: 404. */
  fallback?: (request: Request, env: Env, ctx: WorkerExecutionContext) => Response | Promise<Response>;
}

/** What answers the two routes: an Escrow or a Receiver. */
export interface Endpoints {
  /** notify_url. */
  handleNotify(request: Request, context?: { remoteAddress?: string }): Promise<Response>;
  /** return_url. */
  handleReturn(request: Request, context?: { remoteAddress?: string }): Promise<Response>;
}

const NO_ENV = {};

/** One instance per env object (Workers passes the same env to every request of an isolate). */
export function endpointsFor<Env, Options, E extends Endpoints>(
  input: Options | E | ((env: Env) => Options | E),
  build: (options: Options) => E,
): (env: Env) => E {
  const toEndpoints = (value: Options | E): E =>
    typeof (value as E | null)?.handleNotify === 'function' ? (value as E) : build(value as Options);
  if (typeof input !== 'function') {
    const endpoints = toEndpoints(input as Options | E);
    return () => endpoints;
  }
  const make = input as (env: Env) => Options | E;
  const built = new WeakMap<object, E>();
  return (env) => {
    const key = typeof env === 'object' && env !== null ? env : NO_ENV;
    let endpoints = built.get(key);
    if (endpoints === undefined) {
      endpoints = toEndpoints(make(env));
      built.set(key, endpoints);
    }
    return endpoints;
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

/** notify_url as a fetch handler. */
export function notifyRoute<Env>(endpoints: (env: Env) => Endpoints, address: WorkerClientAddressOptions): WorkerFetchHandler<Env> {
  return async (request, env) => endpoints(env).handleNotify(request, remote(request, address));
}

/** return_url as a fetch handler. */
export function returnRoute<Env>(endpoints: (env: Env) => Endpoints, address: WorkerClientAddressOptions): WorkerFetchHandler<Env> {
  return async (request, env) => endpoints(env).handleReturn(request, remote(request, address));
}

/** Both routes and the fallback as a module worker. */
export function workerRoutes<Env>(endpoints: (env: Env) => Endpoints, routes: AlipayEscrowWorkerRoutes<Env>): { fetch: WorkerFetchHandler<Env> } {
  const notifyPath = routes.notifyPath ?? '/alipay/notify';
  const returnPath = routes.returnPath ?? '/alipay/return';
  const { fallback } = routes;
  return {
    async fetch(request, env, ctx) {
      const { pathname } = new URL(request.url);
      if (pathname === notifyPath) return endpoints(env).handleNotify(request, remote(request, routes));
      if (pathname === returnPath) return endpoints(env).handleReturn(request, remote(request, routes));
      return fallback ? fallback(request, env, ctx) : new Response('Not Found', { status: 404 });
    },
  };
}
