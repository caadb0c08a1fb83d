import { escapeHtml } from '@alipay-escrow/core/protocol';
import { totalFee } from '../engine/message-fields.js';
import type { TradeRecord } from '../store/types.js';
import { TEST_BUYERS, type TestBuyerOutcome } from '../test-buyers.js';
import { hidden, htmlPage } from './html.js';
import { LOGISTICS_NAMES, tradeStatusHtml } from './labels.js';
const PAYMENT_NAMES: Record<string, string> = {
  BUYER_PAY: '买家承担运费',
  SELLER_PAY: '卖家承担运费',
  BUYER_PAY_AFTER_RECEIVE: '货到付运费，运费不计入总价',
};

/** Seconds the success page shows before the browser goes back to the merchant. */
export const SUCCESS_REDIRECT_SECONDS = 3;

function options(trade: TradeRecord): string {
  return trade.logistics
    .map((option, i) => {
      const id = `logistics-${i}`;
      const checked = i === trade.logisticsIndex ? ' checked' : '';
      const label = `${LOGISTICS_NAMES[option.type] ?? escapeHtml(option.type)}（${escapeHtml(option.type)}）运费 ¥${escapeHtml(option.fee)}，${PAYMENT_NAMES[option.payment] ?? escapeHtml(option.payment)} — 应付 ¥<span class="option-total">${escapeHtml(trade.payable[i]!)}</span>`;
      return `<li><input type="radio" name="logistics" value="${i}" id="${id}"${checked}> <label for="${id}">${label}</label></li>`;
    })
    .join('\n');
}

function summary(trade: TradeRecord): string {
  const details =
    trade.showUrl === undefined ? '' : ` <a href="${escapeHtml(trade.showUrl)}" rel="noreferrer">详情</a>`;
  return `<dl class="trade">
<dt>商品名称</dt><dd><span id="subject">${escapeHtml(trade.subject)}</span>${details}</dd>
${trade.body === undefined ? '' : `<dt>商品描述</dt><dd id="body">${escapeHtml(trade.body)}</dd>`}
<dt>商户名称</dt><dd id="seller">${escapeHtml(trade.seller.accountName ?? trade.seller.email)}</dd>
<dt>单价 × 数量</dt><dd>¥<span id="price">${escapeHtml(trade.price)}</span> × <span id="quantity">${escapeHtml(trade.quantity)}</span></dd>
<dt>折扣</dt><dd>¥<span id="discount">${escapeHtml(trade.discount)}</span></dd>
<dt>应付总额</dt><dd>¥<span id="total-fee">${escapeHtml(totalFee(trade))}</span></dd>
<dt>商户订单号</dt><dd id="out-trade-no">${escapeHtml(trade.outTradeNo)}</dd>
<dt>支付宝交易号</dt><dd id="trade-no">${escapeHtml(trade.tradeNo)}</dd>
<dt>交易状态</dt><dd>${tradeStatusHtml(trade.tradeStatus).replace('class="trade-status"', 'class="trade-status" id="trade-status"')}</dd>
</dl>`;
}

/**
 * The test buyer accounts, like test cards: one button each, paying with the option preselected.
 * What they do is in test-buyers.ts.
 */
function testBuyersHtml(trade: TradeRecord): string {
  const rows = TEST_BUYERS.map((b) => {
    const form = `<form class="inline" method="post" id="pay-as-${b.outcome}" action="/cashier/${encodeURIComponent(trade.tradeNo)}/pay">${hidden('buyer_email', b.account.email)}${hidden(
      'logistics',
      String(trade.logisticsIndex),
    )}<button type="submit" class="secondary">用这个账户付款</button></form>`;
    return `<tr id="test-buyer-${b.outcome}"><td><code>${escapeHtml(b.account.email)}</code></td><td>${escapeHtml(b.zh)}</td><td>${form}</td></tr>`;
  }).join('\n');
  return `<details id="test-buyers"><summary>测试账户：让付款失败、一直没有结果或关闭交易</summary>
<p class="muted">像测试银行卡一样：用下面的账户名付款不会真的付款，而是模拟这些情况，用来测试商户的页面和对未付款订单的处理。也可以在上面的“支付宝账户名”里填写它们。</p>
<table><thead><tr><th>账户名</th><th>结果</th><th></th></tr></thead><tbody>
${rows}
</tbody></table></details>`;
}

const OUTCOME_PAGES: Record<TestBuyerOutcome, { title: string; text: string }> = {
  fail: {
    title: '付款失败',
    text: '这个测试账户的付款总是失败。交易仍在等待付款（WAIT_BUYER_PAY），没有发出通知；可以回到收银台换一个账户再付。',
  },
  hang: {
    title: '付款处理中',
    text: '这个测试账户的付款一直没有结果：交易仍在等待付款（WAIT_BUYER_PAY），不会发出通知，也不会跳转回商户网站。商户应当自己查询（single_trade_query）或关闭这笔交易。',
  },
  close: {
    title: '交易已关闭',
    text: '这个测试账户让交易关闭了（TRADE_CLOSED），就像买家放弃付款、交易超时关闭一样；商户会收到这条异步通知。',
  },
};

/** The page a test buyer account gets instead of 付款成功 (see test-buyers.ts). */
export function testOutcomePage(trade: TradeRecord, outcome: TestBuyerOutcome, buyerEmail: string): Response {
  const page = OUTCOME_PAGES[outcome];
  const back =
    trade.tradeStatus === 'WAIT_BUYER_PAY'
      ? `<a id="back-link" href="/cashier/${encodeURIComponent(trade.tradeNo)}">返回收银台</a>`
      : `<a id="back-link" href="/sandbox/trades/${encodeURIComponent(trade.tradeNo)}">查看交易</a>`;
  const body = `<section class="${outcome === 'fail' ? 'error' : ''}" id="test-outcome" data-outcome="${outcome}"><h1>${page.title}</h1>
<p>测试账户 <code id="test-buyer">${escapeHtml(buyerEmail)}</code>：${page.text}</p>
<p>商户订单号 <span id="out-trade-no">${escapeHtml(trade.outTradeNo)}</span>，支付宝交易号 <span id="trade-no">${escapeHtml(trade.tradeNo)}</span>，${tradeStatusHtml(trade.tradeStatus)}</p>
<p>${back}</p></section>`;
  return htmlPage(`支付宝 - ${page.title}`, body);
}

/** The cashier (收银台): the trade, its logistics options with their totals, the buyer's account, pay. */
export function cashierPage(trade: TradeRecord, buyerEmail: string): Response {
  const form =
    trade.tradeStatus === 'WAIT_BUYER_PAY'
      ? `<form method="post" action="/cashier/${encodeURIComponent(trade.tradeNo)}/pay" id="pay-form">
<fieldset><legend>请选择物流方式</legend><ul>
${options(trade)}
</ul></fieldset>
<p><label for="buyer-email">支付宝账户名</label> <input type="text" name="buyer_email" id="buyer-email" value="${escapeHtml(buyerEmail)}" required>
<small class="muted">沙箱不需要密码；任何账户名都可以付款（卖家自己除外）。</small></p>
<p><button type="submit">确认无误，付款</button></p>
</form>
${testBuyersHtml(trade)}`
      : `<p id="not-payable">这笔交易现在不能付款。 <a href="/sandbox/trades/${encodeURIComponent(trade.tradeNo)}">查看交易</a></p>`;
  const steps =
    '<p class="muted">您正在使用担保交易：1、确认订单 → 2、付款到支付宝 → 3、买家确认收货 → 4、支付宝付款给卖家，交易完成</p>';
  return htmlPage(
    `支付宝 - 收银台 - ${trade.subject}`,
    `<section><h1>收银台</h1>\n<p>您好，欢迎使用支付宝付款！</p>\n${summary(trade)}\n${steps}\n${form}</section>`,
  );
}

/**
 * 付款成功: shown after paying. With a return_url, the browser goes there (GET, signed, with a
 * notify_id valid one minute) after a few seconds — a meta refresh, and a link for the impatient
 * or for a browser that ignores refreshes.
 */
export function successPage(trade: TradeRecord, returnUrl: string | undefined): Response {
  const buyer = trade.buyer?.email ?? '';
  const center = `<a id="buyer-center-link" href="/sandbox/buyer?buyer=${encodeURIComponent(buyer)}">买家中心</a>`;
  const paid = `<p>您已成功付款 <strong id="paid-amount">${escapeHtml(totalFee(trade))}</strong> 元！</p>
<p>商户订单号 <span id="out-trade-no">${escapeHtml(trade.outTradeNo)}</span>，支付宝交易号 <span id="trade-no">${escapeHtml(trade.tradeNo)}</span>，${tradeStatusHtml(trade.tradeStatus)}</p>`;
  if (returnUrl === undefined) {
    const note =
      trade.returnUrl === undefined
        ? '<p class="muted" id="no-return-url">商户没有提供 return_url，不会跳转回商户网站。</p>'
        : `<p class="muted" id="return-expired">返回商户的跳转只在付款后（WAIT_SELLER_SEND_GOODS）发生一次；这笔交易已经是 ${escapeHtml(trade.tradeStatus)}。</p>`;
    return htmlPage('支付宝 - 付款成功', `<section><h1>付款成功</h1>\n${paid}\n${note}\n<p>${center}</p></section>`);
  }
  const link = escapeHtml(returnUrl);
  const body = `<section><h1>付款成功</h1>
${paid}
<p>${SUCCESS_REDIRECT_SECONDS} 秒后返回商户网站。如果页面还没有跳转，请点击 <a id="return-link" href="${link}">跳转回商户</a></p>
<p class="muted">返回链接里的 notify_id 只在 1 分钟（沙箱时间）内有效；重新打开本页会得到新的链接。</p>
<p>${center}</p></section>`;
  return htmlPage(
    '支付宝 - 付款成功',
    body,
    200,
    {},
    `<meta http-equiv="refresh" content="${SUCCESS_REDIRECT_SECONDS};url=${link}">\n`,
  );
}
