/** The largest action form the console reads: 8 KiB (a log id or an order number and a token). */
export const MAX_FORM_BYTES = 8 * 1024;

/**
 * Whether a POST comes from the console's own pages: refused when the browser says it is not
 * same-origin (`Sec-Fetch-Site`, which pages cannot set), or when `Origin` is present and is not
 * one of `allowed` (default: the request URL's own origin). `Origin: null` is what Chromium sends
 * for a same-origin form under `Referrer-Policy: no-referrer`, so it passes only together with
 * `Sec-Fetch-Site: same-origin`. A request with neither header (a script, an old browser) still
 * needs a valid CSRF token.
 */
export function isSameOrigin(request: Request, allowed: readonly string[]): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  if (origin === 'null') return site === 'same-origin';
  const own = allowed.length > 0 ? allowed : [new URL(request.url).origin];
  return own.includes(origin);
}

/** Why a form could not be read. */
export type FormProblem = 'unsupported_type' | 'too_large';

/**
 * Reads an `application/x-www-form-urlencoded` body of at most {@link MAX_FORM_BYTES}, stopping as
 * soon as more arrives (the rest is never buffered).
 */
export async function readForm(request: Request): Promise<URLSearchParams | FormProblem> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return 'unsupported_type';
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_FORM_BYTES) return 'too_large';
  if (request.body === null) return new URLSearchParams();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FORM_BYTES) {
      await reader.cancel().catch(() => {});
      return 'too_large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new URLSearchParams(new TextDecoder().decode(bytes));
}
