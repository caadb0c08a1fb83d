/** The trade list the buyer and seller centers share, and the flash line after an action. */
import { escapeHtml } from '@alipay-escrow/core/protocol';
import type { Engine } from '../engine/engine.js';
import { totalFee } from '../engine/message-fields.js';
import type { TradeRecord } from '../store/types.js';
import { refundStatusHtml, tradeStatusHtml } from './labels.js';
import { doneMessage } from './trade-actions.js';

export function tradePath(trade: TradeRecord): string {
  return `/sandbox/trades/${encodeURIComponent(trade.tradeNo)}`;
}

/** One table; `actions` renders the last cell of a row (forms and links, already escaped). */
export function tradeTable(
  id: string,
  trades: readonly TradeRecord[],
  actions: (trade: TradeRecord) => string,
): string {
  if (trades.length === 0) return `<p class="muted" id="${escapeHtml(id)}-empty">没有交易。</p>`;
  const rows = trades
    .map(
      (t) => `<tr id="trade-${escapeHtml(t.tradeNo)}">
<td><a href="${escapeHtml(tradePath(t))}">${escapeHtml(t.outTradeNo)}</a></td>
<td>${escapeHtml(t.tradeNo)}</td>
<td>${escapeHtml(t.subject)}</td>
<td>¥${escapeHtml(totalFee(t))}</td>
<td>${tradeStatusHtml(t.tradeStatus)}</td>
<td>${refundStatusHtml(t.refundStatus)}</td>
<td>${escapeHtml(t.buyer?.email ?? t.requestedBuyer.email ?? '')}</td>
<td class="actions">${actions(t)}</td>
</tr>`,
    )
    .join('\n');
  return `<table id="${escapeHtml(id)}">
<thead><tr><th>商户订单号</th><th>支付宝交易号</th><th>商品</th><th>金额</th><th>交易状态</th><th>退款状态</th><th>买家</th><th>操作</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** "交易 X：已确认收货 — 现在 …", from the redirect's `done` and `trade`; empty when there is none. */
export function flashHtml(engine: Engine, url: URL): string {
  const message = doneMessage(url.searchParams.get('done') ?? '');
  const trade = engine.tradeByTradeNo(url.searchParams.get('trade') ?? '');
  if (message === undefined || trade === undefined) return '';
  return `<p class="flash" id="flash">交易 <code>${escapeHtml(trade.outTradeNo)}</code>：${escapeHtml(message)} — 现在 ${tradeStatusHtml(trade.tradeStatus)} / ${refundStatusHtml(trade.refundStatus)}</p>`;
}
