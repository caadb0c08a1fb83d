import { AlipayEscrowError } from '../errors/error.js';
import type { EncodeOptions } from './encode.js';

// The errors of encodeText, shared by the UTF-8 encoder (encode.ts) and the GBK one (gbk-encode.ts).

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function subject(options: EncodeOptions): string {
  return options.field === undefined ? 'The text' : `Field ${JSON.stringify(options.field)}`;
}

function withField(options: EncodeOptions): { field?: string } {
  return options.field === undefined ? {} : { field: options.field };
}

export function unencodableError(index: number, codePoint: number, options: EncodeOptions): AlipayEscrowError {
  const char = String.fromCodePoint(codePoint);
  return new AlipayEscrowError(
    'CHARSET_UNENCODABLE',
    `${subject(options)} contains the character "${char}" (${codePointLabel(codePoint)}) at index ${index}, ` +
      'which GBK cannot represent.',
    {
      hint:
        `Remove the character, switch the merchant charset to utf-8, or pass { unencodable: 'ncr' } ` +
        `to send it as &#${codePoint}; (what browsers do when submitting a GBK form).`,
      ...withField(options),
    },
  );
}

export function loneSurrogateError(
  text: string,
  index: number,
  charsetName: string,
  options: EncodeOptions,
): AlipayEscrowError {
  const unit = text.charCodeAt(index);
  return new AlipayEscrowError(
    'CHARSET_UNENCODABLE',
    `${subject(options)} contains a lone surrogate ${codePointLabel(unit)} at index ${index} ` +
      `(half of a UTF-16 pair, not a character), so it cannot be encoded as ${charsetName}.`,
    {
      hint:
        'The string was probably cut in the middle of an emoji or another character outside the BMP; ' +
        'fix or remove it where the text comes from (encoding it as U+FFFD would silently change the signed bytes).',
      ...withField(options),
    },
  );
}
