/**
 * The headers every console response carries: no caching, no framing, no referrer, no sniffing,
 * and a Content-Security-Policy that allows no script at all and only the page's own style
 * element (by its nonce).
 */
export function securityHeaders(request: Request, nonce: string | null): Headers {
  const headers = new Headers({
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'content-security-policy': [
      "default-src 'none'",
      nonce === null ? null : `style-src 'nonce-${nonce}'`,
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ]
      .filter((d) => d !== null)
      .join('; '),
  });
  if (new URL(request.url).protocol === 'https:') headers.set('strict-transport-security', 'max-age=31536000');
  return headers;
}

/** A fresh random nonce for one page's style element (128 bits, base64url). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
