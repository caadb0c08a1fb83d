import { UsageError } from '../usage-error.js';

/** Alipay's production MAPI gateway. */
export const DEFAULT_GATEWAY_URL = 'https://mapi.alipay.com/gateway.do';

/** `--gateway URL`: an absolute http(s) URL without a fragment. */
export function parseGatewayOption(value: string | undefined): string {
  if (value === undefined) return DEFAULT_GATEWAY_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--gateway ${JSON.stringify(value)} is not an absolute URL.`, {
      hint: `Write it like ${DEFAULT_GATEWAY_URL} (or http://127.0.0.1:7001/gateway.do for the local sandbox).`,
    });
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hash !== '') {
    throw new UsageError(`--gateway ${JSON.stringify(value)} must be an http(s) URL without a #fragment.`);
  }
  return value;
}

/** Appends a query string to the gateway URL, whether or not it already has one. */
export function withQuery(gateway: string, query: string): string {
  if (query === '') return gateway;
  const separator = !gateway.includes('?') ? '?' : gateway.endsWith('?') || gateway.endsWith('&') ? '' : '&';
  return `${gateway}${separator}${query}`;
}
