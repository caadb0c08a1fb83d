import { explain } from '@alipay-escrow/core';
import { html, type SafeHtml } from '../html.js';

/** A code with its catalogue explanation in Chinese and English (the code alone when unknown). */
export function explanation(code: string | null): SafeHtml {
  if (code === null) return html``;
  const entry = explain(code);
  if (entry === undefined) return html`<p class="code"><code>${code}</code></p>`;
  return html`<div class="explanation" id="explanation">
<p><code>${entry.code}</code> — <strong lang="zh">${entry.title.zh}</strong> · <span class="en" lang="en">${entry.title.en}</span></p>
<div lang="zh"><p>原因：${entry.cause.zh}</p><p>解决：${entry.fix.zh}</p></div>
<div lang="en" class="en"><p>Cause: ${entry.cause.en}</p><p>Fix: ${entry.fix.en}</p></div>
</div>`;
}
