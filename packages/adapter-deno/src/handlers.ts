import type { Escrow } from '@alipay-escrow/core';
import {
  alipayPaths,
  requestInfo,
  routeEscrow,
  toEscrow,
  type AlipayPaths,
  type EscrowInput,
  type RequestInfo,
} from '@alipay-escrow/core/adapter-kit';
import type { DenoServeHandler, DenoServeInfoLike } from './serve-types.js';

/**
 * Options of {@link alipayEscrow}: the two paths, compared exactly with the request URL's pathname
 * (`/alipay/notify` and `/alipay/return` unless given, the defaults of every adapter; every method
 * goes to the handler, which answers 405 itself), and what answers every other request.
 */
export interface AlipayEscrowOptions extends AlipayPaths {
  /** Every other request; default: 404. */
  fallback?: (request: Request, info?: DenoServeInfoLike) => Response | Promise<Response>;
}

const remote = (info: DenoServeInfoLike | undefined): RequestInfo => requestInfo(info?.remoteAddr.hostname);

/**
 * notify_url ({@link Escrow.handleNotify}): answers exactly `success` or `fail` (405 to anything
 * but POST). The client address is `info.remoteAddr.hostname` when `Deno.serve` passes it.
 */
export function notifyHandler(escrow: EscrowInput): DenoServeHandler {
  const endpoints = toEscrow(escrow);
  return (request, info) => endpoints.handleNotify(request, remote(info));
}

/**
 * return_url ({@link Escrow.handleReturn}): the buyer's browser comes back here; a result page or
 * a 303 to your own (`returnPage.redirectTo`).
 */
export function returnHandler(escrow: EscrowInput): DenoServeHandler {
  const endpoints = toEscrow(escrow);
  return (request, info) => endpoints.handleReturn(request, remote(info));
}

/**
 * Both endpoints as one handler: `Deno.serve(alipayEscrow({ … }))`. Options (rather than an
 * Escrow) are passed to `createEscrow` at once, so a bad configuration throws here.
 */
export function alipayEscrow(escrow: EscrowInput, options: AlipayEscrowOptions = {}): DenoServeHandler {
  const endpoints = toEscrow(escrow);
  const paths = alipayPaths(options);
  const { fallback } = options;
  return async (request, info) =>
    routeEscrow(request, () => endpoints, paths, remote(info)) ??
    (fallback ? fallback(request, info) : new Response('Not Found', { status: 404 }));
}
