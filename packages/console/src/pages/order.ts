import type { OrderRecord } from '@alipay-escrow/core';
import type { EffectRecord, NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { html, type SafeHtml } from '../html.js';
import { both } from '../labels.js';
import { actionForm } from './layout.js';
import { logTable } from './log-list.js';

/** The reconcile button of one order. */
export function reconcileForm(base: string, csrf: string, outTradeNo: string, id?: string): SafeHtml {
  return actionForm(`${base}/reconcile`, csrf, { outTradeNo }, both('向支付宝对账', 'Reconcile with Alipay'), null, id);
}

/** One order: its record, its effects, its log, and the reconcile button. */
export function orderBody(
  base: string,
  outTradeNo: string,
  order: OrderRecord | undefined,
  effects: readonly EffectRecord[],
  log: readonly NotificationLogEntry[],
  csrf: string,
): SafeHtml {
  if (order === undefined) {
    return html`<p class="note" id="order-missing">${both('存储中没有这个订单（支付宝可能已为它收款：见下面的日志）。', 'The store has no such order (Alipay may have taken a payment for it: see the log below).')}</p>
<h2>${both('日志', 'Log')}</h2>${logTable(base, log)}`;
  }
  const row = (zh: string, en: string, value: string | number | null, id?: string) =>
    html`<tr><th>${both(zh, en)}</th><td${id === undefined ? '' : html` id="${id}"`}>${value}</td></tr>`;
  return html`<table id="order">
${row('商户订单号', 'Order', order.outTradeNo)}
${row('商品名称', 'Subject', order.subject)}
${row('阶段', 'Phase', order.phase, 'order-phase')}
${row('交易状态', 'Trade status', order.tradeStatus, 'order-trade-status')}
${row('退款状态', 'Refund status', order.refundStatus)}
${row('支付宝交易号', 'Alipay trade number', order.tradeNo)}
${row('应付金额', 'Payable', order.payable.join(' / '))}
${row('实付金额', 'Total fee', order.totalFee)}
${row('卖家', 'Seller', order.sellerId ?? order.sellerEmail)}
${row('物流', 'Shipping', order.shipping === null ? null : `${order.shipping.logisticsName} ${order.shipping.invoiceNo ?? ''} (${order.shipping.transportType})`)}
${row('版本', 'Version', order.version)}
${row('创建时间', 'Created', order.createdAt)}
${row('更新时间', 'Updated', order.updatedAt)}
</table>
${reconcileForm(base, csrf, outTradeNo, 'reconcile-form')}
<h2>${both('回调任务', 'Effects')}</h2>
${
  effects.length === 0
    ? html`<p>${both('没有。', 'None.')}</p>`
    : html`<table id="effects"><thead><tr><th>key</th><th>${both('状态', 'Status')}</th><th>${both('尝试次数', 'Attempts')}</th><th>${both('最近错误', 'Last error')}</th><th>${both('完成时间', 'Done')}</th></tr></thead>
<tbody>${effects.map((e) => html`<tr><td>${e.key}</td><td>${e.status}</td><td>${e.attempts}</td><td>${e.lastError}</td><td>${e.doneAt}</td></tr>`)}</tbody></table>`
}
<h2>${both('日志', 'Log')}</h2>
${logTable(base, log)}`;
}
