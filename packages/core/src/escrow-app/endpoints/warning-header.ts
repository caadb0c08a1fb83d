import type { EscrowDeps } from '../deps.js';
import type { EscrowWarning } from '../logger.js';

/**
 * The response header that tells a TEST sender (the sandbox, `alipay-escrow trigger`) what the
 * merchant's logger was warned about while handling its notification — `anomaly AMOUNT_MISMATCH`,
 * `rejection SIGN_MISMATCH` — so an anomaly answered `success` is not silent to the tester. Only
 * when `merchant.gatewayUrl` is not Alipay's production gateway: Alipay never sees it.
 */
export const WARNING_HEADER = 'alipay-escrow-warning';

/**
 * Runs `handle` with dependencies whose logger also records the warnings of this one request, and
 * adds {@link WARNING_HEADER} to the response when there were any. Against the production gateway
 * it is `handle(deps)` and nothing more.
 */
export async function withWarningHeader(
  deps: EscrowDeps,
  handle: (deps: EscrowDeps) => Promise<Response>,
): Promise<Response> {
  if (deps.config.gateway.live) return handle(deps);
  const seen: EscrowWarning[] = [];
  const response = await handle({ ...deps, logger: deps.logger.observed(seen) });
  if (seen.length === 0) return response;
  const headers = new Headers(response.headers);
  headers.set(WARNING_HEADER, seen.map((w) => `${w.kind} ${w.code}`).join(', '));
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
