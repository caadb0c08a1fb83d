/**
 * What a state-changing request must show before a handler runs:
 * - the JSON API (`POST /api/...`): not cross-site (403) and `Content-Type: application/json` (415);
 * - a page's form (`POST` anywhere else but /alipay): not cross-site and the CSRF token (403);
 * - the seller and admin pages: the admin login (GET → the login page, POST → 401).
 * A refused request changes nothing.
 */
import type { MiddlewareHandler } from 'hono';
import type { ShopContext, ShopEnv } from '../hono-env.js';
import type { AdminSessions } from './admin-auth.js';
import { CSRF_FIELD, type CsrfTokens } from './csrf.js';
import { crossSiteReason } from './same-origin.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The JSON API and the escrow adapter are not pages: they have checks of their own. */
export const isPagePath = (path: string): boolean => !path.startsWith('/api/') && !path.startsWith('/alipay/');

const apiError = (code: string, message: string) => ({ error: { code, message } });

export function jsonApiGuard(): MiddlewareHandler<ShopEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const reason = crossSiteReason(c.req.raw);
    if (reason !== undefined) {
      return c.json(
        apiError(
          'CROSS_ORIGIN_REFUSED',
          `Refused: ${reason}. The order API takes requests from this shop's pages and from programs (which send no Origin).`,
        ),
        403,
      );
    }
    const type = c.req.header('content-type');
    if ((type ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json') {
      return c.json(
        apiError(
          'UNSUPPORTED_MEDIA_TYPE',
          `${c.req.method} ${c.req.path} takes JSON, but the Content-Type is ${type === undefined ? 'missing' : JSON.stringify(type)}. Send Content-Type: application/json and a JSON object.`,
        ),
        415,
      );
    }
    return next();
  };
}

/** `refuse` renders the 403 page. */
export function formGuard(
  csrf: CsrfTokens,
  refuse: (c: ShopContext, message: string) => Response,
): MiddlewareHandler<ShopEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method) || !isPagePath(c.req.path)) return next();
    const reason = crossSiteReason(c.req.raw);
    if (reason !== undefined) return refuse(c, `请求被拒绝：${reason}。请在本店的页面上操作。`);
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const form: Record<string, unknown> =
      type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data' ? await c.req.parseBody() : {};
    if (!csrf.matches(c, form[CSRF_FIELD]))
      return refuse(c, '表单已失效（缺少或不匹配的 CSRF 令牌）：请回到上一页，刷新后再提交。');
    return next();
  };
}

/** `unauthorized` renders the 401 page. */
export function adminRequired(
  admin: AdminSessions,
  unauthorized: (c: ShopContext) => Response,
): MiddlewareHandler<ShopEnv> {
  return async (c, next) => {
    if (admin.isAdmin(c)) return next();
    if (c.req.method === 'GET' || c.req.method === 'HEAD')
      return c.redirect(`/admin/login?next=${encodeURIComponent(c.req.path)}`, 303);
    return unauthorized(c);
  };
}
