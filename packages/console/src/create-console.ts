import type { LogVerdict } from '@alipay-escrow/core/escrow-app';
import { attentionFromLog } from './attention.js';
import { csrfTokens } from './csrf.js';
import { html, type SafeHtml } from './html.js';
import { both, VERDICT_LABELS } from './labels.js';
import { resolveConsoleOptions, type ConsoleOptions, type ResolvedConsoleOptions } from './options.js';
import { attentionBody } from './pages/attention.js';
import { page, type PageFrame } from './pages/layout.js';
import { logEntryBody } from './pages/log-entry.js';
import { logListBody } from './pages/log-list.js';
import { orderBody } from './pages/order.js';
import { failureBody, failureStatus, outcomeBody } from './pages/outcome.js';
import { isSameOrigin, readForm } from './request-checks.js';
import { newNonce, securityHeaders } from './security-headers.js';

/** The console: a web-standard handler, for `fetch` in Workers and Deno, a Hono route, or Koa through a bridge. */
export type ConsoleHandler = (request: Request) => Promise<Response>;

/**
 * The operations console: the notification log (each entry's parameters decoded per charset, its
 * raw bytes as text and hex, its verdict and code explained in Chinese and English), the orders
 * that need attention, and replay and reconcile buttons.
 *
 * Closed by default: every request goes through `authorize` first (401 when it refuses); every
 * action is a POST that must come from the console's own origin and carry a CSRF token bound to
 * the operator (403 otherwise). Pages carry no script, a strict Content-Security-Policy,
 * `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer` and `Cache-Control: no-store`; every
 * value shown is escaped. Routes under `basePath`: `GET /` (the log), `GET /log/:id`,
 * `GET /orders/:outTradeNo`, `GET /attention`, `POST /replay`, `POST /reconcile`.
 *
 * Throws CONFIG_INVALID for missing or bad options (no authorize, a secret under 32 bytes, …).
 */
export function createConsole(options: ConsoleOptions): ConsoleHandler {
  const resolved = resolveConsoleOptions(options);
  const tokens = csrfTokens(resolved.secret, resolved.now);
  return async (request) => {
    try {
      return await route(resolved, tokens, request);
    } catch {
      // the store or a page failed: say so without details (they may hold data of the request)
      return plain(request, 500, '控制台出错，请查看服务器日志。 / The console failed; see the server log.');
    }
  };
}

type Tokens = ReturnType<typeof csrfTokens>;

function plain(request: Request, status: number, text: string, extra: Record<string, string> = {}): Response {
  const headers = securityHeaders(request, null);
  headers.set('content-type', 'text/plain; charset=utf-8');
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(request.method === 'HEAD' ? null : text, { status, headers });
}

function htmlResponse(request: Request, status: number, frame: PageFrame, title: SafeHtml, body: SafeHtml): Response {
  const headers = securityHeaders(request, frame.nonce);
  headers.set('content-type', 'text/html; charset=utf-8');
  return new Response(request.method === 'HEAD' ? null : page(frame, title, body), { status, headers });
}

const VERDICTS = new Set(Object.keys(VERDICT_LABELS));

async function route(options: ResolvedConsoleOptions, tokens: Tokens, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const base = options.basePath;
  if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return plain(request, 404, 'Not found');

  let operator: unknown;
  try {
    operator = await options.authorize(request);
  } catch {
    operator = null;
  }
  if (typeof operator !== 'string' || operator === '') {
    return plain(
      request,
      401,
      '需要登录。 / Sign-in required.',
      options.challenge === null ? {} : { 'www-authenticate': options.challenge },
    );
  }

  const path = url.pathname.slice(base.length) || '/';
  const [, section = '', rest, ...more] = path.split('/');
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  const frame: PageFrame = { base, operator, nonce: newNonce() };
  const allow = (methods: string) => plain(request, 405, 'Method not allowed', { allow: methods });

  if (more.length > 0) return plain(request, 404, 'Not found');
  if (rest === undefined && (section === '' || section === 'attention')) {
    if (!isRead) return allow('GET, HEAD');
    if (section === '') return logPage(options, request, url, frame);
    const items = await (options.needsAttention ?? attentionFromLog)(options.escrow);
    return htmlResponse(
      request,
      200,
      frame,
      both('待处理订单', 'Orders needing attention'),
      attentionBody(base, items, await tokens.issue(operator)),
    );
  }
  if (rest !== undefined && rest !== '' && (section === 'log' || section === 'orders')) {
    if (!isRead) return allow('GET, HEAD');
    let key: string;
    try {
      key = decodeURIComponent(rest);
    } catch {
      return plain(request, 404, 'Not found');
    }
    const csrf = await tokens.issue(operator);
    if (section === 'log') {
      const entry = await options.escrow.getLog(key);
      if (entry === undefined)
        return htmlResponse(request, 404, frame, both('没有这条日志', 'No such log entry'), html`<p>${key}</p>`);
      return htmlResponse(request, 200, frame, both('日志详情', 'Log entry'), logEntryBody(base, entry, csrf));
    }
    const [order, effects, log] = await Promise.all([
      options.escrow.getOrder(key),
      options.escrow.listEffects(key),
      options.escrow.listLog({ outTradeNo: key, limit: options.pageSize }),
    ]);
    return htmlResponse(
      request,
      order === undefined ? 404 : 200,
      frame,
      html`${both('订单', 'Order')} ${key}`,
      orderBody(base, key, order, effects, log, csrf),
    );
  }
  if (rest === undefined && (section === 'replay' || section === 'reconcile')) {
    if (request.method !== 'POST') return allow('POST');
    return action(options, tokens, request, frame, section);
  }
  return plain(request, 404, 'Not found');
}

async function logPage(
  options: ResolvedConsoleOptions,
  request: Request,
  url: URL,
  frame: PageFrame,
): Promise<Response> {
  const verdict = url.searchParams.get('verdict');
  const outTradeNo = url.searchParams.get('order');
  const before = url.searchParams.get('before');
  if ((verdict !== null && !VERDICTS.has(verdict)) || (before !== null && Number.isNaN(Date.parse(before)))) {
    return plain(request, 400, '筛选条件无效。 / Bad filter.');
  }
  const entries = await options.escrow.listLog({
    limit: options.pageSize,
    ...(verdict === null ? {} : { verdicts: [verdict as LogVerdict] }),
    ...(outTradeNo === null || outTradeNo === '' ? {} : { outTradeNo }),
    ...(before === null ? {} : { before }),
  });
  const body = logListBody(frame.base, { verdict, outTradeNo: outTradeNo || null, before }, entries, options.pageSize);
  return htmlResponse(request, 200, frame, both('通知日志', 'Notification log'), body);
}

async function action(
  options: ResolvedConsoleOptions,
  tokens: Tokens,
  request: Request,
  frame: PageFrame,
  kind: 'replay' | 'reconcile',
): Promise<Response> {
  if (!isSameOrigin(request, options.allowedOrigins))
    return plain(request, 403, '拒绝跨站请求。 / Cross-site request refused.');
  const form = await readForm(request);
  if (form === 'unsupported_type')
    return plain(request, 415, '只接受表单。 / Send a form (application/x-www-form-urlencoded).');
  if (form === 'too_large') return plain(request, 413, '表单过大。 / Form too large.');
  if (!(await tokens.check(frame.operator, form.get('csrf') ?? ''))) {
    return plain(
      request,
      403,
      'CSRF 令牌无效或已过期，请刷新页面重试。 / CSRF token missing, wrong or expired: reload the page and try again.',
    );
  }
  const title = kind === 'replay' ? both('重放结果', 'Replay outcome') : both('对账结果', 'Reconcile outcome');
  const target = (kind === 'replay' ? form.get('logId') : form.get('outTradeNo')) ?? '';
  if (target === '')
    return plain(
      request,
      400,
      kind === 'replay' ? '缺少 logId。 / logId missing.' : '缺少 outTradeNo。 / outTradeNo missing.',
    );
  try {
    const outcome =
      kind === 'replay'
        ? await options.escrow.replay(target, { verifyNotifyId: form.get('verifyNotifyId') === '1' })
        : await options.escrow.reconcile(target);
    return htmlResponse(request, 200, frame, title, outcomeBody(frame.base, outcome));
  } catch (error) {
    return htmlResponse(request, failureStatus(error), frame, title, failureBody(error));
  }
}
