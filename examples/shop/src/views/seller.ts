/** The seller's page: every order, a ship form for paid ones (send_goods_confirm_by_platform), refunds. */
import type { OrderRecord } from '@alipay-escrow/core';
import { TRANSPORT_TYPES } from '../catalog.js';
import { html, type Html } from '../html.js';
import { refundLabel } from '../labels.js';
import { statusHtml, type OrderRow } from './buyer.js';
import { csrfInput } from './layout.js';

function shipForm(order: OrderRecord, csrf: string): Html {
  const types = TRANSPORT_TYPES.map(
    (t) =>
      html`<option value="${t.value}"${order.logisticsType === t.value ? html` selected` : ''}>${t.label}</option>`,
  );
  return html`<form class="inline" method="post" action="/seller/orders/${order.outTradeNo}/ship" id="ship-${order.outTradeNo}">${csrfInput(csrf)}
<input type="text" name="logistics_name" value="顺丰速运" size="8" required aria-label="物流公司">
<input type="text" name="invoice_no" value="" size="12" placeholder="运单号" aria-label="运单号">
<select name="transport_type" aria-label="物流类型">${types}</select>
<button type="submit">发货</button></form>`;
}

export interface SellerView {
  rows: OrderRow[];
  flash: string | null;
  error: string | null;
  sandboxUrl: string;
  csrf: string;
}

export function sellerBody({ rows, flash, error, sandboxUrl, csrf }: SellerView): Html {
  const trs = rows.map(({ shop, order }) => {
    const action =
      order.phase === 'paid'
        ? shipForm(order, csrf)
        : order.shipping
          ? html`<span class="muted">已发货：${order.shipping.logisticsName} ${order.shipping.invoiceNo ?? ''}</span>`
          : html`<span class="muted">—</span>`;
    return html`<tr id="seller-order-${order.outTradeNo}"><td><a href="/orders/${order.outTradeNo}">${order.outTradeNo}</a><br><span class="muted">${shop.buyer ?? 'API'}</span></td>
<td>${shop.subject}</td><td>¥${order.totalFee ?? order.payable[0]}</td><td>${statusHtml(order)}</td>
<td id="refund-${order.outTradeNo}">${refundLabel(order.refundStatus)}</td><td>${action}</td></tr>`;
  });
  const refunds = rows.filter(({ order }) => order.refundStatus !== null);
  return html`${flash ? html`<p class="flash" id="flash">${flash}</p>` : ''}${error ? html`<p class="error" id="ship-error">${error}</p>` : ''}
<section><h1>卖家后台</h1><p class="muted">发货会调用支付宝的 send_goods_confirm_by_platform（这里是本机沙箱）。
同意或拒绝退款在<a id="sandbox-seller-link" href="${sandboxUrl}/sandbox/seller">支付宝（沙箱）卖家中心</a>，结果通过异步通知回到本店。</p>
${rows.length === 0 ? html`<p class="muted">还没有订单。</p>` : html`<table id="seller-orders"><tr><th>订单号 / 买家</th><th>商品</th><th>金额</th><th>状态</th><th>退款</th><th>操作</th></tr>${trs}</table>`}</section>
<section><h2>退款</h2>${
    refunds.length === 0
      ? html`<p class="muted" id="no-refunds">没有退款。</p>`
      : html`<ul id="refunds">${refunds.map(({ order }) => html`<li><a href="/orders/${order.outTradeNo}">${order.outTradeNo}</a>：${refundLabel(order.refundStatus)}</li>`)}</ul>`
  }</section>`;
}
