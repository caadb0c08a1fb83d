import type { RequestInfo } from '../escrow-app/request-info.js';

/**
 * What answers notify_url and return_url: an Escrow from `createEscrow`, or a Receiver from
 * `createReceiver` (`@alipay-escrow/core/receiver`).
 */
export interface EscrowEndpoints {
  /** notify_url: answers exactly `success` or `fail`. */
  handleNotify(request: Request, info?: RequestInfo): Promise<Response>;
  /** return_url: the result page, or a 303 to the merchant's own. */
  handleReturn(request: Request, info?: RequestInfo): Promise<Response>;
}

/**
 * The {@link RequestInfo} for a client address the runtime may not know: `{}` for undefined or an
 * empty string, so core records the address as unknown rather than as `""`.
 */
export function requestInfo(remoteAddress: string | undefined): RequestInfo {
  return remoteAddress === undefined || remoteAddress === '' ? {} : { remoteAddress };
}

/**
 * `input` when it already answers both routes, otherwise `build(input)`: how an adapter accepts
 * either options or a built instance, so one instance (one store, one log) can serve both routes
 * and several adapters. Building happens now, so a bad configuration throws here.
 */
export function toEndpoints<Options, Endpoints extends EscrowEndpoints>(
  input: Options | Endpoints,
  build: (options: Options) => Endpoints,
): Endpoints {
  const candidate = input as Partial<EscrowEndpoints> | null;
  return typeof candidate?.handleNotify === 'function' && typeof candidate.handleReturn === 'function'
    ? (input as Endpoints)
    : build(input as Options);
}
