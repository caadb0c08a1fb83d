/**
 * The demo's seller/admin login: one password (SHOP_ADMIN_PASSWORD, or random per run and printed
 * at start), compared in constant time; a signed-in browser holds a random token in an HttpOnly,
 * SameSite=Strict cookie (`shop_admin`) that this process remembers for 12 hours. A demo of the
 * idea, not an account system: a real shop uses its own users and sessions.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const ADMIN_COOKIE = 'shop_admin';
const LIFETIME_MS = 12 * 60 * 60 * 1000;
const MAX_SESSIONS = 100;
export const MIN_PASSWORD_LENGTH = 8;

const digest = (text: string): Buffer => createHash('sha256').update(String(text), 'utf8').digest();

/** A password good for one run: 16 characters of base64url (96 random bits). */
export function randomAdminPassword(): string {
  return randomBytes(12).toString('base64url');
}

export interface AdminSessions {
  /** Equal-length digests, so the comparison takes the same time whatever was typed. */
  checkPassword(given: unknown): boolean;
  isAdmin(c: Context): boolean;
  /** Signs this browser in: a new session token in its cookie. */
  start(c: Context): void;
  end(c: Context): void;
}

export function adminSessions({ password }: { password: string }): AdminSessions {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(
      `The shop's admin password must be a string of at least ${MIN_PASSWORD_LENGTH} characters; pass adminPassword (start.ts takes SHOP_ADMIN_PASSWORD or draws one).`,
    );
  }
  const expected = digest(password);
  /** token → expiry (ms) */
  const sessions = new Map<string, number>();

  const valid = (token: string | undefined): boolean => {
    const until = token === undefined ? undefined : sessions.get(token);
    if (token === undefined || until === undefined) return false;
    if (until > Date.now()) return true;
    sessions.delete(token);
    return false;
  };

  return {
    checkPassword: (given) => typeof given === 'string' && timingSafeEqual(digest(given), expected),
    isAdmin: (c) => valid(getCookie(c, ADMIN_COOKIE)),
    start(c) {
      const token = randomBytes(32).toString('base64url');
      const oldest = sessions.keys().next();
      if (sessions.size >= MAX_SESSIONS && !oldest.done) sessions.delete(oldest.value);
      sessions.set(token, Date.now() + LIFETIME_MS);
      setCookie(c, ADMIN_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Strict', maxAge: LIFETIME_MS / 1000 });
    },
    end(c) {
      const token = getCookie(c, ADMIN_COOKIE);
      if (token !== undefined) sessions.delete(token);
      deleteCookie(c, ADMIN_COOKIE, { path: '/' });
    },
  };
}
