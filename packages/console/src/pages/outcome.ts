import { AlipayEscrowError } from '@alipay-escrow/core';
import type { ApplyOutcome } from '@alipay-escrow/core/escrow-app';
import { html, type SafeHtml } from '../html.js';
import { both, verdictBadge } from '../labels.js';
import { explanation } from './explanation.js';

/** What a replay or reconcile did: the new entry, its verdict and code explained, the order now. */
export function outcomeBody(base: string, outcome: ApplyOutcome): SafeHtml {
  const good = outcome.verdict === 'applied' || outcome.verdict === 'duplicate';
  return html`<div class="${good ? 'ok' : 'bad'}" id="outcome">
<p>${both('结果', 'Verdict')}: <span id="outcome-verdict">${verdictBadge(outcome.verdict)}</span> ${outcome.code === null ? '' : html`<code id="outcome-code">${outcome.code}</code>`}</p>
${outcome.detail === null ? '' : html`<p>${outcome.detail}</p>`}
<p>${both('新的日志', 'New log entry')}: <a id="outcome-log" href="${base}/log/${encodeURIComponent(outcome.logId)}">${outcome.logId}</a></p>
${outcome.order === null ? '' : html`<p>${both('订单', 'Order')} <a id="outcome-order" href="${base}/orders/${encodeURIComponent(outcome.order.outTradeNo)}">${outcome.order.outTradeNo}</a>: <span id="outcome-phase">${outcome.order.phase}</span> (${outcome.order.tradeStatus})</p>`}
<p>${both('回调全部完成', 'Every effect done')}: ${outcome.effectsDone ? '✓' : '✗'}</p>
</div>
${explanation(outcome.code)}`;
}

/**
 * A failed action: the error's code, message and explanation for an AlipayEscrowError (its
 * messages never hold secrets); a generic sentence for anything else.
 */
export function failureBody(error: unknown): SafeHtml {
  if (AlipayEscrowError.is(error)) {
    return html`<div class="bad" id="failure"><p><code id="failure-code">${error.code}</code> ${error.message}</p></div>${explanation(error.code)}`;
  }
  return html`<div class="bad" id="failure"><p>${both('内部错误：操作没有完成，请查看服务器日志。', 'Internal error: the action did not complete; see the server log.')}</p></div>`;
}

/** The HTTP status of a failed action: the error's own (404, 409, 502…), else 500. */
export function failureStatus(error: unknown): number {
  return AlipayEscrowError.is(error) && typeof error.status === 'number' && error.status >= 400 && error.status < 600
    ? error.status
    : 500;
}
