/**
 * Did a state-changing request come from one of the shop's own pages (or from a program), rather
 * than from another site open in the same browser?
 *
 * 1. `Origin` (browsers send it with every POST): its host must be the host the request was sent
 *    to — so http://127.0.0.1:3000 and http://localhost:3000 both work, each for itself;
 * 2. without Origin, `Sec-Fetch-Site` must be `same-origin` or `none`;
 * 3. without either, a `Referer`, when present, must name the same host.
 * A request with none of the three is not from a browser (curl, a test, a script): it is let
 * through. For the JSON API that is safe because a page can only send `application/json` to
 * another origin after a CORS preflight, which this shop never grants; for forms the CSRF token
 * (csrf.ts) is required as well.
 *
 * Note that the sandbox (127.0.0.1:7001) is another origin but the same *site* as the shop
 * (cookies ignore ports), so SameSite cookies alone would not stop it: this check does.
 */

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Why the request looks cross-site, or undefined when it does not. */
export function crossSiteReason(request: Request): string | undefined {
  const own = new Set<string | undefined>([new URL(request.url).host.toLowerCase()]);
  const host = request.headers.get('host');
  if (host) own.add(host.trim().toLowerCase());
  const origin = request.headers.get('origin');
  if (origin !== null) return own.has(hostOf(origin)) ? undefined : `it came from another origin (Origin: ${origin})`;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null)
    return site === 'same-origin' || site === 'none'
      ? undefined
      : `the browser marked it cross-site (Sec-Fetch-Site: ${site})`;
  const referer = request.headers.get('referer');
  if (referer !== null) return own.has(hostOf(referer)) ? undefined : 'it came from a page of another origin (Referer)';
  return undefined;
}
