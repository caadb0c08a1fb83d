/** The notification log: every notify / return / send_goods / replay with its verdict and code, and replay. */
import { explain } from '@alipay-escrow/core';
import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { beijingTime } from '../beijing-time.js';
import { html, type Html } from '../html.js';
import { channelLabel, verdictLabel } from '../labels.js';
import { csrfInput } from './layout.js';

/** What became of a replay (read back from the redirect after it, routes/seller.ts). */
export type ReplayResult =
  | { kind: 'done'; logId: string }
  | { kind: 'failed'; of: string; code: string; title: string; fix: string | null };

/**
 * The replay button of an entry. Core replays only messages it fully verified (authenticity
 * `verified`); one whose signature matched but which notify_verify never confirmed (`signature`)
 * can be replayed after a fresh notify_verify; anything else (malformed, forged) cannot.
 * Entries written before the log recorded authenticity have none: the button is shown and core decides.
 */
function replayCell(e: NotificationLogEntry, csrf: string): Html {
  if (e.authenticity === 'none') return html`<span class="muted" id="no-replay-${e.id}">未通过验证，不能重放</span>`;
  const verify = e.authenticity === 'signature';
  return html`<form class="inline" method="post" action="/admin/log/${e.id}/replay" id="replay-${e.id}">${csrfInput(csrf)}${
    verify ? html`<input type="hidden" name="verify_notify_id" value="1">` : ''
  }<button type="submit" class="secondary">${verify ? '向网关核实后重放' : '重放'}</button></form>`;
}

/** The line above the log after a replay: what it became, or why it was refused. */
function resultHtml(result: ReplayResult | null, entries: NotificationLogEntry[]): Html | string {
  if (!result) return '';
  if (result.kind === 'failed') {
    return html`<div class="error" id="replay-error"><p>记录 ${result.of} 没有重放：<strong>${result.title}</strong> <code>${result.code}</code></p>${
      result.fix ? html`<p class="muted">${result.fix}</p>` : ''
    }</div>`;
  }
  const entry = entries.find((e) => e.id === result.logId);
  if (!entry) return html`<p class="flash" id="flash">已重放（新记录 ${result.logId}）。</p>`;
  return html`<p class="flash" id="flash">已重放 ${entry.replayOf ?? ''}：${verdictLabel(entry.verdict)}${entry.code ? html`（<code>${entry.code}</code>）` : ''}，应答 ${entry.reply ?? '—'}</p>`;
}

/** The code's title in Chinese (core's catalogue); the English detail is on the entry's own page. */
const codeTitle = (code: string): string | null => explain(code)?.title.zh ?? null;

/** Rejected notifications and returns whose bytes the log kept whole can be diagnosed on demand. */
const diagnosable = (e: NotificationLogEntry): boolean =>
  e.verdict === 'rejected' &&
  (e.channel === 'notify' || e.channel === 'return') &&
  (e.rawSize === undefined || e.raw?.length === e.rawSize);

export interface LogView {
  entries: NotificationLogEntry[];
  result: ReplayResult | null;
  csrf: string;
  canDiagnose?: boolean;
}

export function logBody({ entries, result, csrf, canDiagnose = false }: LogView): Html {
  const trs = entries.map(
    (
      e,
    ) => html`<tr id="log-${e.id}" class="verdict-${e.verdict}"><td class="muted"><a href="/admin/log/${e.id}" id="view-${e.id}">${beijingTime(e.receivedAt)}</a></td>
<td>${channelLabel(e.channel)}</td><td>${e.outTradeNo ? html`<a href="/orders/${e.outTradeNo}">${e.outTradeNo}</a>` : '—'}</td>
<td>${e.tradeStatus ?? '—'}${e.refundStatus ? html`<br>${e.refundStatus}` : ''}</td>
<td><strong>${verdictLabel(e.verdict)}</strong> <span class="muted">${e.verdict}</span></td><td>${e.code ? html`<code>${e.code}</code>${codeTitle(e.code) ? html`<br>${codeTitle(e.code)}` : ''}` : '—'}</td>
<td>${e.reply ?? '—'}</td><td>${e.replayOf ? html`<span class="muted">重放自 ${e.replayOf}</span>` : ''}
${replayCell(e, csrf)}${canDiagnose && diagnosable(e) ? html` <a href="/admin/log/${e.id}/diagnose" id="diagnose-${e.id}">诊断</a>` : ''}</td></tr>`,
  );
  return html`${resultHtml(result, entries)}<section><h1>通知日志</h1>
<p class="muted">每一条异步通知、同步跳转、发货回执和重放都先记录再处理；点时间查看这条消息的参数和原始字节。重放会用同一份原始字节重新走一遍验证与处理流程；只有完整验证过的消息（签名正确且 notify_verify 确认）才能重放。</p>
${entries.length === 0 ? html`<p class="muted" id="log-empty">还没有通知。</p>` : html`<table id="log"><tr><th>时间（北京时间）</th><th>渠道</th><th>订单</th><th>状态</th><th>结论</th><th>代码</th><th>应答</th><th></th></tr>${trs}</table>`}</section>`;
}
