import { html, type SafeHtml } from '../html.js';
import { both } from '../labels.js';

/** What every page needs to draw its frame. */
export interface PageFrame {
  /** The console's base path ('' for the root). */
  base: string;
  /** The operator `authorize` named. */
  operator: string;
  /** The nonce of the page's style element. */
  nonce: string;
}

const STYLE = `
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#1677ff;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}header .who{margin-left:auto;opacity:.85}
main{padding:1rem 1.2rem;max-width:1200px}
.en{color:#57606a;font-size:.9em}header .en,button .en{color:#e6f0ff}
table{border-collapse:collapse;width:100%;background:#fff;margin:.5rem 0 1rem}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top;word-break:break-all}
th{background:#eef1f4;white-space:nowrap}
pre{background:#fff;border:1px solid #d0d7de;padding:.5rem;overflow:auto;font:12px/1.4 ui-monospace,monospace;white-space:pre-wrap;word-break:break-all}
.verdict{padding:0 .4rem;border-radius:3px;background:#eef1f4;white-space:nowrap}
.verdict-applied{background:#dafbe1}.verdict-anomaly,.verdict-error{background:#ffebe9}.verdict-rejected{background:#fff1c2}
form.action{display:inline-block;margin:.3rem .5rem .3rem 0}
button{background:#1677ff;color:#fff;border:0;border-radius:4px;padding:.35rem .9rem;cursor:pointer;font:inherit}
.note{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem;margin:.5rem 0}
.ok{background:#dafbe1;border:1px solid #4ac26b;padding:.5rem;margin:.5rem 0}
.bad{background:#ffebe9;border:1px solid #ff8182;padding:.5rem;margin:.5rem 0}
nav.filters a{margin-right:.6rem}
`;

/** A whole console page: Chinese first, no script, one style element allowed by its nonce. */
export function page(frame: PageFrame, title: SafeHtml, body: SafeHtml): string {
  const b = frame.base;
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} — 支付宝担保交易控制台</title>
<style nonce="${frame.nonce}">${STYLE}</style>
</head>
<body>
<header>
<strong>${both('担保交易控制台', 'Escrow console')}</strong>
<a id="nav-log" href="${b}/">${both('通知日志', 'Notification log')}</a>
<a id="nav-attention" href="${b}/attention">${both('待处理订单', 'Orders needing attention')}</a>
<span class="who">${both('操作员', 'Operator')}: <span id="operator">${frame.operator}</span></span>
</header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`.markup;
}

/** A POST form with the CSRF token and hidden fields, and one button. */
export function actionForm(
  action: string,
  csrf: string,
  fields: Record<string, string>,
  button: SafeHtml,
  extra: SafeHtml | null = null,
  id?: string,
): SafeHtml {
  return html`<form class="action" method="post" action="${action}"${id === undefined ? '' : html` id="${id}"`}>
<input type="hidden" name="csrf" value="${csrf}">
${Object.entries(fields).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${extra}
<button type="submit">${button}</button>
</form>`;
}
