/**
 * Is a state-changing request (a page's form, a test API call) from the sandbox's own pages or
 * from a program, rather than from another site open in the tester's browser?
 *
 * The sandbox has no sessions, so there is nothing to bind a CSRF token to; it relies on what
 * every current browser adds to a cross-site request instead:
 * 1. `Origin` (sent with every POST): its host must be the one the request was sent to;
 * 2. without Origin, `Sec-Fetch-Site` must be `same-origin` or `none` (typed by the user);
 * 3. without either, `Referer`, when present, must point at the same host.
 * A request with none of the three did not come from a browser (curl, a test's fetch, the CLI):
 * it is let through, since a program that can reach 127.0.0.1 needs no cross-site trick.
 * Pages on 127.0.0.1 under other ports (the demo shop) are other origins: refused.
 */

/** The hosts the request may claim as its own: the Host header and the URL it arrived at. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>([new URL(request.url).host.toLowerCase()]);
  const host = request.headers.get('host');
  if (host) hosts.add(host.trim().toLowerCase());
  return hosts;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Why the request looks cross-site (a sentence naming the header), or undefined when it is
 * same-origin or not from a browser.
 */
export function crossSiteReason(request: Request): string | undefined {
  const hosts = ownHosts(request);
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const host = hostOf(origin);
    return host !== undefined && hosts.has(host)
      ? undefined
      : `The request came from another origin (Origin: ${origin}).`;
  }
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) {
    return site === 'same-origin' || site === 'none'
      ? undefined
      : `The browser marked the request as cross-site (Sec-Fetch-Site: ${site}).`;
  }
  const referer = request.headers.get('referer');
  if (referer !== null) {
    const host = hostOf(referer);
    return host !== undefined && hosts.has(host)
      ? undefined
      : 'The request came from a page of another origin (Referer).';
  }
  return undefined;
}
