import { explain, type AlipayEscrowError } from '@alipay-escrow/core';
import { escapeHtml } from '@alipay-escrow/core/protocol';
import { htmlPage } from './html.js';

/**
 * The gateway's error page: Chinese, like Alipay's, with the code in `<code id="error-code">`
 * so tests and tools can find it. HTTP 200, as the real gateway answers (the code is the result).
 * The error's own message is English (the library's messages are): it is shown as 详细信息, marked
 * `lang="en"`. `extra` is escaped HTML shown after the error (the ILLEGAL_SIGN page's pre-sign string).
 */
export function errorPage(
  error: AlipayEscrowError,
  status = 200,
  back?: { href: string; label: string },
  extra = '',
): Response {
  const entry = explain(error.code);
  const title = entry?.title.zh ?? '请求出错';
  const cause = entry ? `<p class="cause">${escapeHtml(entry.cause.zh)}</p>` : '';
  const fix = entry ? `<p class="fix">解决办法：${escapeHtml(entry.fix.zh)}</p>` : '';
  const field =
    error.field === undefined ? '' : `<p>参数：<code id="error-field">${escapeHtml(error.field)}</code></p>`;
  const body = `<section class="error">
<h1>抱歉，您的操作出错了</h1>
<p>错误代码：<code id="error-code">${escapeHtml(error.code)}</code></p>
<p>错误描述：${escapeHtml(title)}</p>
${field}
<p>详细信息：<span id="error-detail" lang="en">${escapeHtml(error.message)}</span></p>
${cause}
${fix}
${back === undefined ? '' : `<p><a id="back-link" href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>`}
</section>${extra}`;
  return htmlPage(`支付宝 - 错误 ${error.code}`, body, status);
}
