/**
 * `@alipay-escrow/koa` — Alipay escrow notify_url / return_url middleware for Koa 2 and 3. Core
 * decides; this turns Koa's request (raw body bytes included) into a web Request and core's
 * Response back into ctx.
 * @module
 */
import { createEscrow, type Escrow, type EscrowOptions } from '@alipay-escrow/core';
import type { Context, Middleware } from 'koa';
import { toWebRequest } from './to-web-request.js';
import { writeResponse } from './write-response.js';

/** Options of {@link notifyHandler} and {@link returnHandler}. */
export interface KoaHandlerOptions {
  /**
   * The client's address, for the IP allow-list and the log. Default: the socket's peer
   * (`ctx.req.socket.remoteAddress`). Behind a proxy, set `ipAllowList.trustedProxyHeader` in the
   * escrow options rather than trusting `ctx.ip`.
   */
  remoteAddress?: (ctx: Context) => string | undefined;
}

/** Options of {@link alipayEscrow}: the handler options plus the two paths it answers. */
export interface AlipayEscrowMiddlewareOptions extends KoaHandlerOptions {
  /** The notify_url path, compared exactly with `ctx.path`. Default `/alipay/notify`. */
  notifyPath?: string;
  /** The return_url path, compared exactly with `ctx.path`. Default `/alipay/return`. */
  returnPath?: string;
}

/** Options as given, or an Escrow from `createEscrow` (so one instance serves both routes). */
export type EscrowInput = EscrowOptions | Escrow;

function toEscrow(input: EscrowInput): Escrow {
  return typeof (input as Escrow).handleNotify === 'function' ? (input as Escrow) : createEscrow(input as EscrowOptions);
}

function contextOf(ctx: Context, options: KoaHandlerOptions): { remoteAddress?: string } {
  const address = options.remoteAddress ? options.remoteAddress(ctx) : ctx.req.socket.remoteAddress;
  return address === undefined ? {} : { remoteAddress: address };
}

/**
 * The notify_url middleware ({@link Escrow.handleNotify}): answers exactly `success` or `fail`
 * (405 for a method other than POST). It ends the request (never calls `next`). Mount it before
 * any body parser, or after one that keeps `ctx.request.rawBody` (koa-bodyparser,
 * @koa/bodyparser); a body consumed without it makes the middleware throw BODY_ALREADY_PARSED
 * (status 500). Options (rather than an Escrow) are passed to `createEscrow` now, so a bad
 * configuration throws here.
 */
export function notifyHandler(options: EscrowInput, handlerOptions: KoaHandlerOptions = {}): Middleware {
  const escrow = toEscrow(options);
  return async (ctx) => writeResponse(ctx, await escrow.handleNotify(toWebRequest(ctx), contextOf(ctx, handlerOptions)));
}

/**
 * The return_url middleware ({@link Escrow.handleReturn}): the result page, or a 303 to
 * `returnPage.redirectTo` (405 for a method other than GET). It never calls `next`.
 */
export function returnHandler(options: EscrowInput, handlerOptions: KoaHandlerOptions = {}): Middleware {
  const escrow = toEscrow(options);
  return async (ctx) => writeResponse(ctx, await escrow.handleReturn(toWebRequest(ctx), contextOf(ctx, handlerOptions)));
}

/**
 * One middleware serving both: `/alipay/notify` and `/alipay/return` unless told otherwise (every
 * method; core answers 405 itself). Other paths go on to `next`. No router needed.
 */
export function alipayEscrow(options: EscrowInput, middlewareOptions: AlipayEscrowMiddlewareOptions = {}): Middleware {
  const { notifyPath = '/alipay/notify', returnPath = '/alipay/return', ...handlerOptions } = middlewareOptions;
  const escrow = toEscrow(options);
  const notify = notifyHandler(escrow, handlerOptions);
  const ret = returnHandler(escrow, handlerOptions);
  return (ctx, next) => (ctx.path === notifyPath ? notify(ctx, next) : ctx.path === returnPath ? ret(ctx, next) : next());
}
