/**
 * `@alipay-escrow/core/adapter-kit` — what every framework adapter shares, for writing one of
 * your own: accepting options or a built Escrow, the {@link RequestInfo} (the client's address), and the two routes
 * with the default paths every adapter uses (`/alipay/notify`, `/alipay/return`). Web APIs only.
 * The adapter translates its framework's request into a web Request (raw body bytes intact) and
 * the Response back; core decides everything else.
 *
 * @module adapter-kit
 */
export { requestInfo, toEndpoints, type EscrowEndpoints } from './endpoints.js';
export type { RequestInfo } from '../escrow-app/request-info.js';
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
