import { createEscrow, type Escrow, type EscrowOptions } from '@alipay-escrow/core';
import type { DenoServeHandler, DenoServeInfoLike } from './serve-types.js';

/** The routes of {@link alipayEscrow}: paths are compared exactly with the request URL's pathname. */
export interface AlipayEscrowDenoRoutes {
  /** Default '/alipay/notify' (every method goes to the notify handler, which answers 405 to non-POST). */
  notifyPath?: string;
  /** Default '/alipay/return'. */
  returnPath?: string;
  /** Every other request; default: 404. */
  fallback?: (request: Request, info?: DenoServeInfoLike) => Response | Promise<Response>;
}

/** Options as given, or an Escrow from `createEscrow` (so one instance serves both routes). */
export type EscrowInput = EscrowOptions | Escrow;

const toEscrow = (input: EscrowInput): Escrow =>
  typeof (input as Escrow).handleNotify === 'function' ? (input as Escrow) : createEscrow(input as EscrowOptions);

const remote = (info: DenoServeInfoLike | undefined): { remoteAddress?: string } => {
  const hostname = info?.remoteAddr.hostname;
  return hostname === undefined ? {} : { remoteAddress: hostname };
};

/**
 * notify_url ({@link Escrow.handleNotify}): answers exactly `success` or `fail` (405 to anything
 * but POST). The client address is `info.remoteAddr.hostname` when `Deno.serve` passes it.
 */
export function notifyHandler(options: EscrowInput): DenoServeHandler {
  const escrow = toEscrow(options);
  return (request, info) => escrow.handleNotify(request, remote(info));
}

/**
 * return_url ({@link Escrow.handleReturn}): the buyer's browser comes back here; a result page or
 * a 303 to your own (`returnPage.redirectTo`).
 */
export function returnHandler(options: EscrowInput): DenoServeHandler {
  const escrow = toEscrow(options);
  return (request, info) => escrow.handleReturn(request, remote(info));
}

/**
 * Both endpoints as one handler: `Deno.serve(alipayEscrow({ … }))`. Options (rather than an
 * Escrow) are passed to `createEscrow` at once, so a bad configuration throws here.
 */
export function alipayEscrow(options: EscrowInput, routes: AlipayEscrowDenoRoutes = {}): DenoServeHandler {
  const escrow = toEscrow(options);
  const notifyPath = routes.notifyPath ?? '/alipay/notify';
  const returnPath = routes.returnPath ?? '/alipay/return';
  const { fallback } = routes;
  return async (request, info) => {
    const { pathname } = new URL(request.url);
    if (pathname === notifyPath) return escrow.handleNotify(request, remote(info));
    if (pathname === returnPath) return escrow.handleReturn(request, remote(info));
    return fallback ? fallback(request, info) : new Response('Not Found', { status: 404 });
  };
}
