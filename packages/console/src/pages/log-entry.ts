import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { readLoggedMessage } from '@alipay-escrow/core/protocol';
import { html, type SafeHtml } from '../html.js';
import { both, verdictBadge } from '../labels.js';
import { actionForm } from './layout.js';
import { explanation } from './explanation.js';

/** 16 bytes a line: offset, hex, and the printable ASCII (a dot for anything else). */
export function hexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const row = bytes.subarray(at, at + 16);
    const hex = Array.from(row, (b) => b.toString(16).padStart(2, '0')).join(' ');
    const text = Array.from(row, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${at.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${text}`);
  }
  return lines.join('\n');
}

/** One log entry: what it was, what became of it, its parameters decoded, its raw bytes. */
export function logEntryBody(base: string, entry: NotificationLogEntry, csrf: string): SafeHtml {
  const message = readLoggedMessage(entry.raw);
  const partial = entry.raw.byteLength < entry.rawSize;
  const replayable = entry.channel === 'notify' || entry.channel === 'return' || entry.channel === 'replay';
  return html`<table id="entry-summary">
<tr><th>ID</th><td id="entry-id">${entry.id}</td></tr>
<tr><th>${both('时间', 'Received')}</th><td>${entry.receivedAt}</td></tr>
<tr><th>${both('渠道', 'Channel')}</th><td>${entry.channel} (${entry.method})</td></tr>
<tr><th>${both('结果', 'Verdict')}</th><td id="entry-verdict">${verdictBadge(entry.verdict)}</td></tr>
<tr><th>${both('可信度', 'Authenticity')}</th><td>${entry.authenticity}</td></tr>
<tr><th>${both('代码', 'Code')}</th><td id="entry-code">${entry.code}</td></tr>
<tr><th>${both('详情', 'Detail')}</th><td>${entry.detail}</td></tr>
<tr><th>${both('商户订单号', 'Order')}</th><td>${entry.outTradeNo === null ? '' : html`<a id="entry-order" href="${base}/orders/${encodeURIComponent(entry.outTradeNo)}">${entry.outTradeNo}</a>`}</td></tr>
<tr><th>notify_id</th><td>${entry.notifyId}</td></tr>
<tr><th>${both('交易状态', 'Trade / refund status')}</th><td>${entry.tradeStatus} ${entry.refundStatus}</td></tr>
<tr><th>${both('应答', 'Reply')}</th><td>${entry.reply}</td></tr>
<tr><th>${both('来源地址', 'From')}</th><td>${entry.remoteAddress}</td></tr>
${entry.replayOf === null ? '' : html`<tr><th>${both('重放自', 'Replay of')}</th><td><a href="${base}/log/${encodeURIComponent(entry.replayOf)}">${entry.replayOf}</a></td></tr>`}
</table>
${explanation(entry.code)}
${
  replayable
    ? html`<h2>${both('重放', 'Replay')}</h2>
<p>${both('再次验签并按当前数据处理这条消息（记为新的日志）。', 'Verifies the message again and runs it through the pipeline as a new log entry.')}</p>
${actionForm(`${base}/replay`, csrf, { logId: entry.id }, both('重放', 'Replay'), html`<label><input type="checkbox" name="verifyNotifyId" value="1"> ${both('同时向支付宝验证 notify_id', 'also ask Alipay to confirm the notify_id')}</label>`, 'replay-form')}`
    : ''
}
<h2>${both('参数', 'Parameters')} ${message.charset === null ? '' : html`<small>(${message.charset})</small>`}</h2>
${message.problem === null ? '' : html`<p class="note" id="params-problem">${message.problem}</p>`}
${message.params.length === 0 ? '' : html`<table id="params"><thead><tr><th>${both('名称', 'Name')}</th><th>${both('值', 'Value')}</th></tr></thead><tbody>${message.params.map(([name, value]) => html`<tr><td>${name}</td><td>${value}</td></tr>`)}</tbody></table>`}
<h2>${both('原始字节', 'Raw bytes')} <small>(${entry.raw.byteLength} / ${entry.rawSize} bytes, SHA-256 ${entry.rawSha256})</small></h2>
${partial ? html`<p class="note">${both(`只保存了前 ${entry.raw.byteLength} 字节（未通过验证的请求只保留开头）。`, `Only the first ${entry.raw.byteLength} bytes were kept (an unverified request keeps only its start).`)}</p>` : ''}
<h3>${both('文本', 'Text')}</h3>
<pre id="raw-text">${message.text}</pre>
<h3>${both('十六进制', 'Hex')}</h3>
<pre id="raw-hex">${hexDump(entry.raw)}</pre>
<h2>${both('请求头', 'Headers')}</h2>
<table id="headers">${Object.entries(entry.headers).map(([name, value]) => html`<tr><th>${name}</th><td>${value}</td></tr>`)}</table>`;
}
