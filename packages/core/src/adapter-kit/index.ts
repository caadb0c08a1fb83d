/**
 * `@alipay-escrow/core/adapter-kit` — what every framework adapter shares, for writing one of
 * your own: accepting options or a built Escrow, the client-address context, and the two routes
 * with the default paths every adapter uses (`/alipay/notify`, `/alipay/return`). Web APIs only.
 * The adapter translates its framework's request into a web Request (raw body bytes intact) and
 * the Response back; core decides everything else.
 *
 * @module adapter-kit
 */
export { handlerContext, toEndpoints, type EscrowEndpoints, type HandlerContext } from './endpoints.js';
export { toEscrow, type EscrowInput } from './to-escrow.js';
export {
  alipayPaths,
  DEFAULT_NOTIFY_PATH,
  DEFAULT_RETURN_PATH,
  matchRoute,
  routeEscrow,
  type AlipayPaths,
  type AlipayRoute,
  type ResolvedAlipayPaths,
} from './paths.js';
