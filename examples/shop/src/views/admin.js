/** The notification log: every notify / return / send_goods / replay with its verdict and code, and replay. */
import { html } from '../html.js';
import { verdictLabel } from '../labels.js';

export function logBody({ entries, flash }) {
  const trs = entries.map(
    (e) => html`<tr id="log-${e.id}" class="verdict-${e.verdict}"><td class="muted">${e.receivedAt.slice(0, 19).replace('T', ' ')}</td>
<td>${e.channel}</td><td>${e.outTradeNo ? html`<a href="/orders/${e.outTradeNo}">${e.outTradeNo}</a>` : '—'}</td>
<td>${e.tradeStatus ?? '—'}${e.refundStatus ? html`<br>${e.refundStatus}` : ''}</td>
<td><strong>${verdictLabel(e.verdict)}</strong> <span class="muted">${e.verdict}</span></td><td>${e.code ? html`<code>${e.code}</code>` : '—'}${e.detail ? html`<br><span class="muted">${e.detail}</span>` : ''}</td>
<td>${e.reply ?? '—'}</td><td>${e.replayOf ? html`<span class="muted">重放自 ${e.replayOf}</span>` : ''}
<form class="inline" method="post" action="/admin/log/${e.id}/replay"><button type="submit" class="secondary">重放</button></form></td></tr>`,
  );
  return html`${flash ? html`<p class="flash" id="flash">${flash}</p>` : ''}<section><h1>通知日志</h1>
<p class="muted">每一条异步通知、同步跳转、发货回执和重放都先记录再处理。重放会用同一份原始字节重新走一遍验证与处理流程（不再向网关核对 notify_id）。</p>
${entries.length === 0 ? html`<p class="muted" id="log-empty">还没有通知。</p>` : html`<table id="log"><tr><th>时间</th><th>渠道</th><th>订单</th><th>状态</th><th>结论</th><th>代码</th><th>应答</th><th></th></tr>${trs}</table>`}</section>`;
}
