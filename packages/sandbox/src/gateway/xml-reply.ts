/**
 * The gateway's XML replies (docs/internals/send-goods.md#reply): `<alipay><is_success>…` with the request echoed, the
 * record under `<response>`, and a `<sign>` over the record's children in the request's charset
 * (docs/internals/signing.md#xml-reply-sign). Errors carry only `<error>` and no sign, like the spec's sample (S p13). A record
 * is always signed: core refuses an unsigned trade record (RESPONSE_SIGN_INVALID) before applying
 * anything.
 */
import type { SignatureKeys } from '@alipay-escrow/core';
import { escapeHtml, signParams } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';

const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n';

/** Escaped element text; a carriage return as &#13; so XML's line-end normalisation keeps it. */
function xmlText(value: string): string {
  return escapeHtml(value).replace(/\r/g, '&#13;');
}

function xmlResponse(xml: string): Response {
  return new Response(xml, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
}

/** `<alipay><is_success>F</is_success><error>CODE</error></alipay>`. */
export function errorReply(code: string): Response {
  return xmlResponse(`${XML_HEAD}<alipay>\n<is_success>F</is_success>\n<error>${xmlText(code)}</error>\n</alipay>\n`);
}

/** `<alipay><is_success>T</is_success></alipay>` (close_trade's documented success). */
export function bareSuccessReply(): Response {
  return xmlResponse(`${XML_HEAD}<alipay>\n<is_success>T</is_success>\n</alipay>\n`);
}

function requestEcho(params: Record<string, string>): string {
  const lines = Object.entries(params)
    .filter(([name, value]) => name !== 'sign' && name !== 'sign_type' && value !== '')
    .map(([name, value]) => `<param name="${escapeHtml(name)}">${xmlText(value)}</param>`);
  return `<request>\n${lines.join('\n')}\n</request>`;
}

/**
 * A success reply: `<request>` echo, `<response><{element}>` with `fields` (empty ones left out)
 * in alphabetical order, then `<sign>` over those fields and `<sign_type>`.
 */
export async function recordReply(
  request: Record<string, string>,
  element: 'tradeBase' | 'trade',
  fields: [string, string][],
  keys: SignatureKeys,
  charset: Charset,
): Promise<Response> {
  const children = fields.filter(([, v]) => v !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const { sign, signType } = await signParams(children, keys, { charset });
  const record = children.map(([name, value]) => `<${name}>${xmlText(value)}</${name}>`).join('\n');
  return xmlResponse(
    `${XML_HEAD}<alipay>\n<is_success>T</is_success>\n${requestEcho(request)}\n<response>\n<${element}>\n${record}\n</${element}>\n</response>\n<sign>${sign}</sign>\n<sign_type>${signType}</sign_type>\n</alipay>\n`,
  );
}
