/** The IP allow-list behind your own reverse proxies. */
import type { EscrowOptions, IpAllowListOptions } from '@alipay-escrow/core';

// #region proxy
/**
 * One reverse proxy (nginx, Caddy) in front of the app: it appends the
 * address it saw to X-Forwarded-For, so the rightmost entry is the client.
 * Anything to its left was written by the client and is never read.
 */
export const behindOneProxy: IpAllowListOptions = {
  trustedProxyHeader: 'x-forwarded-for',
};

/**
 * A load balancer in front of nginx: both append, so the client is the
 * second entry from the right. A shorter header is refused.
 */
export const behindTwoProxies: IpAllowListOptions = {
  trustedProxyHeader: 'x-forwarded-for',
  trustedProxyHops: 2,
};
// #endregion proxy

// #region limits
/** Body limits for notify_url; these are the defaults, shown for reference. */
export const bodyLimits: Pick<EscrowOptions, 'maxBodyBytes' | 'bodyReadTimeoutMs'> = {
  maxBodyBytes: 64 * 1024, // a notification is a KiB or two
  bodyReadTimeoutMs: 10_000, // Alipay sends it at once; slow bodies are cut off
};
// #endregion limits
