import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { html, type SafeHtml } from '../html.js';
import { both, VERDICT_LABELS, verdictBadge } from '../labels.js';

/** The filters of the log page, as read from its query. */
export interface LogListQuery {
  /** One verdict, or null for all. */
  verdict: string | null;
  /** One order, or null for all. */
  outTradeNo: string | null;
  /** Entries received strictly before this time (the next page), or null for the newest. */
  before: string | null;
}

/** The rows of log entries, linking to their pages and orders. */
export function logTable(base: string, entries: readonly NotificationLogEntry[]): SafeHtml {
  if (entries.length === 0) return html`<p id="log-empty">${both('没有记录。', 'No entries.')}</p>`;
  return html`<table id="log-table">
<thead><tr><th>${both('时间', 'Received')}</th><th>${both('渠道', 'Channel')}</th><th>${both('结果', 'Verdict')}</th><th>${both('代码', 'Code')}</th><th>${both('商户订单号', 'Order')}</th><th>${both('交易状态', 'Trade status')}</th><th>${both('来源地址', 'From')}</th></tr></thead>
<tbody>${entries.map(
    (e) => html`<tr>
<td><a class="log-link" href="${base}/log/${encodeURIComponent(e.id)}">${e.receivedAt}</a></td>
<td>${e.channel}</td><td>${verdictBadge(e.verdict)}</td><td>${e.code}</td>
<td>${e.outTradeNo === null ? '' : html`<a href="${base}/orders/${encodeURIComponent(e.outTradeNo)}">${e.outTradeNo}</a>`}</td>
<td>${e.tradeStatus}${e.refundStatus === null ? '' : html` / ${e.refundStatus}`}</td><td>${e.remoteAddress}</td>
</tr>`,
  )}</tbody>
</table>`;
}

/** The log page: filters by verdict, the newest entries, a link to older ones. */
export function logListBody(
  base: string,
  query: LogListQuery,
  entries: readonly NotificationLogEntry[],
  pageSize: number,
): SafeHtml {
  const link = (verdict: string | null) => {
    const params = new URLSearchParams();
    if (verdict !== null) params.set('verdict', verdict);
    if (query.outTradeNo !== null) params.set('order', query.outTradeNo);
    const q = params.toString();
    return `${base}/${q === '' ? '' : `?${q}`}`;
  };
  const last = entries.at(-1);
  const older = new URLSearchParams();
  if (query.verdict !== null) older.set('verdict', query.verdict);
  if (query.outTradeNo !== null) older.set('order', query.outTradeNo);
  if (last !== undefined) older.set('before', last.receivedAt);
  return html`<nav class="filters">${both('筛选', 'Filter')}:
<a href="${link(null)}">${both('全部', 'all')}</a>
${Object.entries(VERDICT_LABELS).map(([verdict, [zh, en]]) => html`<a href="${link(verdict)}">${both(zh, en)}</a>`)}
</nav>
${query.outTradeNo === null ? '' : html`<p>${both('订单', 'Order')}: <a href="${base}/orders/${encodeURIComponent(query.outTradeNo)}">${query.outTradeNo}</a></p>`}
${logTable(base, entries)}
${entries.length === pageSize && last !== undefined ? html`<p><a id="older" href="${base}/?${older.toString()}">${both('更早的记录', 'Older entries')}</a></p>` : ''}`;
}
