/**
 * Reading a gateway request the way the merchant's library signed it: the query string and the
 * form body parsed over BYTES (core's parseFormBody), merged like a servlet's parameters, decoded
 * with `_input_charset` only afterwards.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { parseFormBody, type RawParam } from '@alipay-escrow/core/protocol';
import { decodeBytes, normalizeCharset, type Charset } from '@alipay-escrow/core/charset';

/** Gateway requests are a few KiB; a create request with every field stays far below this. */
const MAX_BODY_BYTES = 256 * 1024;

function illegal(message: string, hint: string, cause?: unknown): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', message, { hint, ...(cause === undefined ? {} : { cause }) });
}

function parse(bytes: Uint8Array, where: string): RawParam[] {
  try {
    return parseFormBody(bytes);
  } catch (cause) {
    if (!AlipayEscrowError.is(cause)) throw cause;
    throw illegal(
      `The ${where} is not a well-formed parameter list: ${cause.message}`,
      'Send name=value pairs joined by &, each name once, every % followed by two hex digits.',
      cause,
    );
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Every parameter of the request as raw bytes (docs/internals/payment-request.md#form): the URL
 * query, then (POST) the form body. A name in both must carry the same value (the form action's
 * `?_input_charset=` repeats the hidden
 * field, CR p8); different values are ILLEGAL_ARGUMENT.
 */
export async function readRawParams(request: Request): Promise<RawParam[]> {
  const search = new URL(request.url).search.slice(1);
  const params = parse(new TextEncoder().encode(search), 'query string');
  if (request.method !== 'POST') return params;
  const body = new Uint8Array(await request.arrayBuffer());
  if (body.length > MAX_BODY_BYTES)
    throw illegal(`The request body is ${body.length} bytes.`, `A gateway request is at most ${MAX_BODY_BYTES} bytes.`);
  for (const p of parse(body, 'request body')) {
    const twin = params.find((q) => q.key === p.key);
    if (twin === undefined) params.push(p);
    else if (!sameBytes(twin.value, p.value)) {
      throw illegal(
        `Parameter "${p.key}" is in both the URL and the body, with different values.`,
        'Put only ?_input_charset=… on the form action; every other parameter in the body (Alipay escrow access rules, p. 8).',
      );
    }
  }
  return params;
}

/** A parameter's value as ASCII/latin-1 text (names and codes: service, partner, sign_type, …). */
export function plainValue(params: readonly RawParam[], name: string): string | undefined {
  const p = params.find((q) => q.key === name);
  if (p === undefined || p.value.length === 0) return undefined;
  let text = '';
  for (const b of p.value) text += String.fromCharCode(b);
  return text;
}

/** `_input_charset` (query or body), checked: ILLEGAL_CHARSET when missing or not utf-8 / gbk / gb2312. */
export function requestCharset(params: readonly RawParam[]): Charset {
  const label = plainValue(params, '_input_charset');
  if (label === undefined) {
    throw new AlipayEscrowError('ILLEGAL_CHARSET', '_input_charset is missing.', {
      hint: 'Send _input_charset (utf-8 or gbk) as a signed parameter, and for POST also on the URL (Alipay escrow access rules, pp. 5, 8).',
      field: '_input_charset',
    });
  }
  try {
    return normalizeCharset(label);
  } catch (cause) {
    throw new AlipayEscrowError('ILLEGAL_CHARSET', `_input_charset ${JSON.stringify(label)} is not supported.`, {
      hint: 'Use utf-8, gbk or gb2312.',
      field: '_input_charset',
      cause,
    });
  }
}

/** Every parameter decoded with `charset`; bytes invalid in it are ILLEGAL_ENCODING. */
export function decodeParams(params: readonly RawParam[], charset: Charset): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const p of params) {
    try {
      out[decodeBytes(p.name, charset)] = decodeBytes(p.value, charset, { field: p.key });
    } catch (cause) {
      throw new AlipayEscrowError('ILLEGAL_ENCODING', `Parameter "${p.key}" is not valid ${charset}.`, {
        hint: 'Encode every value in the charset named by _input_charset before percent-encoding it.',
        field: p.key,
        cause,
      });
    }
  }
  return out;
}
