import { escapeHtml } from '../../protocol/html-escape.js';
import type { ReturnOutcome } from '../types.js';

const TEXT: Record<ReturnOutcome['status'], { zh: string; en: string; zhNote: string; enNote: string }> = {
  paid: {
    zh: '付款成功',
    en: 'Payment received',
    zhNote: '支付宝已确认您的付款，我们会尽快发货。',
    enNote: 'Alipay has confirmed your payment; we will ship your order soon.',
  },
  confirming: {
    zh: '正在确认您的付款',
    en: 'We are confirming your payment',
    zhNote: '支付宝会把结果通知我们，订单状态稍后自动更新，无需重复付款。',
    enNote: 'Alipay will notify us of the result and your order will update shortly. There is no need to pay again.',
  },
  unverified: {
    zh: '正在确认您的付款',
    en: 'We are confirming your payment',
    zhNote: '这个页面暂时无法直接核实付款结果；支付宝会另行通知我们，订单状态稍后自动更新，无需重复付款。',
    enNote:
      'This page could not verify the payment directly; Alipay notifies us separately and your order will update shortly. There is no need to pay again.',
  },
  closed: {
    zh: '交易已关闭',
    en: 'This trade is closed',
    zhNote: '这笔交易已经关闭。如有疑问，请联系我们。',
    enNote: 'This trade has been closed. Please contact us if you have any questions.',
  },
};

/** The built-in return page: small, self-contained, Chinese and English, every value escaped. */
export function renderReturnPage(outcome: ReturnOutcome): string {
  const t = TEXT[outcome.status];
  const order =
    outcome.outTradeNo === null
      ? ''
      : `\n<p class="order">订单号 / Order: <code>${escapeHtml(outcome.outTradeNo)}</code></p>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t.zh)} / ${escapeHtml(t.en)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#222}h1{font-size:1.4rem}.en{color:#555}</style>
</head>
<body>
<h1>${escapeHtml(t.zh)}</h1>
<p>${escapeHtml(t.zhNote)}</p>
<h1 class="en" lang="en">${escapeHtml(t.en)}</h1>
<p class="en" lang="en">${escapeHtml(t.enNote)}</p>${order}
</body>
</html>
`;
}
