/** The buyer's pages: sign in, products, order confirmation, my orders, one order. */
import type { OrderRecord, ReturnOutcome } from '@alipay-escrow/core';
import type { LogisticsOptions } from '@alipay-escrow/core/protocol';
import { beijingTime } from '../beijing-time.js';
import { LOGISTICS_CHOICES, LOGISTICS_PAYMENT_LABELS, LOGISTICS_TYPE_LABELS, type Product } from '../catalog.js';
import { html, raw, type Html } from '../html.js';
import { orderStatusText, refundLabel, tradeLabel } from '../labels.js';
import type { ShopOrder } from '../shop-db.js';
import { csrfInput } from './layout.js';

/** An order as the shop placed it, and where it stands in escrow. */
export interface OrderRow {
  shop: ShopOrder;
  order: OrderRecord;
}

export function loginBody(next: string, csrf: string): Html {
  return html`<section><h1>登录</h1><p class="muted">演示商店只需要一个名字，不需要密码。</p>
<form method="post" action="/login" id="login-form">${csrfInput(csrf)}<input type="hidden" name="next" value="${next}">
<label for="name">名字</label><input type="text" id="name" name="name" maxlength="32" required autofocus>
<button type="submit">登录</button></form></section>`;
}

export function productsBody(products: readonly Product[], user: string | null): Html {
  const cards = products.map(
    (p) => html`<div class="product" id="product-${p.id}"><h3>${p.name}</h3><p class="muted">${p.text}</p>
<p class="price">¥${p.price}</p>${
      user
        ? html`<a class="button" id="buy-${p.id}" href="/checkout/${p.id}">立即购买</a>`
        : html`<a class="button" href="/login?next=/checkout/${p.id}">登录后购买</a>`
    }</div>`,
  );
  return html`<section><h1>商品</h1><div class="products">${cards}</div></section>`;
}

export function checkoutBody(product: Product, csrf: string): Html {
  const choices = LOGISTICS_CHOICES.map(
    (
      c,
      i,
    ) => html`<li><input type="radio" name="logistics" id="logistics-${c.id}" value="${c.id}"${raw(i === 0 ? ' checked' : '')}>
<label for="logistics-${c.id}">${c.label}</label></li>`,
  );
  return html`<section><h1>确认订单</h1>
<form method="post" action="/orders" id="checkout-form">${csrfInput(csrf)}<input type="hidden" name="product" value="${product.id}">
<table><tr><th>商品</th><td id="checkout-subject">${product.name}</td></tr>
<tr><th>单价</th><td>¥${product.price}</td></tr>
<tr><th><label for="quantity">数量</label></th><td><input type="text" id="quantity" name="quantity" value="1" size="4" inputmode="numeric"></td></tr>
<tr><th>物流方式</th><td><ul class="plain-list">${choices}</ul></td></tr></table>
<p class="muted">担保交易：付款到支付宝 → 卖家发货 → 买家确认收货 → 支付宝付款给卖家。本商店连接的是本机的支付宝沙箱，不会产生真实交易。</p>
<p><button type="submit" id="pay-button">使用支付宝担保交易付款</button></p></form></section>`;
}

function logisticsText(logistics: LogisticsOptions): string {
  return logistics
    .map(
      (o) =>
        `${LOGISTICS_TYPE_LABELS[o.type] ?? o.type} ${o.fee} 元，${LOGISTICS_PAYMENT_LABELS[o.payment] ?? o.payment}`,
    )
    .join('；');
}

export function statusHtml(order: OrderRecord): Html {
  return html`<span class="status phase-${order.phase}" id="status-${order.outTradeNo}" data-phase="${order.phase}">${orderStatusText(order)}</span>`;
}

export function myOrdersBody(rows: OrderRow[]): Html {
  if (rows.length === 0)
    return html`<section><h1>我的订单</h1><p class="muted" id="no-orders">还没有订单。<a href="/">去逛逛</a></p></section>`;
  const trs = rows.map(
    ({
      shop,
      order,
    }) => html`<tr id="order-${shop.outTradeNo}"><td><a href="/orders/${shop.outTradeNo}">${shop.outTradeNo}</a></td>
<td>${shop.subject}</td><td>¥${order.payable[0] ?? shop.price}</td><td>${statusHtml(order)}</td><td class="muted">${beijingTime(shop.createdAt)}</td></tr>`,
  );
  return html`<section><h1>我的订单</h1><table id="orders"><tr><th>订单号</th><th>商品</th><th>金额</th><th>状态</th><th>下单时间（北京时间）</th></tr>${trs}</table></section>`;
}

/** The line above the order after the buyer came back from the cashier (`?returned=`, set by shop.ts). */
const NOTES: Readonly<Record<string, string>> = {
  paid: '付款成功，卖家会尽快发货。',
  confirming: '已收到您的付款结果，正在等待支付宝确认；页面会自动更新。',
  closed: '这笔交易已关闭。',
  unverified: '未能验证这次跳转；如果您已付款，支付宝的异步通知到达后订单会自动更新。',
} satisfies Record<ReturnOutcome['status'], string>;

export interface OrderView extends OrderRow {
  /** The `returned` query parameter, if any. */
  returned: string | null;
  sandboxUrl: string;
  buyerLogin: string;
  /** This response's CSP nonce, for the status poller. */
  nonce: string;
}

export function orderBody({ shop, order, returned, sandboxUrl, buyerLogin, nonce }: OrderView): Html {
  const noteText = returned !== null && Object.hasOwn(NOTES, returned) ? NOTES[returned] : undefined;
  const note = noteText ? html`<p class="flash" id="return-note">${noteText}</p>` : '';
  const payLink =
    order.phase === 'created' || order.phase === 'awaiting_payment'
      ? html`<p><a class="button" id="pay-link" href="/orders/${order.outTradeNo}/pay">使用支付宝担保交易付款</a></p>`
      : '';
  const buyerCenter =
    order.phase === 'shipped' || order.phase === 'paid' || order.phase === 'refunding'
      ? html`<p class="muted">确认收货、申请退款请到<a id="buyer-center-link" href="${sandboxUrl}/sandbox/buyer?buyer=${encodeURIComponent(buyerLogin)}">支付宝（沙箱）买家中心</a>。</p>`
      : '';
  const shipping = order.shipping
    ? html`<tr><th>物流</th><td id="shipping">${order.shipping.logisticsName} ${order.shipping.invoiceNo ?? ''}（${LOGISTICS_TYPE_LABELS[order.shipping.transportType] ?? order.shipping.transportType}）</td></tr>`
    : '';
  // The status poller: allowed by the page's CSP through this response's nonce (security/security-headers.ts).
  const script = html`<script nonce="${nonce}">${raw(`
(function(){var el=document.getElementById('order-detail');var busy=false;
setInterval(function(){if(busy)return;busy=true;fetch('/api/orders/'+encodeURIComponent(el.dataset.id)).then(function(r){return r.json()})
.then(function(j){busy=false;if(j.status!==el.dataset.phase||String(j.tradeStatus)!==el.dataset.trade||String(j.refundStatus)!==el.dataset.refund)location.reload()})
.catch(function(){busy=false})},1500)})();`)}</script>`;
  return html`${note}<section id="order-detail" data-id="${order.outTradeNo}" data-phase="${order.phase}" data-trade="${String(order.tradeStatus)}" data-refund="${String(order.refundStatus)}">
<h1>订单 <span id="out-trade-no">${order.outTradeNo}</span></h1>
<p>订单状态：${statusHtml(order)}</p>
<table><tr><th>商品</th><td>${shop.subject}</td></tr><tr><th>单价 × 数量</th><td>¥${shop.price} × ${shop.quantity}</td></tr>
<tr><th>物流方式</th><td>${logisticsText(shop.logistics)}</td></tr>
<tr><th>应付</th><td>¥${order.totalFee ?? order.payable[0]}</td></tr>
<tr><th>下单时间</th><td id="created-at">${beijingTime(shop.createdAt)}（北京时间）</td></tr>
<tr><th>支付宝交易号</th><td id="trade-no">${order.tradeNo ?? '—'}</td></tr>
<tr><th>交易状态</th><td id="trade-status">${tradeLabel(order.tradeStatus)}</td></tr>
<tr><th>退款状态</th><td id="refund-status">${refundLabel(order.refundStatus)}</td></tr>${shipping}</table>
${payLink}${buyerCenter}<p class="muted">状态会随支付宝的通知自动更新。</p></section>${script}`;
}
