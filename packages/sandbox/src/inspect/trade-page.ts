/**
 * `GET /sandbox/trades/:tradeNo`: one trade, each of its notifications with the parameters sent,
 * and each delivery attempt with the HTTP status, the merchant's reply (verbatim, escaped) and
 * why it did or did not count — so a tester sees why a notification failed.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { escapeHtml } from '@alipay-escrow/core/protocol';
import type { SandboxContext } from '../context.js';
import { idExpiry } from '../engine/engine.js';
import { totalFee } from '../engine/message-fields.js';
import { errorPage } from '../pages/error-page.js';
import { htmlPage } from '../pages/html.js';
import { LOGISTICS_NAMES, refundStatusHtml, timeHtml, tradeStatusHtml } from '../pages/labels.js';
import { MAX_DELIVERIES } from '../delivery/schedule.js';
import type { AttemptRecord, NotificationRecord, TradeRecord } from '../store/types.js';
import { diagnoseAttempt } from './diagnosis.js';
import { decodedParams } from './inspect-json.js';

function summary(trade: TradeRecord): string {
  const transport = trade.shipping?.transportType ?? trade.shipping?.createTransportType ?? '';
  const shipping = trade.shipping
    ? `${escapeHtml(trade.shipping.logisticsName)} ${escapeHtml(trade.shipping.invoiceNo ?? '')} ${LOGISTICS_NAMES[transport] ?? ''}<code>${escapeHtml(transport)}</code>`
    : '<span class="muted">未发货</span>';
  const buyer = trade.buyer?.email;
  return `<dl class="trade">
<dt>商户订单号</dt><dd id="out-trade-no">${escapeHtml(trade.outTradeNo)}</dd>
<dt>支付宝交易号</dt><dd id="trade-no">${escapeHtml(trade.tradeNo)}</dd>
<dt>商品</dt><dd>${escapeHtml(trade.subject)}</dd>
<dt>金额</dt><dd>¥${escapeHtml(totalFee(trade))}（${escapeHtml(trade.price)} × ${escapeHtml(trade.quantity)}，折扣 ${escapeHtml(trade.discount)}）</dd>
<dt>交易状态</dt><dd id="trade-status">${tradeStatusHtml(trade.tradeStatus)}</dd>
<dt>退款状态</dt><dd id="refund-status">${refundStatusHtml(trade.refundStatus)}</dd>
<dt>买家</dt><dd>${buyer === undefined ? '<span class="muted">未付款</span>' : `<a href="/sandbox/buyer?buyer=${encodeURIComponent(buyer)}">${escapeHtml(buyer)}</a>`}</dd>
<dt>物流</dt><dd>${shipping}</dd>
<dt>编码 / 签名</dt><dd>${escapeHtml(trade.charset)} / ${escapeHtml(trade.signType)}</dd>
<dt>notify_url</dt><dd>${trade.notifyUrl === undefined ? '<span class="muted">无（不发异步通知）</span>' : `<code>${escapeHtml(trade.notifyUrl)}</code>`}</dd>
<dt>return_url</dt><dd>${trade.returnUrl === undefined ? '<span class="muted">无</span>' : `<code>${escapeHtml(trade.returnUrl)}</code>`}</dd>
<dt>创建 / 付款 / 发货 / 结束</dt><dd>${timeHtml(trade.gmtCreate)} / ${timeHtml(trade.gmtPayment)} / ${timeHtml(trade.gmtSendGoods)} / ${timeHtml(trade.gmtClose)}</dd>
</dl>
<p><a href="/sandbox/buyer?buyer=${encodeURIComponent(buyer ?? '')}">买家中心</a> · <a href="/sandbox/seller">卖家中心</a>${
    trade.tradeStatus === 'WAIT_BUYER_PAY'
      ? ` · <a href="/cashier/${encodeURIComponent(trade.tradeNo)}">收银台</a>`
      : ''
  } · <a href="/sandbox/api/trades/${encodeURIComponent(trade.outTradeNo)}/notifications">JSON</a></p>`;
}

function attemptRow(a: AttemptRecord): string {
  const d = diagnoseAttempt(a);
  const reply =
    a.reply === null
      ? '<span class="muted">—</span>'
      : `<code class="reply">${escapeHtml(JSON.stringify(a.reply))}</code>`;
  return `<tr class="attempt ${d.ok ? 'ok' : 'bad'}" data-reason="${d.reason}"><td>${timeHtml(a.at)}</td><td>${a.number}${a.duplicate ? '（重复发送）' : ''}</td>
<td class="http-status">${a.httpStatus === null ? '—' : a.httpStatus}</td><td>${reply}</td><td>${escapeHtml(d.zh)}</td></tr>`;
}

/** One notification; `number` counts the trade's notifications from 1, in the order they were made. */
function notificationBlock(n: NotificationRecord, trade: TradeRecord, number: number): string {
  const state = n.delivered
    ? '<span class="ok">已送达（商户回答了 success）</span>'
    : n.nextDueAt !== null
      ? `<span class="bad">未送达</span>，第 ${n.sent + 1} 次投递在 ${timeHtml(n.nextDueAt)}`
      : n.sent >= MAX_DELIVERIES
        ? `<span class="bad">未送达，${MAX_DELIVERIES} 次投递都没有得到 success，不再重发</span>`
        : '<span class="bad">未送达</span>';
  const attempts =
    n.attempts.length === 0
      ? '<p class="muted">还没有投递。</p>'
      : `<table class="attempts"><thead><tr><th>时间</th><th>第几次</th><th>HTTP</th><th>商户回复</th><th>说明</th></tr></thead><tbody>
${n.attempts.map(attemptRow).join('\n')}
</tbody></table>`;
  const params = decodedParams(n.body, trade.charset)
    .map(([k, v]) => `<tr><td><code>${escapeHtml(k)}</code></td><td>${escapeHtml(v)}</td></tr>`)
    .join('');
  return `<section class="notification" id="notification-${escapeHtml(n.notifyId)}">
<h3>第 <span class="notification-number">${number}</span> 条通知：${tradeStatusHtml(n.tradeStatus)} ${n.refundStatus === null ? '' : ` / ${refundStatusHtml(n.refundStatus)}`}</h3>
<p>notify_id <code>${escapeHtml(n.notifyId)}</code> → <code>${escapeHtml(n.url)}</code>，生成于 ${timeHtml(n.createdAt)}；${state}</p>
${attempts}
<details><summary>通知参数（POST 正文，${escapeHtml(trade.charset)}）</summary><table>${params}</table></details>
</section>`;
}

function issuedIds(ctx: SandboxContext, trade: TradeRecord): string {
  const ids = ctx.engine.issuedIdsOf(trade.key);
  if (ids.length === 0) return '';
  const now = ctx.config.clock.now();
  const rows = ids.map(
    (
      r,
    ) => `<tr><td><code>${escapeHtml(r.notifyId)}</code></td><td>${r.kind === 'triggered' ? 'trigger' : 'return_url'}</td><td>${timeHtml(r.issuedAt)}</td>
<td>${now < idExpiry(r) ? `<span class="ok">有效至 ${timeHtml(idExpiry(r))}</span>` : '<span class="bad">已过期</span>'}</td></tr>`,
  );
  return `<section><h2>返回链接与 trigger 的 notify_id</h2><table id="issued-ids"><thead><tr><th>notify_id</th><th>用途</th><th>签发</th><th>notify_verify</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

export function showTrade(ctx: SandboxContext, tradeNo: string): Response {
  const trade = ctx.engine.tradeByTradeNo(tradeNo);
  if (trade === undefined) {
    const error = new AlipayEscrowError('TRADE_NOT_EXIST', `No trade has trade_no ${tradeNo}.`, {
      hint: 'Pick a trade from the list.',
      status: 404,
    });
    return errorPage(error, 404, { href: '/sandbox', label: '返回交易列表' });
  }
  const notifications = ctx.engine.notificationsOf(trade);
  const body = `<section><h1>交易 ${escapeHtml(trade.outTradeNo)}</h1>
${summary(trade)}
</section>
<h2>异步通知（${notifications.length}）</h2>
${notifications.length === 0 ? '<p class="muted">没有通知。</p>' : notifications.map((n, i) => notificationBlock(n, trade, i + 1)).join('\n')}
${issuedIds(ctx, trade)}`;
  return htmlPage(`支付宝 · 本地沙箱 - 交易 ${trade.outTradeNo}`, body);
}
