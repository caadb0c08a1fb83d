import { escapeHtml } from '@alipay-escrow/core/protocol';

/** A little CSS: readable tables and forms, no script anywhere. */
const STYLE = `
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#f6f7f9;line-height:1.5}
header{background:#1677ff;color:#fff;padding:.6em 1.2em;display:flex;flex-wrap:wrap;gap:1.2em;align-items:baseline}
header a{color:#fff}header small{opacity:.8}
main{max-width:72em;margin:1em auto;padding:0 1em}
section,.card{background:#fff;border:1px solid #e3e6ea;border-radius:6px;padding:.8em 1.2em;margin:0 0 1em}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border-bottom:1px solid #eceef1;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#fafbfc;font-weight:600}
pre{background:#f0f2f5;padding:.6em .8em;border-radius:4px;white-space:pre-wrap;word-break:break-all}
code{background:#f0f2f5;padding:0 .25em;border-radius:3px;word-break:break-all}
dl.trade{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.trade dt{color:#666}dl.trade dd{margin:0}
form.inline{display:inline-block;margin:.1em .3em .1em 0}
button{background:#1677ff;color:#fff;border:0;border-radius:4px;padding:.3em .9em;cursor:pointer}
button.secondary{background:#8c8c8c}button.danger{background:#d4380d}
.ok{color:#389e0d}.bad{color:#cf1322}.muted{color:#888}
.flash{background:#f6ffed;border:1px solid #b7eb8f;padding:.5em 1em;border-radius:4px}
.error{border-color:#ffa39e}
`;

/** The pages' navigation. */
const NAV = `<nav><a href="/sandbox">交易与通知</a> · <a href="/sandbox/buyer">买家中心</a> · <a href="/sandbox/seller">卖家中心</a> · <a href="/sandbox/test-api">测试 API</a></nav>`;

/** A fresh CSP nonce (16 random bytes, base64) for the page's one <style> element. */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The headers every page carries: a Content-Security-Policy that allows no script at all, only
 * the page's own <style> (by nonce), forms posted to the sandbox itself, and no framing (so no
 * other site can overlay the cashier's pay button); plus the same for older browsers.
 */
export function pageSecurityHeaders(nonce: string): Record<string, string> {
  return {
    'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  };
}

/**
 * A complete UTF-8 page: zh-CN, a little CSS, no JavaScript. `head` adds elements to <head>
 * (the success page's meta refresh); callers escape every value they put in `body`.
 */
export function htmlPage(
  title: string,
  body: string,
  status = 200,
  headers: Record<string, string> = {},
  head = '',
): Response {
  const nonce = newNonce();
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style nonce="${nonce}">${STYLE}</style>
${head}</head>
<body>
<header><strong>支付宝 · 本地沙箱</strong> ${NAV} <small>alipay-escrow 的本机模拟网关，不是真正的支付宝</small></header>
<main>
${body}
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...pageSecurityHeaders(nonce), ...headers },
  });
}

/** 303 See Other: the answer to a page's POST form (post/redirect/get). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location } });
}

/** A hidden form field. */
export function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

/** A one-button POST form (its id is `${id}`, so a test or a tester can find it). */
export function actionForm(
  id: string,
  action: string,
  label: string,
  fields: Record<string, string> = {},
  style = '',
): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => hidden(name, value))
    .join('');
  const cls = style === '' ? '' : ` class="${escapeHtml(style)}"`;
  return `<form class="inline" method="post" id="${escapeHtml(id)}" action="${escapeHtml(action)}">${inputs}<button type="submit"${cls}>${escapeHtml(label)}</button></form>`;
}

/** The form fields of a POST body (application/x-www-form-urlencoded, UTF-8, as browsers send pages' forms). */
export async function formFields(request: Request): Promise<URLSearchParams> {
  return new URLSearchParams(await request.text());
}
