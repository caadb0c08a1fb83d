import { AlipayEscrowError } from '../errors/error.js';
import type { RequestInfo } from '../escrow-app/request-info.js';
import type { EscrowEndpoints } from './endpoints.js';

/** Default path of notify_url in every adapter's `alipayEscrow`. */
export const DEFAULT_NOTIFY_PATH = '/alipay/notify';
/** Default path of return_url in every adapter's `alipayEscrow`. */
export const DEFAULT_RETURN_PATH = '/alipay/return';

/**
 * The two paths an adapter's `alipayEscrow` answers, compared exactly with the request's path
 * (no trailing-slash or case folding). Every adapter's options extend this, with the same defaults.
 */
export interface AlipayPaths {
  /** Where notifications arrive (the path of `notify_url`). Default `/alipay/notify`. */
  notifyPath?: string;
  /** Where the buyer's browser comes back (the path of `return_url`). Default `/alipay/return`. */
  returnPath?: string;
}

/** The two paths with the defaults filled in. */
export type ResolvedAlipayPaths = Required<AlipayPaths>;

/** Which of the two routes a request is for. */
export type AlipayRoute = 'notify' | 'return';

/** `paths` with the defaults for what it leaves out; throws when both routes are given one path. */
export function alipayPaths(paths: AlipayPaths = {}): ResolvedAlipayPaths {
  const { notifyPath = DEFAULT_NOTIFY_PATH, returnPath = DEFAULT_RETURN_PATH } = paths;
  if (notifyPath === returnPath) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `notifyPath and returnPath are both ${JSON.stringify(notifyPath)}, so one route would never be reached.`,
      {
        hint: 'Give notify_url and return_url different paths (the defaults are /alipay/notify and /alipay/return).',
        field: 'returnPath',
        status: 500,
      },
    );
  }
  return { notifyPath, returnPath };
}

/** The route `pathname` names, or null for any other path. */
export function matchRoute(pathname: string, paths: ResolvedAlipayPaths): AlipayRoute | null {
  return pathname === paths.notifyPath ? 'notify' : pathname === paths.returnPath ? 'return' : null;
}

/**
 * The answer of `endpoints` when `request` is for one of the two routes (any method: core answers
 * 405 itself), or null for any other path, which the adapter hands to its fallback.
 * `endpoints` is called only for the two routes, so a lazily built instance is not built (and
 * its configuration not checked) for a request that is not for it.
 */
export function routeEscrow(
  request: Request,
  endpoints: () => EscrowEndpoints,
  paths: ResolvedAlipayPaths,
  info: RequestInfo = {},
): Promise<Response> | null {
  const route = matchRoute(new URL(request.url).pathname, paths);
  if (route === 'notify') return endpoints().handleNotify(request, info);
  if (route === 'return') return endpoints().handleReturn(request, info);
  return null;
}
