import { AlipayEscrowError } from '../errors/error.js';
import { type Charset, normalizeCharset } from './charset.js';
import { firstInvalidGbk } from './gbk-bytes.js';
import { gbkTables } from './gbk-support.js';

/** Fatal UTF-8 decoder; `ignoreBOM` keeps a leading U+FEFF so bytes round-trip. */
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes `bytes` strictly: invalid bytes are CHARSET_UNDECODABLE, never U+FFFD, and a UTF-8
 * byte order mark is kept as U+FEFF rather than dropped. GBK is decoded with the library's own
 * table, so every runtime reads the same bytes as the same text (see gbk-table.ts); it must be
 * loaded (gbk-support.ts), else CHARSET_UNSUPPORTED.
 */
export function decodeBytes(bytes: Uint8Array, charset: Charset, options: { field?: string } = {}): string {
  if (charset !== 'utf-8' && charset !== 'gbk') return decodeBytes(bytes, normalizeCharset(charset), options);
  // ASCII is the same in both charsets and most values are ASCII: skip the decoder call.
  if (bytes.length <= 256 && isAscii(bytes)) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  if (charset === 'gbk') {
    const text = gbkTables().decode(bytes);
    if (text === undefined) throw undecodableError(bytes, charset, options.field);
    return text;
  }
  try {
    return utf8Decoder.decode(bytes);
  } catch (cause) {
    throw undecodableError(bytes, charset, options.field, cause);
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

function undecodableError(
  bytes: Uint8Array,
  charset: Charset,
  field: string | undefined,
  cause?: unknown,
): AlipayEscrowError {
  const what = field === undefined ? 'The bytes' : `The bytes of field ${JSON.stringify(field)}`;
  const name = charset === 'gbk' ? 'GBK' : 'UTF-8';
  let message = `${what} are not valid ${name}: the body is probably in another charset.`;
  if (charset === 'utf-8') {
    const at = firstInvalidUtf8(bytes);
    if (at >= 0) message += ` The first invalid byte is 0x${hexByte(bytes[at] as number)} at offset ${at}.`;
    if (decodesAsGbk(bytes)) message += ' They do decode as GBK.';
  } else {
    const at = firstInvalidGbk(bytes);
    if (at >= 0) message += ` The first invalid byte is 0x${hexByte(bytes[at] as number)} at offset ${at}.`;
    if (isValidUtf8(bytes)) message += ' They are valid UTF-8.';
    message +=
      ' (GBK here is code page 936: ASCII, 0x80 and two-byte sequences; 0xFF and GB18030 four-byte sequences are not GBK.)';
  }
  return new AlipayEscrowError('CHARSET_UNDECODABLE', message, {
    hint:
      'Make the configured charset match the _input_charset the sender used (utf-8 or gbk), ' +
      'and pass the raw bytes of the request, not a string that was already decoded.',
    ...(field === undefined ? {} : { field }),
    ...(cause === undefined ? {} : { cause }),
  });
}

function hexByte(value: number): string {
  return value.toString(16).toUpperCase().padStart(2, '0');
}

function decodesAsGbk(bytes: Uint8Array): boolean {
  return firstInvalidGbk(bytes) < 0;
}

/** True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) < 0;
}

/** Offset of the byte where the first ill-formed UTF-8 sequence starts, or -1 (Unicode Table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i] as number;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      if (b0 === 0xe0) low = 0xa0;
      else if (b0 === 0xed) high = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      if (b0 === 0xf0) low = 0x90;
      else if (b0 === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > n) return i;
    const b1 = bytes[i + 1] as number;
    if (b1 < low || b1 > high) return i;
    for (let k = 2; k < length; k++) {
      const b = bytes[i + k] as number;
      if (b < 0x80 || b > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
