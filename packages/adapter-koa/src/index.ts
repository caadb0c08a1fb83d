/**
 * `@alipay-escrow/koa` — Alipay escrow notify_url / return_url middleware for Koa 2 and 3. Core
 * decides; this turns Koa's request (raw body bytes included) into a web Request and core's
 * Response back into ctx.
 * @module
 */
import type { Escrow } from '@alipay-escrow/core';
import {
  alipayPaths,
  requestInfo,
  matchRoute,
  toEscrow,
  type AlipayPaths,
  type EscrowInput,
  type RequestInfo,
} from '@alipay-escrow/core/adapter-kit';
import type { Context, Middleware } from 'koa';
import { toWebRequest } from './to-web-request.js';
import { writeResponse } from './write-response.js';

export type { EscrowInput } from '@alipay-escrow/core/adapter-kit';

/** Options of {@link notifyHandler} and {@link returnHandler}. */
export interface KoaHandlerOptions {
  /**
   * The client's address, for the IP allow-list and the log. Default: the socket's peer
   * (`ctx.req.socket.remoteAddress`). Behind a proxy, set `ipAllowList.trustedProxyHeader` in the
   * escrow options rather than trusting `ctx.ip`.
   */
  remoteAddress?: (ctx: Context) => string | undefined;
}

/**
 * Options of {@link alipayEscrow}: the handler options plus the two paths it answers, compared
 * exactly with `ctx.path`: `/alipay/notify` and `/alipay/return` unless given (the defaults of
 * every adapter).
 */
export interface AlipayEscrowOptions extends KoaHandlerOptions, AlipayPaths {}

function contextOf(ctx: Context, options: KoaHandlerOptions): RequestInfo {
  return requestInfo(options.remoteAddress ? options.remoteAddress(ctx) : ctx.req.socket.remoteAddress);
}

/**
 * The notify_url middleware ({@link Escrow.handleNotify}): answers exactly `success` or `fail`
 * (405 for a method other than POST). It ends the request (never calls `next`). Mount it before
 * any body parser, or after one that keeps `ctx.request.rawBody` (koa-bodyparser,
 * @koa/bodyparser); a body consumed without it makes the middleware throw BODY_ALREADY_PARSED
 * (status 500). Options (rather than an Escrow) are passed to `createEscrow` now, so a bad
 * configuration throws here.
 */
export function notifyHandler(escrow: EscrowInput, options: KoaHandlerOptions = {}): Middleware {
  const endpoints = toEscrow(escrow);
  return async (ctx) => writeResponse(ctx, await endpoints.handleNotify(toWebRequest(ctx), contextOf(ctx, options)));
}

/**
 * The return_url middleware ({@link Escrow.handleReturn}): the result page, or a 303 to
 * `returnPage.redirectTo` (405 for a method other than GET). It never calls `next`.
 */
export function returnHandler(escrow: EscrowInput, options: KoaHandlerOptions = {}): Middleware {
  const endpoints = toEscrow(escrow);
  return async (ctx) => writeResponse(ctx, await endpoints.handleReturn(toWebRequest(ctx), contextOf(ctx, options)));
}

/**
 * One middleware serving both: `/alipay/notify` and `/alipay/return` unless told otherwise (every
 * method; core answers 405 itself). Other paths go on to `next`. No router needed.
 */
export function alipayEscrow(escrow: EscrowInput, options: AlipayEscrowOptions = {}): Middleware {
  const paths = alipayPaths(options);
  const endpoints = toEscrow(escrow);
  const notify = notifyHandler(endpoints, options);
  const ret = returnHandler(endpoints, options);
  return (ctx, next) => {
    const route = matchRoute(ctx.path, paths);
    return route === 'notify' ? notify(ctx, next) : route === 'return' ? ret(ctx, next) : next();
  };
}
