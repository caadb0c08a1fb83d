/**
 * What an adapter knows about a request besides the Request itself: the second argument of
 * `handleNotify` and `handleReturn`. `remoteAddress` is the client's address as the server saw
 * the connection (not a header), for the notification log and `ipAllowList`; leave it out when
 * the runtime cannot tell.
 */
export interface HandlerContext {
  /** The connection's peer address (an IP address). */
  remoteAddress?: string;
}

/**
 * What answers notify_url and return_url: an Escrow from `createEscrow`, or a Receiver from
 * `createReceiver` (`@alipay-escrow/core/receiver`).
 */
export interface EscrowEndpoints {
  /** notify_url: answers exactly `success` or `fail`. */
  handleNotify(request: Request, context?: HandlerContext): Promise<Response>;
  /** return_url: the result page, or a 303 to the merchant's own. */
  handleReturn(request: Request, context?: HandlerContext): Promise<Response>;
}

/**
 * The context for a client address the runtime may not know: `{}` for undefined or an empty
 * string, so core records the address as unknown rather than as `""`.
 */
export function handlerContext(remoteAddress: string | undefined): HandlerContext {
  return remoteAddress === undefined || remoteAddress === '' ? {} : { remoteAddress };
}

/**
 * `input` when it already answers both routes, otherwise `build(input)`: how an adapter accepts
 * either options or a built instance, so one instance (one store, one log) can serve both routes
 * and several adapters. Building happens now, so a bad configuration throws here.
 */
export function toEndpoints<Options, Endpoints extends EscrowEndpoints>(input: Options | Endpoints, build: (options: Options) => Endpoints): Endpoints {
  const candidate = input as Partial<EscrowEndpoints> | null;
  return typeof candidate?.handleNotify === 'function' && typeof candidate.handleReturn === 'function'
    ? (input as Endpoints)
    : build(input as Options);
}
