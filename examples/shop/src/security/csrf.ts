/**
 * CSRF tokens for the shop's forms. Each browser gets a random session id in an HttpOnly,
 * SameSite=Lax cookie (`shop_sid`) on its first page; every form carries
 * HMAC-SHA256(secret of this process, session id) in the hidden field `_csrf`; a form POST whose
 * field does not match its cookie is refused. Another site can make the browser send the cookie
 * but cannot read the shop's pages, so it cannot know the token. Tokens end with the process
 * (a restarted demo asks for a reload).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ShopContext, ShopEnv } from '../hono-env.js';

export const SID_COOKIE = 'shop_sid';
/** The hidden form field every state-changing form carries. */
export const CSRF_FIELD = '_csrf';
/** The context key of the current page's token: `c.get(CSRF_TOKEN)`. */
export const CSRF_TOKEN = 'csrfToken' satisfies keyof ShopEnv['Variables'];

const SID = /^[A-Za-z0-9_-]{32,64}$/;

export interface CsrfTokens {
  /** Gives the browser a session id (a fresh one when `rotate`), and the page its token. */
  issue(c: ShopContext, options?: { rotate?: boolean }): void;
  /** Middleware for pages: every page can render forms. */
  session: MiddlewareHandler<ShopEnv>;
  /** True when `token` is the token of the browser's session cookie (compared in constant time). */
  matches(c: ShopContext, token: unknown): boolean;
}

export function csrfTokens(): CsrfTokens {
  const secret = randomBytes(32);
  const tokenFor = (sid: string): string => createHmac('sha256', secret).update(sid).digest('base64url');

  function issue(c: ShopContext, { rotate = false }: { rotate?: boolean } = {}): void {
    let sid = getCookie(c, SID_COOKIE);
    if (rotate || !sid || !SID.test(sid)) {
      sid = randomBytes(32).toString('base64url');
      setCookie(c, SID_COOKIE, sid, { path: '/', httpOnly: true, sameSite: 'Lax' });
    }
    c.set(CSRF_TOKEN, tokenFor(sid));
  }

  return {
    issue,
    session: async (c, next) => {
      if (!c.req.path.startsWith('/api/') && !c.req.path.startsWith('/alipay/')) issue(c);
      await next();
    },
    matches(c, token) {
      const sid = getCookie(c, SID_COOKIE);
      if (!sid || !SID.test(sid) || typeof token !== 'string') return false;
      const want = Buffer.from(tokenFor(sid));
      const got = Buffer.from(token);
      return got.length === want.length && timingSafeEqual(got, want);
    },
  };
}
