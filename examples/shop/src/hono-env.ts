/** What the shop's middleware leaves on each request's context for the handlers after it. */
import type { Context } from 'hono';

export interface ShopEnv {
  Variables: {
    /** This response's CSP nonce (security/security-headers.ts). */
    cspNonce: string;
    /** The CSRF token of the browser's session, for the page's forms (security/csrf.ts). */
    csrfToken: string;
  };
}

export type ShopContext = Context<ShopEnv>;
