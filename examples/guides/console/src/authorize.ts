// Who may open the console: operators with a password, over HTTP Basic (the browser asks).
import { timingSafeEqualString } from '@alipay-escrow/core/crypto';

// #region authorize
/** What the browser is asked for: a name and a password for this realm. */
export const BASIC_CHALLENGE = 'Basic realm="alipay-escrow console", charset="UTF-8"';

/**
 * An `authorize` for createConsole: the operator's name when the request carries
 * `Authorization: Basic` with a name and its password from `passwords`, else null (401).
 * Passwords are compared in constant time; use long random ones, and HTTPS.
 */
export function basicOperators(passwords: Record<string, string>) {
  return (request: Request): string | null => {
    const encoded = /^Basic ([A-Za-z0-9+/=]+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    if (encoded === undefined) return null;
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(
        Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)),
      );
    } catch {
      return null;
    }
    const colon = decoded.indexOf(':');
    const name = decoded.slice(0, colon);
    const expected = Object.hasOwn(passwords, name) ? passwords[name] : undefined;
    if (colon < 1 || expected === undefined) return null;
    return timingSafeEqualString(decoded.slice(colon + 1), expected) ? name : null;
  };
}
// #endregion authorize
