import { firstInvalidGbk, gbkPointer } from './gbk-bytes.js';
import { gbkDecodeTable } from './gbk-table.js';

/** Code units are turned into a string this many at a time (under every engine's argument limit). */
const CHUNK = 8192;

/**
 * Decodes GBK with the library's own table (gbk-table.ts), the same on every runtime. Returns
 * `undefined` at the first byte that is not GBK: 0xFF, a lead byte without a valid trail byte
 * (four-byte GB18030 sequences included), or a lead byte at the end.
 */
export function decodeGbk(bytes: Uint8Array): string | undefined {
  const table = gbkDecodeTable();
  const n = bytes.length;
  const units = new Uint16Array(n);
  let o = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      units[o++] = b;
    } else if (b === 0x80) {
      units[o++] = 0x20ac;
    } else {
      const pointer = i + 1 < n ? gbkPointer(b, bytes[i + 1] as number) : -1;
      if (pointer < 0) return undefined;
      units[o++] = table[pointer] as number;
      i++;
    }
  }
  let text = '';
  for (let at = 0; at < o; at += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(at + CHUNK, o)) as unknown as number[]);
  }
  return text;
}

export { firstInvalidGbk };
