/** One rejected log entry run through core's signature diagnosis: the precise cause and the pre-sign string. */
import type { MessageDiagnosis } from '@alipay-escrow/core/protocol';
import { html, type Html } from '../html.js';

export interface DiagnosisView {
  entry: { id: string; channel: string; code: string | null };
  diagnosis: MessageDiagnosis | null;
  /** The code's title in Chinese. */
  title: string | null;
  /** Why there is no diagnosis. */
  reason: string | null;
}

export function diagnosisBody({ entry, diagnosis, title, reason }: DiagnosisView): Html {
  const result = diagnosis
    ? html`<p>诊断结果：<code id="diagnosis-code">${diagnosis.code}</code> ${title ?? ''}</p><p id="diagnosis-hint">${diagnosis.hint}</p>${
        diagnosis.presign === undefined
          ? ''
          : html`<p class="muted">签名所用的待签名字符串（不含密钥）：</p><pre id="diagnosis-presign">${diagnosis.presign}</pre>`
      }`
    : html`<p class="error" id="diagnosis-unavailable">${reason}</p>`;
  return html`<section><h1>诊断记录 ${entry.id}</h1>
<p class="muted">渠道 ${entry.channel}，当时的结论代码 <code>${entry.code ?? '—'}</code>。诊断用同一份原始字节离线重新验证（不向网关核对 notify_id），签名不对时逐项猜测原因。</p>
${result}<p><a href="/admin/log" id="back-link">返回通知日志</a></p></section>`;
}
