import { normalizeCharset, type Charset } from './charset.js';
import { loneSurrogateError } from './encode-errors.js';
import { gbkTables } from './gbk-support.js';

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
  if (charset === 'gbk') return gbkTables().encode(text, options);
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
