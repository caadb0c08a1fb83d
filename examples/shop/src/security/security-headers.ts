/**
 * Headers on every response: a Content-Security-Policy whose only scripts and styles are the
 * page's own, carrying this response's nonce (the layout's <style>, the order page's status
 * poller, the auto-submitting payment form); forms may go to the shop and to the gateway only;
 * no framing (clickjacking the seller's buttons). Plus the same for older browsers, nosniff, and
 * a Referrer-Policy that still tells the gateway which site sent the buyer (Alipay's
 * anti-phishing check reads it) without the path.
 */
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { ShopEnv } from '../hono-env.js';

/** The context key of this response's nonce: `c.get(NONCE)`. */
export const NONCE = 'cspNonce' satisfies keyof ShopEnv['Variables'];

export function securityHeaders({ gatewayOrigin }: { gatewayOrigin: string }): MiddlewareHandler<ShopEnv> {
  return async (c, next) => {
    const nonce = randomBytes(16).toString('base64');
    c.set(NONCE, nonce);
    await next();
    const csp = [
      "default-src 'self'",
      `script-src 'nonce-${nonce}'`,
      `style-src 'nonce-${nonce}'`,
      "img-src 'self'",
      "connect-src 'self'",
      `form-action 'self' ${gatewayOrigin}`,
      "base-uri 'none'",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ].join('; ');
    c.res.headers.set('content-security-policy', csp);
    c.res.headers.set('x-frame-options', 'DENY');
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  };
}
