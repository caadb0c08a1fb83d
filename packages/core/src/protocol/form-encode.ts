import { encodeText, type Charset, type EncodeOptions } from '../charset/index.js';

const HEX = '0123456789ABCDEF';

/** Bytes kept as-is by PHP's urlencode(), which the official demo and the gateway use. */
function isUnreserved(b: number): boolean {
  return (
    (b >= 0x30 && b <= 0x39) || // 0-9
    (b >= 0x41 && b <= 0x5a) || // A-Z
    (b >= 0x61 && b <= 0x7a) || // a-z
    b === 0x2d ||
    b === 0x2e ||
    b === 0x5f // - . _
  );
}

/** application/x-www-form-urlencoded escaping of raw bytes: space → '+', others → %XX (upper case). */
export function percentEncodeBytes(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (isUnreserved(b)) out += String.fromCharCode(b);
    else if (b === 0x20) out += '+';
    else out += '%' + HEX[b >> 4]! + HEX[b & 15]!;
  }
  return out;
}

/** Encodes one text value in `charset`, then escapes it for a query string or form body. */
export function formEncodeValue(text: string, charset: Charset, options: EncodeOptions = {}): string {
  return percentEncodeBytes(encodeText(text, charset, options));
}

/**
 * Serialises name/value pairs, in the given order, as a form body / query string in `charset`
 * (`a=1&b=%E6%B5%8B`). Values the charset cannot hold throw, naming the parameter.
 */
export function formEncodePairs(
  pairs: Iterable<readonly [string, string]>,
  charset: Charset,
  options: Omit<EncodeOptions, 'field'> = {},
): string {
  const parts: string[] = [];
  for (const [k, v] of pairs) {
    parts.push(
      `${formEncodeValue(k, charset, { ...options, field: k })}=${formEncodeValue(v, charset, { ...options, field: k })}`,
    );
  }
  return parts.join('&');
}
