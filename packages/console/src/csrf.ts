import { timingSafeEqualString } from '@alipay-escrow/core/crypto';

/** How long a form's CSRF token is accepted after the page was shown: 12 hours. */
export const CSRF_TOKEN_LIFETIME_MS = 12 * 60 * 60 * 1000;

const encoder = new TextEncoder();

/**
 * CSRF tokens bound to the operator: `<issued ms>.<HMAC-SHA256(secret, operator, issued)>`.
 * A token shown to one operator is refused for another, after its lifetime, or when altered; the
 * comparison is constant-time. The secret never leaves the HMAC key.
 */
export interface CsrfTokens {
  /** A token for the operator's next form. */
  issue(operator: string): Promise<string>;
  /** Whether the token was issued by this console to this operator within its lifetime. */
  check(operator: string, token: string): Promise<boolean>;
}

/** Tokens signed with `secret` (at least 32 bytes, checked by the options). */
export function csrfTokens(secret: Uint8Array, now: () => number): CsrfTokens {
  const key = crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = async (operator: string, issued: string): Promise<string> => {
    const data = encoder.encode(`alipay-escrow console csrf\u0000${issued}\u0000${operator}`);
    const signature = new Uint8Array(await crypto.subtle.sign('HMAC', await key, data as BufferSource));
    return Array.from(signature, (b) => b.toString(16).padStart(2, '0')).join('');
  };
  return {
    async issue(operator) {
      const issued = String(now());
      return `${issued}.${await mac(operator, issued)}`;
    },
    async check(operator, token) {
      const match = /^(\d{1,15})\.([0-9a-f]{64})$/.exec(token);
      if (!match) return false;
      const [, issued, given] = match as unknown as [string, string, string];
      const age = now() - Number(issued);
      const expected = await mac(operator, issued);
      // compared whatever the age, so a stale token costs the same as a wrong one
      const same = timingSafeEqualString(expected, given);
      return same && age >= -60_000 && age <= CSRF_TOKEN_LIFETIME_MS;
    },
  };
}
