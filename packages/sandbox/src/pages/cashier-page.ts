import { escapeHtml } from '@alipay-escrow/core';
import type { TradeRecord } from '../store/types.js';
import { htmlPage } from './html.js';

const LOGISTICS_NAMES: Record<string, string> = { POST: '平邮', EXPRESS: '快递', EMS: 'EMS' };
const PAYMENT_NAMES: Record<string, string> = { BUYER_PAY: '买家承担运费', SELLER_PAY: '卖家承担运费', BUYER_PAY_AFTER_RECEIVE: '货到付运费' };

function options(trade: TradeRecord): string {
  return trade.logistics
    .map((option, i) => {
      const id = `logistics-${i}`;
      const checked = i === trade.logisticsIndex ? ' checked' : '';
      const label = `${LOGISTICS_NAMES[option.type] ?? option.type}（${escapeHtml(option.type)}）运费 ¥${escapeHtml(option.fee)}，${PAYMENT_NAMES[option.payment] ?? option.payment} — 应付 ¥${escapeHtml(trade.payable[i]!)}`;
      return `<li><input type="radio" name="logistics" value="${i}" id="${id}"${checked}> <label for="${id}">${label}</label></li>`;
    })
    .join('\n');
}

/** The cashier (收银台): the trade, its logistics options, and a form that pays it. */
export function cashierPage(trade: TradeRecord, buyerEmail: string): Response {
  const payable = trade.payable[trade.logisticsIndex]!;
  const summary = `<dl class="trade">
<dt>商品名称</dt><dd id="subject">${escapeHtml(trade.subject)}</dd>
${trade.body === undefined ? '' : `<dt>商品描述</dt><dd id="body">${escapeHtml(trade.body)}</dd>`}
<dt>单价 × 数量</dt><dd>¥<span id="price">${escapeHtml(trade.price)}</span> × <span id="quantity">${escapeHtml(trade.quantity)}</span></dd>
<dt>折扣</dt><dd>¥<span id="discount">${escapeHtml(trade.discount)}</span></dd>
<dt>应付总额</dt><dd>¥<span id="total-fee">${escapeHtml(payable)}</span></dd>
<dt>商户订单号</dt><dd id="out-trade-no">${escapeHtml(trade.outTradeNo)}</dd>
<dt>支付宝交易号</dt><dd id="trade-no">${escapeHtml(trade.tradeNo)}</dd>
<dt>交易状态</dt><dd><code id="trade-status">${escapeHtml(trade.tradeStatus)}</code></dd>
</dl>`;
  const form =
    trade.tradeStatus === 'WAIT_BUYER_PAY'
      ? `<form method="post" action="/cashier/${encodeURIComponent(trade.tradeNo)}/pay" id="pay-form">
<fieldset><legend>物流方式</legend><ul>
${options(trade)}
</ul></fieldset>
<p><label for="buyer-email">买家支付宝账户</label> <input type="text" name="buyer_email" id="buyer-email" value="${escapeHtml(buyerEmail)}"></p>
<p><button type="submit">确认付款</button></p>
</form>`
      : '<p id="not-payable">这笔交易现在不能付款。</p>';
  return htmlPage(`支付宝 - 收银台 - ${trade.subject}`, `<h1>收银台</h1>\n${summary}\n${form}`);
}

/** Shown after paying when the trade has no return_url. */
export function paidPage(trade: TradeRecord): Response {
  return htmlPage(
    '支付宝 - 付款成功',
    `<h1>付款成功</h1>\n<p>交易 <span id="trade-no">${escapeHtml(trade.tradeNo)}</span> 已付款，状态 <code id="trade-status">${escapeHtml(trade.tradeStatus)}</code>。</p>`,
  );
}
