/** The sandbox's favicon: a small blue square with 沙 (sandbox), as SVG, cached for a day. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1677ff"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="sans-serif">沙</text></svg>`;

export function favicon(): Response {
  return new Response(SVG, {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    },
  });
}
