import type { Charset } from '../charset/index.js';
import { AlipayEscrowError } from '../errors/error.js';
import { escapeHtml } from './html-escape.js';
import type { PaymentFormOptions } from './order-types.js';

const DEFAULT_ID = 'alipay-escrow-form';
const DEFAULT_LABEL = '前往支付宝付款 / Continue to Alipay';
const NOSCRIPT_HINT = '请点击按钮前往支付宝付款。Press the button to continue to Alipay.';
const ID = /^[A-Za-z][A-Za-z0-9_:.-]{0,63}$/;
const NONCE = /^[A-Za-z0-9+/=_-]{1,200}$/;

function optionError(option: string, value: unknown, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', `Form option ${option} ${JSON.stringify(value)} is not allowed.`, {
    hint,
    field: option,
    status: 500,
  });
}

/**
 * The auto-submitting form of CR p8 (docs/internals/payment-request.md#form): action `<gateway>?_input_charset=<cs>` and nothing else in
 * it; one hidden input per parameter (`_input_charset`, `sign` and `sign_type` included), no other
 * named control (the button has no name, so it is not submitted); `accept-charset` so a UTF-8 page
 * still submits GBK values as GBK; every attribute value HTML-escaped.
 */
export function renderPaymentForm(
  action: string,
  params: readonly (readonly [string, string])[],
  charset: Charset,
  options: PaymentFormOptions = {},
): string {
  const method = options.method ?? 'post';
  if (method !== 'post' && method !== 'get') throw optionError('method', method, 'Use "post" (the default) or "get".');
  const id = options.id ?? DEFAULT_ID;
  if (!ID.test(id))
    throw optionError('id', id, 'Use a plain HTML id: a letter, then letters, digits, "_", ":", "." or "-".');
  if (options.nonce !== undefined && !NONCE.test(options.nonce)) {
    throw optionError('nonce', options.nonce, 'Pass the base64 nonce of your Content-Security-Policy script-src.');
  }
  const label = escapeHtml(options.submitLabel ?? DEFAULT_LABEL);
  const button = `<button type="submit">${label}</button>`;
  const lines = [
    `<form id="${id}" action="${escapeHtml(action)}" method="${method}" accept-charset="${charset}">`,
    ...params.map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`),
  ];
  if (options.autoSubmit === false) {
    lines.push(button, '</form>');
    return lines.join('\n');
  }
  lines.push(`<noscript><p>${escapeHtml(NOSCRIPT_HINT)}</p>${button}</noscript>`, '</form>');
  const nonce = options.nonce === undefined ? '' : ` nonce="${escapeHtml(options.nonce)}"`;
  // The prototype's submit(): a field named "submit" could never shadow it.
  lines.push(`<script${nonce}>HTMLFormElement.prototype.submit.call(document.getElementById("${id}"));</script>`);
  return lines.join('\n');
}

/**
 * A complete page around `form`. Declared UTF-8: serve it as `text/html; charset=utf-8` (what a
 * JavaScript string becomes in a Response); the form's `accept-charset` makes the browser submit
 * in the request's charset regardless.
 */
export function renderPaymentPage(form: string, title = '正在前往支付宝 / Redirecting to Alipay'): string {
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    form,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
