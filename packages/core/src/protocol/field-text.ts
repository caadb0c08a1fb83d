import type { Charset } from '../charset/charset.js';
import { encodeText, type UnencodablePolicy } from '../charset/encode.js';
import { AlipayEscrowError } from '../errors/error.js';

/**
 * The text actually sent for one parameter. Throws CHARSET_UNENCODABLE naming `param` when the
 * charset cannot hold a character (or the text has a lone surrogate). With the 'ncr' policy a
 * character GBK lacks is replaced by `&#NNN;` here, in the text, so that what is signed, the URL
 * and the form all carry the same characters (a browser submitting a GBK form does the same).
 */
export function textToSend(value: string, param: string, charset: Charset, policy: UnencodablePolicy): string {
  try {
    encodeText(value, charset, { field: param });
    return value;
  } catch (error) {
    if (charset !== 'gbk' || policy !== 'ncr') throw error;
  }
  // Lone surrogates stay errors under 'ncr'; this throws for them with the parameter named.
  encodeText(value, charset, { field: param, unencodable: 'ncr' });
  let out = '';
  for (const char of value) {
    if (char.charCodeAt(0) < 0x80 || fitsGbk(char)) out += char;
    else out += `&#${char.codePointAt(0)};`;
  }
  return out;
}

function fitsGbk(char: string): boolean {
  try {
    encodeText(char, 'gbk');
    return true;
  } catch {
    return false;
  }
}

/**
 * Length as the documents count it: String(256) is "at most 128 Chinese characters" (C p14; docs/internals/payment-request.md#limits), i.e.
 * GBK bytes — 1 per ASCII character, 2 per other BMP character, 4 beyond the BMP (as GB18030).
 * For a GBK request this is its byte length; for UTF-8 it is the same measure, so one subject
 * fits or does not fit in both charsets alike.
 */
export function documentedLength(text: string): number {
  let n = 0;
  for (const char of text) {
    const c = char.codePointAt(0)!;
    n += c < 0x80 ? 1 : c <= 0xffff ? 2 : 4;
  }
  return n;
}

/** FIELD_TOO_LONG unless `text` fits in `max` (documented length). */
export function assertFits(text: string, max: number, param: string, source: string): void {
  const length = documentedLength(text);
  if (length > max) {
    throw new AlipayEscrowError(
      'FIELD_TOO_LONG',
      `${source} (${param}) is ${length} bytes long; Alipay allows ${max} (String(${max}), counting 2 bytes per Chinese character).`,
      {
        hint: `Shorten ${source} to at most ${max} bytes (${Math.floor(max / 2)} Chinese characters).`,
        field: param,
        status: statusFor(source),
      },
    );
  }
}

/** A problem in the merchant's own configuration is a server error (500); one in the order, 400. */
export function statusFor(source: string): number {
  return source.startsWith('merchant.') ? 500 : 400;
}
