// Node only: the GBK encoder against iconv-lite (GBK encoding in most Node.js code) over every
// two-byte GBK sequence and every BMP code point, and the GBK decoder against iconv-lite and
// Node's own TextDecoder('gbk'). Differences are listed below, with the reason;
// the test asserts that the differences are exactly these, so any new one fails.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText } from '../src/charset/index.js';
import {
  GBK_SHADOWED_VARIANTS,
  GBK_VARIANTS_GB18030_2005,
  GBK_VARIANTS_GB18030_2022,
} from '../src/charset/gbk-variants.js';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite') as {
  encode(text: string, encoding: string): Uint8Array;
  decode(bytes: Uint8Array, encoding: string): string;
};

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Our bytes, or null when we refuse the character. */
function ours(text: string): string | null {
  try {
    return hex(encodeText(text, 'gbk'));
  } catch {
    return null;
  }
}

/** iconv-lite's bytes, or null when it substitutes '?' (its way of saying "not in GBK"). */
function theirs(text: string): string | null {
  const out = hex(iconv.encode(text, 'gbk'));
  return out === '3f' && text !== '?' ? null : out;
}

/**
 * Code page 936 private-use forms (what Node's own TextDecoder('gbk') returns) of sequences that
 * GB18030-2000/2005 gave standard code points. iconv-lite's tables are GB18030-2005's, so it has
 * no mapping for these and writes '?'; we map them back to the sequence, so that text decoded on
 * Node re-encodes to the same bytes. (Includes U+E5E5 → A3A0 and U+E76C → A2E3, whose standard
 * forms U+3000 and € belong to A1A1 and 0x80 in both encoders.) [codePoint, ourBytes]
 */
const CP936_PRIVATE_USE: readonly (readonly [number, number])[] = [
  [0xe5e5, 0xa3a0],
  [0xe76c, 0xa2e3],
  [0xe7c8, 0xa8bf],
  [0xe7e7, 0xa989],
  [0xe7e8, 0xa98a],
  [0xe7e9, 0xa98b],
  [0xe7ea, 0xa98c],
  [0xe7eb, 0xa98d],
  [0xe7ec, 0xa98e],
  [0xe7ed, 0xa98f],
  [0xe7ee, 0xa990],
  [0xe7ef, 0xa991],
  [0xe7f0, 0xa992],
  [0xe7f1, 0xa993],
  [0xe7f2, 0xa994],
  [0xe7f3, 0xa995],
  [0xe815, 0xfe50],
  [0xe819, 0xfe54],
  [0xe81a, 0xfe55],
  [0xe81b, 0xfe56],
  [0xe81c, 0xfe57],
  [0xe81d, 0xfe58],
  [0xe81f, 0xfe5a],
  [0xe820, 0xfe5b],
  [0xe821, 0xfe5c],
  [0xe822, 0xfe5d],
  [0xe823, 0xfe5e],
  [0xe824, 0xfe5f],
  [0xe825, 0xfe60],
  [0xe827, 0xfe62],
  [0xe828, 0xfe63],
  [0xe829, 0xfe64],
  [0xe82a, 0xfe65],
  [0xe82d, 0xfe68],
  [0xe82e, 0xfe69],
  [0xe82f, 0xfe6a],
  [0xe830, 0xfe6b],
  [0xe833, 0xfe6e],
  [0xe834, 0xfe6f],
  [0xe835, 0xfe70],
  [0xe836, 0xfe71],
  [0xe837, 0xfe72],
  [0xe838, 0xfe73],
  [0xe839, 0xfe74],
  [0xe83a, 0xfe75],
  [0xe83c, 0xfe77],
  [0xe83d, 0xfe78],
  [0xe83e, 0xfe79],
  [0xe83f, 0xfe7a],
  [0xe840, 0xfe7b],
  [0xe841, 0xfe7c],
  [0xe842, 0xfe7d],
  [0xe844, 0xfe80],
  [0xe845, 0xfe81],
  [0xe846, 0xfe82],
  [0xe847, 0xfe83],
  [0xe848, 0xfe84],
  [0xe849, 0xfe85],
  [0xe84a, 0xfe86],
  [0xe84b, 0xfe87],
  [0xe84c, 0xfe88],
  [0xe84d, 0xfe89],
  [0xe84e, 0xfe8a],
  [0xe84f, 0xfe8b],
  [0xe850, 0xfe8c],
  [0xe851, 0xfe8d],
  [0xe852, 0xfe8e],
  [0xe853, 0xfe8f],
  [0xe856, 0xfe92],
  [0xe857, 0xfe93],
  [0xe858, 0xfe94],
  [0xe859, 0xfe95],
  [0xe85a, 0xfe96],
  [0xe85b, 0xfe97],
  [0xe85c, 0xfe98],
  [0xe85d, 0xfe99],
  [0xe85e, 0xfe9a],
  [0xe85f, 0xfe9b],
  [0xe860, 0xfe9c],
  [0xe861, 0xfe9d],
  [0xe862, 0xfe9e],
  [0xe863, 0xfe9f],
];

/**
 * GB18030-2022 moved these sequences from private use to standard code points (Deno's
 * TextDecoder returns them). iconv-lite predates 2022 and writes '?'. [codePoint, ourBytes]
 */
const GB18030_2022_STANDARD: readonly (readonly [number, number])[] = [
  [0x9fb4, 0xfe59],
  [0x9fb5, 0xfe61],
  [0x9fb6, 0xfe66],
  [0x9fb7, 0xfe67],
  [0x9fb8, 0xfe6d],
  [0x9fb9, 0xfe7e],
  [0x9fba, 0xfe90],
  [0x9fbb, 0xfea0],
  [0xfe10, 0xa6d9],
  [0xfe11, 0xa6db],
  [0xfe12, 0xa6da],
  [0xfe13, 0xa6dc],
  [0xfe14, 0xa6dd],
  [0xfe15, 0xa6de],
  [0xfe16, 0xa6df],
  [0xfe17, 0xa6ec],
  [0xfe18, 0xa6ed],
  [0xfe19, 0xa6f3],
];

interface Difference {
  codePoint: string;
  ours: string | null;
  iconvLite: string | null;
}

function expectedDifferences(): Difference[] {
  const list: Difference[] = [];
  const label = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  for (const [cp, bytes] of [...CP936_PRIVATE_USE, ...GB18030_2022_STANDARD]) {
    list.push({ codePoint: label(cp), ours: bytes.toString(16), iconvLite: null });
  }
  // U+E7C7 is A8BC in code page 936. GB18030-2005 gave A8BC to U+1E3F (both encoders agree on
  // that) and moved U+E7C7 to the four-byte sequence 8135F4, which iconv-lite writes even for
  // 'gbk': four bytes that are not GBK at all.
  list.push({ codePoint: label(0xe7c7), ours: 'a8bc', iconvLite: '8135f4' });
  return list.sort((a, b) => a.codePoint.localeCompare(b.codePoint));
}

describe('GBK encoder vs iconv-lite', () => {
  it('encodes every character iconv-lite decodes from a two-byte GBK sequence exactly as iconv-lite does', () => {
    const mismatches: string[] = [];
    let checked = 0;
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const text = iconv.decode(pair, 'gbk');
        if (text.length !== 1 || text === '\uFFFD') continue;
        checked++;
        const a = ours(text);
        const b = theirs(text);
        if (a !== b) mismatches.push(`${hex(pair)} → ${text}: ours ${a}, iconv-lite ${b}`);
      }
    }
    expect(checked).toBe(23940);
    expect(mismatches).toEqual([]);
  });

  it('agrees on encodability and bytes for every BMP code point, except the listed differences', () => {
    const differences: Difference[] = [];
    let bothEncode = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates: checked below
      const text = String.fromCharCode(cp);
      const a = ours(text);
      const b = theirs(text);
      if (a !== b) {
        differences.push({ codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, ours: a, iconvLite: b });
      } else if (a !== null) bothEncode++;
    }
    // 128 ASCII + € + 23,938 two-byte characters: both encoders agree on 24,067 code points.
    expect(bothEncode).toBe(24067);
    expect(differences).toEqual(expectedDifferences());
  });

  it('lone surrogates: iconv-lite writes "?", we refuse', () => {
    for (const cp of [0xd800, 0xdbff, 0xdc00, 0xdfff]) {
      const text = String.fromCharCode(cp);
      expect(theirs(text)).toBeNull();
      expect(ours(text)).toBeNull();
    }
  });

  it('characters outside the BMP: neither encodes them', () => {
    for (const cp of [0x10000, 0x1f600, 0x20000, 0x2a6d6, 0x2b740, 0x30000, 0xe0001, 0x10ffff]) {
      const text = String.fromCodePoint(cp);
      expect(ours(text)).toBeNull();
      expect(theirs(text)).toBeNull();
    }
  });

  it('matches iconv-lite byte for byte on long mixed text', () => {
    const text =
      '_input_charset=gbk&body=春季新款纯棉T恤，男女同款，支持七天无理由退换。€100（含税）' +
      '&receive_address=浙江省杭州市西湖区文三路477号华星科技大厦&subject=【测试】商品（一）：“特价”！';
    expect(hex(encodeText(text, 'gbk'))).toBe(hex(iconv.encode(text, 'gbk')));
  });
});

describe('GBK decoder (the shipped table) vs iconv-lite and Node', () => {
  const label = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

  /** Every two-byte sequence on which `theirs` decodes differently from us: "bytes ours theirs". */
  function differencesFrom(theirs: (pair: Uint8Array) => string): string[] {
    const out: string[] = [];
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const a = decodeBytes(pair, 'gbk');
        const b = theirs(pair);
        if (a !== b)
          out.push(
            `${hex(pair)} ${label(a.charCodeAt(0))} ${b.length === 1 ? label(b.charCodeAt(0)) : JSON.stringify(b)}`,
          );
      }
    }
    return out;
  }

  it('is a copy of iconv-lite (GB18030-2005) but for the GB18030-2022 code points and A2E3/A3A0', () => {
    const expected = [
      ...GBK_VARIANTS_GB18030_2022.map(
        ([bytes, privateUse, standard]) => `${bytes.toString(16)} ${label(standard)} ${label(privateUse)}`,
      ),
      ...GBK_SHADOWED_VARIANTS.map(
        ([bytes, privateUse, standard]) => `${bytes.toString(16)} ${label(privateUse)} ${label(standard)}`,
      ),
    ].sort();
    expect(differencesFrom((pair) => iconv.decode(pair, 'gbk'))).toEqual(expected);
  });

  it("agrees with Node's TextDecoder('gbk') (code page 936) but for the standard code points GB18030 gave its placeholders", () => {
    const node = new TextDecoder('gbk');
    const expected = [...GBK_VARIANTS_GB18030_2005, ...GBK_VARIANTS_GB18030_2022]
      .map(([bytes, privateUse, standard]) => `${bytes.toString(16)} ${label(standard)} ${label(privateUse)}`)
      .sort();
    expect(differencesFrom((pair) => node.decode(pair))).toEqual(expected);
  });

  it("refuses FF, which Node's decoder reads as U+F8F5, and reads 80 as € like it", () => {
    const node = new TextDecoder('gbk', { fatal: true });
    expect(node.decode(Uint8Array.of(0xff))).toBe('\uF8F5');
    expect(() => decodeBytes(Uint8Array.of(0xff), 'gbk')).toThrow(/not valid GBK/);
    expect(decodeBytes(Uint8Array.of(0x80), 'gbk')).toBe(node.decode(Uint8Array.of(0x80)));
  });

  it('the committed gbk-data.ts is what scripts/gen-gbk-data.mjs makes from the installed iconv-lite', () => {
    const script = fileURLToPath(new URL('../../../scripts/gen-gbk-data.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
