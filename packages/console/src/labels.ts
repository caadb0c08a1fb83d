import { html, type SafeHtml } from './html.js';

/** A label in Chinese first, English second, as every console page shows them. */
export function both(zh: string, en: string): SafeHtml {
  return html`${zh}<span class="en" lang="en"> · ${en}</span>`;
}

/** What each verdict means, in both languages. */
export const VERDICT_LABELS: Record<string, [string, string]> = {
  received: ['处理中', 'received'],
  applied: ['已应用', 'applied'],
  duplicate: ['重复', 'duplicate'],
  stale: ['过时', 'stale'],
  unknown_status: ['未知状态', 'unknown status'],
  rejected: ['已拒绝', 'rejected'],
  anomaly: ['异常', 'anomaly'],
  error: ['出错', 'error'],
};

/** A verdict as a labelled badge (unknown values shown as they are, escaped). */
export function verdictBadge(verdict: string): SafeHtml {
  const label = VERDICT_LABELS[verdict];
  return html`<span class="verdict verdict-${/^[a-z_]+$/.test(verdict) ? verdict : 'other'}">${label ? both(label[0], label[1]) : verdict}</span>`;
}
