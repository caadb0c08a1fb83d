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
  [0xE5E5, 0xA3A0], [0xE76C, 0xA2E3], [0xE7C8, 0xA8BF], [0xE7E7, 0xA989], [0xE7E8, 0xA98A], [0xE7E9, 0xA98B],
  [0xE7EA, 0xA98C], [0xE7EB, 0xA98D], [0xE7EC, 0xA98E], [0xE7ED, 0xA98F], [0xE7EE, 0xA990], [0xE7EF, 0xA991],
  [0xE7F0, 0xA992], [0xE7F1, 0xA993], [0xE7F2, 0xA994], [0xE7F3, 0xA995], [0xE815, 0xFE50], [0xE819, 0xFE54],
  [0xE81A, 0xFE55], [0xE81B, 0xFE56], [0xE81C, 0xFE57], [0xE81D, 0xFE58], [0xE81F, 0xFE5A], [0xE820, 0xFE5B],
  [0xE821, 0xFE5C], [0xE822, 0xFE5D], [0xE823, 0xFE5E], [0xE824, 0xFE5F], [0xE825, 0xFE60], [0xE827, 0xFE62],
  [0xE828, 0xFE63], [0xE829, 0xFE64], [0xE82A, 0xFE65], [0xE82D, 0xFE68], [0xE82E, 0xFE69], [0xE82F, 0xFE6A],
  [0xE830, 0xFE6B], [0xE833, 0xFE6E], [0xE834, 0xFE6F], [0xE835, 0xFE70], [0xE836, 0xFE71], [0xE837, 0xFE72],
  [0xE838, 0xFE73], [0xE839, 0xFE74], [0xE83A, 0xFE75], [0xE83C, 0xFE77], [0xE83D, 0xFE78], [0xE83E, 0xFE79],
  [0xE83F, 0xFE7A], [0xE840, 0xFE7B], [0xE841, 0xFE7C], [0xE842, 0xFE7D], [0xE844, 0xFE80], [0xE845, 0xFE81],
  [0xE846, 0xFE82], [0xE847, 0xFE83], [0xE848, 0xFE84], [0xE849, 0xFE85], [0xE84A, 0xFE86], [0xE84B, 0xFE87],
  [0xE84C, 0xFE88], [0xE84D, 0xFE89], [0xE84E, 0xFE8A], [0xE84F, 0xFE8B], [0xE850, 0xFE8C], [0xE851, 0xFE8D],
  [0xE852, 0xFE8E], [0xE853, 0xFE8F], [0xE856, 0xFE92], [0xE857, 0xFE93], [0xE858, 0xFE94], [0xE859, 0xFE95],
  [0xE85A, 0xFE96], [0xE85B, 0xFE97], [0xE85C, 0xFE98], [0xE85D, 0xFE99], [0xE85E, 0xFE9A], [0xE85F, 0xFE9B],
  [0xE860, 0xFE9C], [0xE861, 0xFE9D], [0xE862, 0xFE9E], [0xE863, 0xFE9F],
];

/**
 * GB18030-2022 moved these sequences from private use to standard code points (Deno's
 * TextDecoder returns them). iconv-lite predates 2022 and writes '?'. [codePoint, ourBytes]
 */
const GB18030_2022_STANDARD: readonly (readonly [number, number])[] = [
  [0x9FB4, 0xFE59], [0x9FB5, 0xFE61], [0x9FB6, 0xFE66], [0x9FB7, 0xFE67], [0x9FB8, 0xFE6D], [0x9FB9, 0xFE7E],
  [0x9FBA, 0xFE90], [0x9FBB, 0xFEA0], [0xFE10, 0xA6D9], [0xFE11, 0xA6DB], [0xFE12, 0xA6DA], [0xFE13, 0xA6DC],
  [0xFE14, 0xA6DD], [0xFE15, 0xA6DE], [0xFE16, 0xA6DF], [0xFE17, 0xA6EC], [0xFE18, 0xA6ED], [0xFE19, 0xA6F3],
  
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
        if (a !== b) out.push(`${hex(pair)} ${label(a.charCodeAt(0))} ${b.length === 1 ? label(b.charCodeAt(0)) : JSON.stringify(b)}`);
      }
    }
    return out;
  }

  it('is a copy of iconv-lite (GB18030-2005) but for the GB18030-2022 code points and A2E3/A3A0', () => {
    const expected = [
      ...GBK_VARIANTS_GB18030_2022.map(([bytes, privateUse, standard]) => `${bytes.toString(16)} ${label(standard)} ${label(privateUse)}`),
      ...GBK_SHADOWED_VARIANTS.map(([bytes, privateUse, standard]) => `${bytes.toString(16)} ${label(privateUse)} ${label(standard)}`),
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
