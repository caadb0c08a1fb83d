import { html, type SafeHtml } from '../html.js';
import { both } from '../labels.js';
import type { AttentionItem } from '../options.js';
import { reconcileForm } from './order.js';

/** The orders that need attention, each with its reason, its entry and a reconcile button. */
export function attentionBody(base: string, items: readonly AttentionItem[], csrf: string): SafeHtml {
  if (items.length === 0)
    return html`<p id="attention-empty" class="ok">${both('没有需要处理的订单。', 'No order needs attention.')}</p>`;
  return html`<table id="attention"><thead><tr><th>${both('商户订单号', 'Order')}</th><th>${both('阶段', 'Phase')}</th><th>${both('代码', 'Code')}</th><th>${both('原因', 'Reason')}</th><th>${both('自', 'Since')}</th><th>${both('操作', 'Actions')}</th></tr></thead>
<tbody>${items.map(
    (item) => html`<tr>
<td><a href="${base}/orders/${encodeURIComponent(item.outTradeNo)}">${item.outTradeNo}</a></td>
<td>${item.order === null ? both('无此订单', 'not in the store') : item.order.phase}</td>
<td>${item.code}</td><td>${item.reason}</td><td>${item.since}</td>
<td>${item.logId === null ? '' : html`<a href="${base}/log/${encodeURIComponent(item.logId)}">${both('日志', 'log entry')}</a> `}${item.order === null ? '' : reconcileForm(base, csrf, item.outTradeNo)}</td>
</tr>`,
  )}</tbody></table>`;
}
