import { AlipayEscrowError } from '../errors/error.js';
import { statusFor } from './field-text.js';
import { isLoopbackHost, isNonPublicHost } from './host-reach.js';

/** The production gateway; the only one CR p4/p8 allow (docs/internals/payment-request.md#gateway). */
export const LIVE_GATEWAY_URL = 'https://mapi.alipay.com/gateway.do';
const LIVE_HOST = 'mapi.alipay.com';
/**
 * What {@link resolveGateway} returns: the checked gateway URL and whether it is Alipay's
 * production gateway.
 */

export interface GatewayTarget {
  /** The canonical gateway URL (no query, no fragment). */
  url: string;
  /** True for the production gateway: callbacks must then be reachable from the internet. */
  live: boolean;
}

function configError(message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field: 'gatewayUrl', status: 500 });
}

/**
 * Checks `gatewayUrl`: https (http only for a loopback host — the local sandbox), no credentials,
 * no query or fragment (the form action adds `?_input_charset=…` itself, docs/internals/payment-request.md#form). On the production
 * host it must be exactly `https://mapi.alipay.com/gateway.do`.
 */
export function resolveGateway(gatewayUrl: string | undefined): GatewayTarget {
  const raw = gatewayUrl === undefined || gatewayUrl === '' ? LIVE_GATEWAY_URL : gatewayUrl;
  const shown = JSON.stringify(raw);
  let url: URL;
  try {
    if (/[\s\x00-\x1f\x7f]/.test(raw)) throw new TypeError('whitespace');
    url = new URL(raw);
  } catch {
    throw configError(`gatewayUrl ${shown} is not an absolute URL.`, `Leave it unset for ${LIVE_GATEWAY_URL}.`);
  }
  if (url.username !== '' || url.password !== '' || raw.includes('?') || raw.includes('#')) {
    throw configError(
      `gatewayUrl ${shown} carries credentials, a query or a fragment.`,
      'Give the bare gateway URL; the request adds `?_input_charset=…` and the parameters itself (Alipay escrow access rules, p. 8).',
    );
  }
  const loopback = isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw configError(
      `gatewayUrl ${shown} must use https.`,
      'Alipay requires HTTPS (Alipay escrow access rules, p. 4); plain http is accepted only for a sandbox on localhost / 127.0.0.1.',
    );
  }
  const live = url.hostname === LIVE_HOST || url.hostname === `${LIVE_HOST}.`;
  if (live && url.href !== LIVE_GATEWAY_URL) {
    throw configError(
      `gatewayUrl ${shown} is on the production host but is not ${LIVE_GATEWAY_URL}.`,
      `Use exactly ${LIVE_GATEWAY_URL} (Alipay escrow access rules, p. 8), or leave gatewayUrl unset.`,
    );
  }
  return { url: url.href, live };
}

export interface CallbackUrlRule {
  /** The request parameter (`notify_url`, `return_url`, `show_url`), used as the error's `field`. */
  param: string;
  /** Where the value came from, for the message (`order.notifyUrl`, `merchant.returnUrl`). */
  source: string;
  /** notify/return: false (no query, no fragment, no `!`). show_url: true. */
  allowQuery: boolean;
  /** Against the production gateway the host must be reachable from the internet. */
  live: boolean;
}

function invalid(rule: CallbackUrlRule, value: string, why: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError(
    'CALLBACK_URL_INVALID',
    `${rule.source} (${rule.param}) ${JSON.stringify(value)} ${why}.`,
    { hint, field: rule.param, status: statusFor(rule.source) },
  );
}

/**
 * Checks a URL Alipay (notify_url) or the buyer's browser (return_url, show_url) will open:
 * absolute http(s), no whitespace, no credentials; notify/return also without query, fragment
 * or `!` (docs/internals/payment-request.md#callback-urls, C p27, CR p6: no custom parameters, no special characters); and, against the
 * production gateway, not on localhost or a private network (CR p5: reachable from the internet).
 * The value is sent exactly as given.
 */
export function assertCallbackUrl(value: string, rule: CallbackUrlRule): void {
  let url: URL | undefined;
  if (!/[\s\x00-\x1f\x7f]/.test(value) && /^https?:\/\//i.test(value)) {
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw invalid(
      rule,
      value,
      'is not an absolute http(s) URL',
      'Write the full URL, e.g. "https://shop.example.com/alipay/notify", without spaces.',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw invalid(
      rule,
      value,
      'contains credentials',
      'Remove "user:password@"; authenticate callbacks by their signature instead.',
    );
  }
  if (!rule.allowQuery) {
    if (value.includes('?') || value.includes('#')) {
      throw invalid(
        rule,
        value,
        'has a query string or fragment',
        'Alipay forbids custom parameters on callback URLs (they also break verification); put the order id in the path if you need it, or rely on out_trade_no in the callback.',
      );
    }
    if (value.includes('!')) {
      throw invalid(
        rule,
        value,
        'contains "!"',
        'Alipay rejects special characters such as "!" in callback URLs (Alipay escrow interface spec, p. 27); choose a plain path.',
      );
    }
  }
  if (rule.live && isNonPublicHost(url.hostname)) {
    throw invalid(
      rule,
      value,
      `points at "${url.hostname}", which Alipay's servers cannot reach`,
      'Use a public domain or IP (Alipay escrow access rules, p. 5). For local development point gatewayUrl at the local sandbox, where loopback callbacks are fine.',
    );
  }
}
