/**
 * `GET /sandbox`: the sandbox at a glance — where the gateway is, the clock and chaos settings,
 * every trade with how its notifications fared (the last delivery's reply and why it did or did
 * not count), and notify_ids issued for notifications sent with `alipay-escrow trigger`.
 * `POST /sandbox/clock` (field `seconds`) moves the clock and sends what falls due.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { escapeHtml } from '@alipay-escrow/core/protocol';
import { signTypes } from '../config.js';
import type { SandboxContext } from '../context.js';
import { idExpiry } from '../engine/engine.js';
import { totalFee } from '../engine/message-fields.js';
import { errorPage } from '../pages/error-page.js';
import { formFields, htmlPage, seeOther } from '../pages/html.js';
import { refundStatusHtml, timeHtml, tradeStatusHtml } from '../pages/labels.js';
import { tradePath } from '../pages/trade-table.js';
import type { AttemptRecord, TradeRecord } from '../store/types.js';
import { diagnoseAttempt } from './diagnosis.js';

function settings(ctx: SandboxContext, origin: string): string {
  const { config } = ctx;
  const chaos = config.chaos
    ? `dup=${config.chaos.dup}, drop=${config.chaos.drop}, reorder=${config.chaos.reorder ? 1 : 0}, delay=${config.chaos.delay}, seed=${config.chaos.seed}`
    : '无';
  return `<dl class="trade">
<dt>网关</dt><dd><code id="gateway-url">${escapeHtml(origin)}/gateway.do</code></dd>
<dt>合作者身份（partner）</dt><dd><code id="partner">${escapeHtml(config.partner)}</code></dd>
<dt>卖家</dt><dd><code>${escapeHtml(config.seller.email)}</code>（<code>${escapeHtml(config.seller.id)}</code>）</dd>
<dt>签名方式</dt><dd>${escapeHtml(signTypes(config).join(' / '))}</dd>
<dt>买家账户</dt><dd>${config.buyers.map((b) => `<a href="/sandbox/buyer?buyer=${encodeURIComponent(b.email)}">${escapeHtml(b.email)}</a>`).join('，')}</dd>
<dt>重试间隔倍率</dt><dd>÷ ${escapeHtml(String(config.timeScale))}</dd>
<dt>混乱模式（chaos）</dt><dd><code id="chaos">${escapeHtml(chaos)}</code></dd>
<dt>沙箱时间</dt><dd><span id="sandbox-now">${timeHtml(config.clock.now())}</span>（北京时间，${config.clock.mode === 'manual' ? '手动时钟' : '实时'}）</dd>
<dt>待投递</dt><dd><span id="pending">${ctx.engine.pending()}</span> 条通知</dd>
</dl>
<form method="post" action="/sandbox/clock" id="clock-form">让沙箱时间前进 <input type="number" name="seconds" value="120" min="0" step="1" aria-label="秒"> 秒
<button type="submit">前进并发送到期的通知</button> <small class="muted">（2 分钟到第二次投递，24 小时 22 分钟走完全部 8 次）</small></form>`;
}

function lastAttempt(ctx: SandboxContext, trade: TradeRecord): AttemptRecord | undefined {
  let last: AttemptRecord | undefined;
  for (const n of ctx.engine.notificationsOf(trade))
    for (const a of n.attempts) if (last === undefined || a.at >= last.at) last = a;
  return last;
}

function deliveryCell(attempt: AttemptRecord | undefined): string {
  if (attempt === undefined) return '<span class="muted">还没有投递</span>';
  const d = diagnoseAttempt(attempt);
  const answer =
    attempt.httpStatus === null
      ? '无回答'
      : `HTTP ${attempt.httpStatus} <code>${escapeHtml(attempt.reply ?? '')}</code>`;
  return `<span class="${d.ok ? 'ok' : 'bad'}">${answer}</span><br><small>${escapeHtml(d.zh)}</small>`;
}

function tradesTable(ctx: SandboxContext): string {
  const trades = [...ctx.engine.allTrades()].reverse();
  if (trades.length === 0)
    return '<p class="muted" id="trades-empty">还没有交易：让商户网站把买家送到网关（create_partner_trade_by_buyer）。</p>';
  const rows = trades.map((t) => {
    const notifications = ctx.engine.notificationsOf(t);
    const delivered = notifications.filter((n) => n.delivered).length;
    const cashier =
      t.tradeStatus === 'WAIT_BUYER_PAY' ? ` · <a href="/cashier/${encodeURIComponent(t.tradeNo)}">收银台</a>` : '';
    return `<tr id="trade-${escapeHtml(t.tradeNo)}">
<td><a href="${escapeHtml(tradePath(t))}">${escapeHtml(t.outTradeNo)}</a></td>
<td>${escapeHtml(t.tradeNo)}</td>
<td>¥${escapeHtml(totalFee(t))}</td>
<td>${tradeStatusHtml(t.tradeStatus)}</td>
<td>${refundStatusHtml(t.refundStatus)}</td>
<td class="notifications">${t.notifyUrl === undefined ? '<span class="muted">无 notify_url</span>' : `${delivered} / ${notifications.length} 已送达`}</td>
<td>${deliveryCell(lastAttempt(ctx, t))}</td>
<td><a href="${escapeHtml(tradePath(t))}">详情</a>${cashier}</td>
</tr>`;
  });
  return `<table id="trades"><thead><tr><th>商户订单号</th><th>支付宝交易号</th><th>金额</th><th>交易状态</th><th>退款状态</th><th>通知</th><th>最近一次投递</th><th></th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

function triggeredTable(ctx: SandboxContext): string {
  const ids = ctx.engine.issuedIdsOf().filter((r) => r.kind === 'triggered');
  if (ids.length === 0) return '';
  const now = ctx.config.clock.now();
  const rows = ids.map(
    (
      r,
    ) => `<tr><td><code>${escapeHtml(r.notifyId)}</code></td><td>${escapeHtml(r.tradeKey.slice(r.tradeKey.indexOf(':') + 1))}</td>
<td>${tradeStatusHtml(r.tradeStatus ?? '')}</td><td>${refundStatusHtml(r.refundStatus ?? null)}</td><td>${timeHtml(r.issuedAt)}</td>
<td>${now < idExpiry(r) ? `<span class="ok">有效至 ${timeHtml(idExpiry(r))}</span>` : '<span class="bad">已过期</span>'}</td></tr>`,
  );
  return `<section><h2>trigger 发出的通知</h2><p class="muted">由 <code>alipay-escrow trigger</code> 签名并直接发给商户；沙箱只替它们回答 notify_verify。</p>
<table id="triggered"><thead><tr><th>notify_id</th><th>商户订单号</th><th>交易状态</th><th>退款状态</th><th>签发</th><th>notify_verify</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

export function showIndex(ctx: SandboxContext, request: Request): Response {
  const origin = new URL(request.url).origin;
  const body = `<section><h1>交易与通知</h1>
${settings(ctx, origin)}
</section>
<section><h2>交易</h2>
${tradesTable(ctx)}
</section>
${triggeredTable(ctx)}`;
  return htmlPage('支付宝 · 本地沙箱 - 交易与通知', body);
}

export async function advanceClock(ctx: SandboxContext, request: Request): Promise<Response> {
  const text = (await formFields(request)).get('seconds')?.trim() ?? '';
  if (!/^[0-9]{1,9}$/.test(text)) {
    const error = new AlipayEscrowError(
      'ILLEGAL_ARGUMENT',
      `seconds ${JSON.stringify(text)} is not a whole number of seconds.`,
      { hint: 'For example 120 (the second delivery).', field: 'seconds' },
    );
    return errorPage(error, 400, { href: '/sandbox', label: '返回' });
  }
  await ctx.config.clock.advance(Number(text));
  return seeOther('/sandbox');
}
