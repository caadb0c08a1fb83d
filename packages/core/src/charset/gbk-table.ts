import { AlipayEscrowError } from '../errors/error.js';
import {
  GBK_SHADOWED_VARIANTS,
  GBK_VARIANTS_GB18030_2005,
  GBK_VARIANTS_GB18030_2022,
} from './gbk-variants.js';

/**
 * GBK encode table: index = UTF-16 code unit (BMP code point), value = the GBK bytes
 * (`lead << 8 | trail` for two bytes, a value below 0x100 for one byte), 0 = not in GBK.
 * Built once, on first use, from the runtime's `TextDecoder('gbk')` (128 KiB).
 */
let table: Uint16Array | undefined;

export function gbkEncodeTable(): Uint16Array {
  return (table ??= buildGbkEncodeTable());
}

const LEAD_FIRST = 0x81;
const LEAD_LAST = 0xfe;
/** Trail bytes 0x40–0x7E and 0x80–0xFE: 190 per lead byte. */
const TRAILS_PER_LEAD = 190;

function trailByte(index: number): number {
  return index < 63 ? 0x40 + index : 0x41 + index;
}

function openGbkDecoder(): TextDecoder {
  try {
    return new TextDecoder('gbk');
  } catch (cause) {
    throw new AlipayEscrowError(
      'CHARSET_UNSUPPORTED',
      'This JavaScript runtime has no GBK decoder (new TextDecoder("gbk") throws), so text cannot be encoded as GBK.',
      {
        hint:
          'Run on a runtime with full ICU (Node.js built with small-icu or --without-intl lacks it; ' +
          'official Node.js builds, Cloudflare Workers and Deno have it), or set the merchant charset to utf-8.',
        status: 500,
        cause,
      },
    );
  }
}

/** Every two-byte sequence of one lead byte, decoded in one call (one per pair as a fallback). */
function addLeadRow(decoder: TextDecoder, lead: number, out: Uint16Array, row: Uint8Array): void {
  for (let i = 0; i < TRAILS_PER_LEAD; i++) {
    row[2 * i] = lead;
    row[2 * i + 1] = trailByte(i);
  }
  const text = decoder.decode(row);
  if (text.length === TRAILS_PER_LEAD) {
    for (let i = 0; i < TRAILS_PER_LEAD; i++) addPair(out, text.charCodeAt(i), (lead << 8) | trailByte(i));
    return;
  }
  // Some pair did not decode to exactly one code unit: the positions shifted, decode pair by pair.
  const pair = new Uint8Array(2);
  pair[0] = lead;
  for (let i = 0; i < TRAILS_PER_LEAD; i++) {
    pair[1] = trailByte(i);
    const one = decoder.decode(pair);
    if (one.length === 1) addPair(out, one.charCodeAt(0), (lead << 8) | pair[1]);
  }
}

/** The first sequence found for a code point wins: GBK encoders pick the lowest one (U+3000 → A1A1). */
function addPair(out: Uint16Array, codeUnit: number, bytes: number): void {
  if (codeUnit < 0x80 || codeUnit === 0xfffd || (codeUnit >= 0xd800 && codeUnit <= 0xdfff)) return;
  if (out[codeUnit] === 0) out[codeUnit] = bytes;
}

/** Spot checks that the runtime's "gbk" decoder really is GBK (GB2312 area, GBK/3 area, a symbol). */
function assertLooksLikeGbk(out: Uint16Array): void {
  const expected: readonly (readonly [number, number])[] = [
    [0x6d4b, 0xb2e2], // 测
    [0x554a, 0xb0a1], // 啊
    [0x4e02, 0x8140], // 丂
    [0xff01, 0xa3a1], // ！
  ];
  for (const [codePoint, bytes] of expected) {
    if (out[codePoint] !== bytes) {
      throw new AlipayEscrowError(
        'CHARSET_UNSUPPORTED',
        `This runtime's TextDecoder("gbk") does not decode GBK correctly (U+${codePoint.toString(16).toUpperCase()} ` +
          `should be 0x${bytes.toString(16).toUpperCase()}), so GBK encoding would produce wrong bytes.`,
        { hint: 'Use a runtime with a standard GBK/GB18030 decoder, or set the merchant charset to utf-8.', status: 500 },
      );
    }
  }
}

/** Builds the table (a few milliseconds); use `gbkEncodeTable()` to get the shared, lazily built one. */
export function buildGbkEncodeTable(): Uint16Array {
  const decoder = openGbkDecoder();
  const out = new Uint16Array(65536);
  for (let c = 1; c < 0x80; c++) out[c] = c;
  const row = new Uint8Array(2 * TRAILS_PER_LEAD);
  for (let lead = LEAD_FIRST; lead <= LEAD_LAST; lead++) addLeadRow(decoder, lead, out, row);
  // Runtimes disagree on ~100 sequences (private-use vs standard code points): accept both forms
  // everywhere, so the table is the same on every runtime.
  for (const list of [GBK_VARIANTS_GB18030_2005, GBK_VARIANTS_GB18030_2022]) {
    for (const [bytes, privateUse, standard] of list) {
      out[privateUse] = bytes;
      out[standard] = bytes;
    }
  }
  for (const [bytes, privateUse] of GBK_SHADOWED_VARIANTS) out[privateUse] = bytes;
  // The euro sign is the single byte 0x80 in GBK (code page 936), whether or not the decoder
  // maps 0x80 (workerd's does not; its A2E3 → € is a GB18030 mapping).
  out[0x20ac] = 0x80;
  assertLooksLikeGbk(out);
  return out;
}
