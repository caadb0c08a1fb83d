import { UsageError } from '../usage-error.js';

/** Alipay's production MAPI gateway. */
export const DEFAULT_GATEWAY_URL = 'https://mapi.alipay.com/gateway.do';

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * `--gateway URL`: the bare gateway URL (no query, fragment or credentials), https — or plain
 * http for a local sandbox on a loopback address, the same rule the library's clients apply.
 */
export function parseGatewayOption(value: string | undefined): string {
  if (value === undefined) return DEFAULT_GATEWAY_URL;
  const shown = JSON.stringify(value);
  let url: URL;
  try {
    if (/[\s\x00-\x1f\x7f]/.test(value)) throw new TypeError('whitespace');
    url = new URL(value);
  } catch {
    throw new UsageError(`--gateway ${shown} is not an absolute URL.`, {
      hint: `Write it like ${DEFAULT_GATEWAY_URL} (or http://127.0.0.1:7001/gateway.do for a local sandbox).`,
    });
  }
  if (url.username !== '' || url.password !== '' || value.includes('?') || value.includes('#')) {
    throw new UsageError(`--gateway ${shown} carries credentials, a query or a fragment.`, {
      hint: 'Give the bare gateway URL; the command adds the query itself.',
    });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new UsageError(`--gateway ${shown} must use https (plain http only for localhost / 127.0.0.1).`);
  }
  return value;
}

/** `<gateway>?<query>`. */
export function withQuery(gateway: string, query: string): string {
  return query === '' ? gateway : `${gateway}?${query}`;
}
