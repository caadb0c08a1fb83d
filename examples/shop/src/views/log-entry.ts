/** One entry of the notification log: what came in, what became of it (in Chinese), its parameters and raw bytes. */
import { beijingTime } from '../beijing-time.js';
import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { html, type Html } from '../html.js';
import { channelLabel, refundLabel, tradeLabel, verdictLabel } from '../labels.js';
import type { ReadMessage } from '../log-message.js';

export interface LogEntryView {
  entry: NotificationLogEntry;
  message: ReadMessage;
  /** The code in Chinese, from core's catalogue. */
  explained: { title: string; cause: string; fix: string } | null;
}

export function logEntryBody({ entry, message, explained }: LogEntryView): Html {
  const code = entry.code
    ? html`<code id="entry-code">${entry.code}</code>${explained ? html` ${explained.title}` : ''}`
    : '—';
  const why = explained
    ? html`<p id="entry-cause">${explained.cause}</p><p class="muted" id="entry-fix">解决办法：${explained.fix}</p>`
    : '';
  const params = message.params
    ? html`<table id="entry-params"><tr><th>参数</th><th>值（按 ${message.charset} 解码）</th></tr>${message.params.map(
        (p) =>
          html`<tr><td><code>${p.name}</code></td><td>${p.value}${p.undecodable ? html` <span class="error">不是有效的 ${message.charset}</span>` : ''}</td></tr>`,
      )}</table>`
    : html`<p class="error" id="entry-unparsed">这些字节不是表单格式，无法列出参数：<span lang="en">${message.error}</span></p>`;
  return html`<section><h1>通知日志 · 一条记录</h1>
<table id="entry">
<tr><th>时间（北京时间）</th><td id="entry-time">${beijingTime(entry.receivedAt)}</td></tr>
<tr><th>渠道</th><td>${channelLabel(entry.channel)} <span class="muted">${entry.channel} · ${entry.method}</span></td></tr>
<tr><th>订单</th><td>${entry.outTradeNo ? html`<a href="/orders/${entry.outTradeNo}">${entry.outTradeNo}</a>` : '—'}</td></tr>
<tr><th>交易状态</th><td>${entry.tradeStatus ? html`${tradeLabel(entry.tradeStatus)} <span class="muted">${entry.tradeStatus}</span>` : '—'}</td></tr>
<tr><th>退款状态</th><td>${entry.refundStatus ? html`${refundLabel(entry.refundStatus)} <span class="muted">${entry.refundStatus}</span>` : '—'}</td></tr>
<tr><th>结论</th><td><strong id="entry-verdict">${verdictLabel(entry.verdict)}</strong> <span class="muted">${entry.verdict}</span></td></tr>
<tr><th>代码</th><td>${code}${why}</td></tr>
${entry.detail ? html`<tr><th>详细信息（英文）</th><td lang="en" id="entry-detail">${entry.detail}</td></tr>` : ''}
<tr><th>应答</th><td>${entry.reply ?? '—'}</td></tr>
<tr><th>来源地址</th><td>${entry.remoteAddress ?? '—'}</td></tr>
${entry.replayOf ? html`<tr><th>重放自</th><td><a href="/admin/log/${entry.replayOf}">${entry.replayOf}</a></td></tr>` : ''}
</table></section>
<section><h2>参数</h2>${params}</section>
<section><h2>原始字节</h2>
<p class="muted">收到 ${entry.rawSize ?? entry.raw.length} 字节${message.complete ? '' : html`，日志只保存了前 ${entry.raw.length} 字节（没有通过验证的消息只存开头）`}；SHA-256 <code>${entry.rawSha256 || '—'}</code>。可打印的 ASCII 字符原样显示，其他字节写成 \\xNN。</p>
<pre id="entry-raw">${message.rawText}</pre></section>
<p><a href="/admin/log" id="back-link">返回通知日志</a></p>`;
}
