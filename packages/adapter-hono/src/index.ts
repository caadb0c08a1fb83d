/**
 * `@alipay-escrow/hono` — Alipay escrow notify_url / return_url handlers for Hono, wherever Hono runs
 * (Node with @hono/node-server, Cloudflare Workers, Deno, Bun). Core decides; this only hands
 * Hono's web Request to it and returns core's Response.
 * @module
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import {
  alipayPaths,
  requestInfo,
  toEscrow,
  type AlipayPaths,
  type EscrowInput,
  type RequestInfo,
} from '@alipay-escrow/core/adapter-kit';
import { Hono, type Context, type Env, type Handler } from 'hono';

export type { EscrowInput } from '@alipay-escrow/core/adapter-kit';

/** Options of {@link notifyHandler} and {@link returnHandler}: how to learn the client's address from Hono's context. */
// biome-ignore lint/suspicious/noExplicitAny: the same default as Hono's own Env parameter, so a handler fits any app
export interface HonoHandlerOptions<E extends Env = any> {
  /**
   * The client's address, for the IP allow-list and the log. Hono has no portable way to know it:
   * pass `(c) => getConnInfo(c).remote.address` with `getConnInfo` from your runtime's adapter
   * (`@hono/node-server/conninfo`, `hono/cloudflare-workers`, `hono/deno`, `hono/bun`).
   */
  remoteAddress?: (c: Context<E>) => string | undefined;
}

/**
 * Options of {@link alipayEscrow}: the handler options plus the paths of the two routes inside the
 * sub-app, `/alipay/notify` and `/alipay/return` unless given (the defaults of every adapter).
 */
// biome-ignore lint/suspicious/noExplicitAny: the same default as Hono's own Env parameter, so a handler fits any app
export interface AlipayEscrowOptions<E extends Env = any> extends HonoHandlerOptions<E>, AlipayPaths {}

function contextOf<E extends Env>(c: Context<E>, options: HonoHandlerOptions<E>): RequestInfo {
  return requestInfo(options.remoteAddress?.(c));
}

/**
 * The request again, for when a middleware already read the body through `c.req`: Hono kept its
 * bytes (arrayBuffer, blob) or their UTF-8 text, which are the raw body. A body Hono only kept
 * parsed (json, formData) cannot be verified, since signatures cover the exact bytes.
 */
async function fromBodyCache(c: Context): Promise<Request> {
  const raw = c.req.raw;
  const cache = c.req.bodyCache;
  let body: BodyInit;
  if (cache.arrayBuffer !== undefined) body = await cache.arrayBuffer;
  else if (cache.blob !== undefined) body = await (await cache.blob).arrayBuffer();
  else if (cache.text !== undefined) body = new TextEncoder().encode(await cache.text);
  else {
    throw new AlipayEscrowError(
      'BODY_ALREADY_PARSED',
      'A middleware consumed the notification body before the Alipay notify handler ran, and Hono kept no raw copy of it (at most a parsed one).',
      {
        hint: 'Register notifyHandler / alipayEscrow before middleware that parses bodies, or read the body there with c.req.text() or c.req.arrayBuffer().',
        status: 500,
      },
    );
  }
  return new Request(raw.url, { method: raw.method, headers: raw.headers, body });
}

/** The notify_url handler: answers exactly `success` or `fail` (405 for a method other than POST). */
// biome-ignore lint/suspicious/noExplicitAny: the same default as Hono's own Env parameter, so a handler fits any app
export function notifyHandler<E extends Env = any>(
  escrow: EscrowInput,
  options: HonoHandlerOptions<E> = {},
): Handler<E> {
  const endpoints = toEscrow(escrow);
  return (c) => {
    const context = contextOf(c, options);
    if (!c.req.raw.bodyUsed) return endpoints.handleNotify(c.req.raw, context);
    return fromBodyCache(c).then((request) => endpoints.handleNotify(request, context));
  };
}

/** The return_url handler: the result page, or a 303 to `returnPage.redirectTo` (405 for a method other than GET). */
// biome-ignore lint/suspicious/noExplicitAny: the same default as Hono's own Env parameter, so a handler fits any app
export function returnHandler<E extends Env = any>(
  escrow: EscrowInput,
  options: HonoHandlerOptions<E> = {},
): Handler<E> {
  const endpoints = toEscrow(escrow);
  return (c) => endpoints.handleReturn(c.req.raw, contextOf(c, options));
}

/**
 * A Hono sub-app with both handlers, on `/alipay/notify` and `/alipay/return` unless told
 * otherwise. `app.route('/', alipayEscrow(escrow))` serves those two paths; mounted elsewhere
 * (`app.route('/shop', …)`), the paths are under that prefix. Every method reaches the handlers,
 * so core answers 405 itself. Options (rather than an Escrow) are passed to `createEscrow` now,
 * so a bad configuration throws here.
 */
// biome-ignore lint/suspicious/noExplicitAny: the same default as Hono's own Env parameter, so a handler fits any app
export function alipayEscrow<E extends Env = any>(escrow: EscrowInput, options: AlipayEscrowOptions<E> = {}): Hono<E> {
  const { notifyPath, returnPath } = alipayPaths(options);
  const endpoints = toEscrow(escrow);
  const app = new Hono<E>();
  app.all(notifyPath, notifyHandler<E>(endpoints, options));
  app.all(returnPath, returnHandler<E>(endpoints, options));
  return app;
}
