import type { EncodeOptions } from './encode.js';
import { loneSurrogateError, unencodableError } from './encode-errors.js';
import { gbkEncodeTable } from './gbk-table.js';

// The GBK encoder: loaded with the GBK tables (gbk.ts), never by the receiver entry on its own.

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
export function encodeGbk(text: string, options: EncodeOptions): Uint8Array {
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
