import { escapeHtml } from '@alipay-escrow/core';

/** A complete UTF-8 page (part 2 of the sandbox styles these). */
export function htmlPage(title: string, body: string, status = 200, headers: Record<string, string> = {}): Response {
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body>
<header><strong>支付宝 · 本地沙箱</strong> <small>alipay-escrow sandbox — not Alipay</small></header>
<main>
${body}
</main>
</body>
</html>
`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...headers } });
}
