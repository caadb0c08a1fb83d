/*
 * The fetch handlers of both entry points (index.ts: createEscrow; receiver.ts: createReceiver),
 * generic over what answers the two routes, so the receiver entry imports nothing of the full
 * library.
 */
import {
  alipayPaths,
  requestInfo,
  routeEscrow,
  toEndpoints,
  type AlipayPaths,
  type EscrowEndpoints,
  type RequestInfo,
} from '@alipay-escrow/core/adapter-kit';

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

/** A module worker with the Alipay routes: `export default` it, or spread it into your own. */
export interface AlipayWorker<Env> {
  /** The fetch handler: notify and return paths go to the escrow, every other request to `options.fallback` (default 404). */
  fetch: WorkerFetchHandler<Env>;
}

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

/**
 * Options of `alipayEscrow`: the two paths, compared exactly with the request URL's pathname
 * (`/alipay/notify` and `/alipay/return` unless given, the defaults of every adapter; every method
 * goes to the handler, which answers 405 itself), the client-address rule, and what answers every
 * other request.
 */
export interface AlipayEscrowOptions<Env> extends WorkerClientAddressOptions, AlipayPaths {
  /** Every other request; default: 404. */
  fallback?: (request: Request, env: Env, ctx: WorkerExecutionContext) => Response | Promise<Response>;
}

const NO_ENV = {};

/** One instance per env object (Workers passes the same env to every request of an isolate). */
export function endpointsFor<Env, Options, E extends EscrowEndpoints>(
  input: Options | E | ((env: Env) => Options | E),
  build: (options: Options) => E,
): (env: Env) => E {
  if (typeof input !== 'function') {
    const endpoints = toEndpoints(input as Options | E, build);
    return () => endpoints;
  }
  const make = input as (env: Env) => Options | E;
  const built = new WeakMap<object, E>();
  return (env) => {
    const key = typeof env === 'object' && env !== null ? env : NO_ENV;
    let endpoints = built.get(key);
    if (endpoints === undefined) {
      endpoints = toEndpoints(make(env), build);
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
export function cloudflareClientAddress(
  request: Request,
  options: WorkerClientAddressOptions = {},
): string | undefined {
  const cf: unknown = (request as { cf?: unknown }).cf;
  const trusted = options.trustCfConnectingIp ?? (typeof cf === 'object' && cf !== null);
  return trusted ? (request.headers.get('cf-connecting-ip') ?? undefined) : undefined;
}

const remote = (request: Request, options: WorkerClientAddressOptions): RequestInfo =>
  requestInfo(cloudflareClientAddress(request, options));

/** notify_url as a fetch handler. */
export function notifyRoute<Env>(
  endpoints: (env: Env) => EscrowEndpoints,
  address: WorkerClientAddressOptions,
): WorkerFetchHandler<Env> {
  return async (request, env) => endpoints(env).handleNotify(request, remote(request, address));
}

/** return_url as a fetch handler. */
export function returnRoute<Env>(
  endpoints: (env: Env) => EscrowEndpoints,
  address: WorkerClientAddressOptions,
): WorkerFetchHandler<Env> {
  return async (request, env) => endpoints(env).handleReturn(request, remote(request, address));
}

/** Both routes and the fallback as a module worker; the endpoints are built only for the two routes. */
export function workerRoutes<Env>(
  endpoints: (env: Env) => EscrowEndpoints,
  options: AlipayEscrowOptions<Env>,
): AlipayWorker<Env> {
  const paths = alipayPaths(options);
  const { fallback } = options;
  return {
    async fetch(request, env, ctx) {
      return (
        routeEscrow(request, () => endpoints(env), paths, remote(request, options)) ??
        (fallback ? fallback(request, env, ctx) : new Response('Not Found', { status: 404 }))
      );
    },
  };
}
