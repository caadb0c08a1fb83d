import { AlipayEscrowError } from '../errors/error.js';
import { normalizeCharset, type Charset } from './charset.js';
import { gbkEncodeTable } from './gbk-table.js';

/**
 * What to do with a character the charset cannot represent: `'error'` (the default) throws
 * CHARSET_UNENCODABLE; `'ncr'` writes it as `&#NNN;` (decimal code point), as browsers do when
 * they submit a form in GBK.
 */
export type UnencodablePolicy = 'error' | 'ncr';

/** Options of {@link encodeText}. */
export interface EncodeOptions {
  /** Parameter name, used in error messages. */
  field?: string;
  /**
   * What to do with a character the charset cannot represent (GBK only): `'error'` (default) throws
   * CHARSET_UNENCODABLE naming `field`, `'ncr'` writes `&#NNN;`.
   */
  unencodable?: UnencodablePolicy;
}

const utf8Encoder = new TextEncoder();

/**
 * The bytes of `text` in `charset`: exactly what gets signed and sent. Never substitutes
 * silently: a lone surrogate is always an error, and so is a character GBK lacks unless
 * `options.unencodable` is `'ncr'`.
 */
export function encodeText(text: string, charset: Charset, options: EncodeOptions = {}): Uint8Array {
  if (charset === 'gbk') return encodeGbk(text, options);
  if (charset === 'utf-8') return encodeUtf8(text, options);
  return encodeText(text, normalizeCharset(charset), options);
}

// ---------------------------------------------------------------------------------------------
// UTF-8

const nativeIsWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

function encodeUtf8(text: string, options: EncodeOptions): Uint8Array {
  if (nativeIsWellFormed === undefined || !nativeIsWellFormed.call(text)) {
    const at = firstLoneSurrogate(text, 0);
    if (at >= 0) throw loneSurrogateError(text, at, 'UTF-8', options);
  }
  return utf8Encoder.encode(text);
}

/** Index of the first UTF-16 code unit at or after `from` that is half of a missing pair, or -1. */
function firstLoneSurrogate(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// GBK

/** Reused work space for strings up to 32 Ki code units (results are copied out of it). */
const SCRATCH_LIMIT = 1 << 16;
let scratch = new Uint8Array(0);

function workBuffer(size: number): Uint8Array {
  if (size <= scratch.length) return scratch;
  if (size > SCRATCH_LIMIT) return new Uint8Array(size);
  let grown = 256;
  while (grown < size) grown *= 2;
  scratch = new Uint8Array(grown);
  return scratch;
}

/**
 * One pass into a work buffer of the largest possible size (every UTF-16 code unit is at most
 * two GBK bytes), then one copy of exactly the bytes written. The first character outside the
 * table hands over to `encodeGbkSlow`.
 */
function encodeGbk(text: string, options: EncodeOptions): Uint8Array {
  const table = gbkEncodeTable();
  const length = text.length;
  const out = workBuffer(length * 2);
  let o = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
      continue;
    }
    const bytes = table[c] as number;
    if (bytes > 0xff) {
      out[o++] = bytes >> 8;
      out[o++] = bytes & 0xff;
    } else if (bytes !== 0) {
      out[o++] = bytes;
    } else {
      return encodeGbkSlow(text, i, out.subarray(0, o), table, options);
    }
  }
  return out !== scratch && o === out.length ? out : out.slice(0, o);
}

/**
 * From the first unencodable character on: measure the rest exactly (NCRs included), then fill.
 * Throws on the first character that is an error under `options.unencodable`.
 */
function encodeGbkSlow(
  text: string,
  from: number,
  prefix: Uint8Array,
  table: Uint16Array,
  options: EncodeOptions,
): Uint8Array {
  const ncr = options.unencodable === 'ncr';
  let size = prefix.length;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      size++;
      continue;
    }
    const bytes = table[c] as number;
    if (bytes !== 0) {
      size += bytes > 0xff ? 2 : 1;
      continue;
    }
    const codePoint = text.codePointAt(i) as number;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) throw loneSurrogateError(text, i, 'GBK', options);
    if (!ncr) throw unencodableError(i, codePoint, options);
    size += 3 + String(codePoint).length;
    if (codePoint > 0xffff) i++;
  }

  const out = new Uint8Array(size);
  out.set(prefix);
  let o = prefix.length;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
      continue;
    }
    const bytes = table[c] as number;
    if (bytes > 0xff) {
      out[o++] = bytes >> 8;
      out[o++] = bytes & 0xff;
      continue;
    }
    if (bytes !== 0) {
      out[o++] = bytes;
      continue;
    }
    const codePoint = text.codePointAt(i) as number;
    const reference = `&#${codePoint};`;
    for (let k = 0; k < reference.length; k++) out[o++] = reference.charCodeAt(k);
    if (codePoint > 0xffff) i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Errors

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function subject(options: EncodeOptions): string {
  return options.field === undefined ? 'The text' : `Field ${JSON.stringify(options.field)}`;
}

function withField(options: EncodeOptions): { field?: string } {
  return options.field === undefined ? {} : { field: options.field };
}

function unencodableError(index: number, codePoint: number, options: EncodeOptions): AlipayEscrowError {
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

function loneSurrogateError(text: string, index: number, charsetName: string, options: EncodeOptions): AlipayEscrowError {
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
