import { referencePercentDecode } from './helpers/reference-form.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, encodeText, isValidUtf8, normalizeCharset, type Charset } from '../src/charset/index.js';
import { gbkEncodeTable } from '../src/charset/gbk-table.js';
import { GBK_VARIANTS_GB18030_2005, GBK_VARIANTS_GB18030_2022 } from '../src/charset/gbk-variants.js';
import { AlipayEscrowError } from '../src/errors/error.js';
import { oracleVectors } from './fixtures/vectors.js';

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

function fromHex(text: string): Uint8Array {
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function caught(fn: () => unknown): AlipayEscrowError {
  try {
    fn();
  } catch (e) {
    expect(AlipayEscrowError.is(e)).toBe(true);
    return e as AlipayEscrowError;
  }
  throw new Error('expected throw');
}

/** PHP urlencode (what the oracle's request_query uses): alnum and -_. kept, space → +, rest %XX. */
function phpUrlencode(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const keep =
      (b >= 0x30 && b <= 0x39) ||
      (b >= 0x41 && b <= 0x5a) ||
      (b >= 0x61 && b <= 0x7a) ||
      b === 0x2d ||
      b === 0x5f ||
      b === 0x2e;
    if (keep) out += String.fromCharCode(b);
    else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

describe('normalizeCharset', () => {
  const accepted: [string, Charset][] = [
    ['utf-8', 'utf-8'],
    ['UTF-8', 'utf-8'],
    ['utf8', 'utf-8'],
    ['UTF8', 'utf-8'],
    ['gbk', 'gbk'],
    ['GBK', 'gbk'],
    ['gb2312', 'gbk'],
    ['GB2312', 'gbk'],
  ];
  for (const [label, charset] of accepted) {
    it(`accepts ${label} as ${charset}`, () => {
      expect(normalizeCharset(label)).toBe(charset);
    });
  }

  for (const label of ['', ' gbk', 'gbk ', 'utf-8\n', 'latin1', 'gb18030', 'utf-16', 'big5', 'utf_8']) {
    it(`rejects ${JSON.stringify(label)} naming it and the accepted labels`, () => {
      const e = caught(() => normalizeCharset(label));
      expect(e.code).toBe('CHARSET_UNSUPPORTED');
      expect(e.message).toContain(JSON.stringify(label));
      expect(e.message).toContain('utf-8');
      expect(e.message).toContain('gbk');
      expect(e.message).toContain('gb2312');
    });
  }
});

describe('encodeText: known bytes', () => {
  it('encodes 测试商品 as GBK b2e2cad4c9ccc6b7 and as UTF-8', () => {
    expect(hex(encodeText('测试商品', 'gbk'))).toBe('b2e2cad4c9ccc6b7');
    expect(hex(encodeText('测试商品', 'utf-8'))).toBe('e6b58be8af95e59586e59381');
  });

  it('treats gb2312 exactly like gbk', () => {
    const text = '浙江省杭州市西湖区文三路477号华星科技大厦';
    expect(hex(encodeText(text, normalizeCharset('GB2312')))).toBe(hex(encodeText(text, 'gbk')));
  });

  it('writes the GBK escapes of the oracle request (body 这是一段商品描述 → %D5%E2%CA%C7...)', () => {
    expect(phpUrlencode(encodeText('这是一段商品描述', 'gbk'))).toBe(
      '%D5%E2%CA%C7%D2%BB%B6%CE%C9%CC%C6%B7%C3%E8%CA%F6',
    );
  });

  for (const c of oracleVectors.signing) {
    it(`${c.id}: every param's escapes in request_query and the pre-sign bytes match (${c.charset})`, () => {
      const sent = new Map(c.request_query.split('&').map((pair) => pair.split('=', 2) as [string, string]));
      for (const [key, value] of Object.entries(c.params)) {
        if (value === '') continue; // empty values are not sent
        expect(phpUrlencode(encodeText(value, c.charset, { field: key }))).toBe(sent.get(key));
      }
      expect(hex(encodeText(c.presign, c.charset))).toBe(c.presign_hex);
    });
  }

  for (const c of oracleVectors.notify) {
    it(`${c.id}: the demo's pre-sign bytes match, and the POSTed bytes decode to the params (${c.charset})`, () => {
      expect(hex(encodeText(c.demo_presign, c.charset))).toBe(c.demo_presign_hex);
      for (const pair of c.post_body_urlencoded.split('&').filter(Boolean)) {
        const [key = '', raw = ''] = pair.split('=', 2);
        const bytes = referencePercentDecode(raw);
        expect(decodeBytes(bytes, c.charset, { field: key })).toBe(c.params[key]);
        expect(hex(encodeText(decodeBytes(bytes, c.charset), c.charset))).toBe(hex(bytes));
      }
    });
  }

  it('encodes the euro sign as the single GBK byte 0x80 and U+3000 as A1A1', () => {
    expect(hex(encodeText('€', 'gbk'))).toBe('80');
    expect(hex(encodeText('\u3000', 'gbk'))).toBe('a1a1');
  });

  it('accepts both the private-use and the standard form of sequences runtimes decode differently', () => {
    expect(hex(encodeText('\u2E81', 'gbk'))).toBe('fe50'); // GB18030-2005 standard
    expect(hex(encodeText('\uE815', 'gbk'))).toBe('fe50'); // code page 936 private use
    expect(hex(encodeText('\uFE10', 'gbk'))).toBe('a6d9'); // GB18030-2022 standard
    expect(hex(encodeText('\uE78D', 'gbk'))).toBe('a6d9');
  });

  it('has the same GBK encode table on every runtime (count and FNV-1a fingerprint)', () => {
    const table = gbkEncodeTable();
    let count = 0;
    let hash = 0x811c9dc5;
    for (let cp = 0; cp < 65536; cp++) {
      const v = table[cp] as number;
      if (v === 0) continue;
      count++;
      for (const x of [cp >> 8, cp & 255, v >> 8, v & 255]) hash = Math.imul(hash ^ x, 0x01000193) >>> 0;
    }
    // 127 ASCII (NUL is written directly) + € + 23,940 two-byte sequences + 99 second forms.
    expect(count).toBe(24167);
    expect(hash.toString(16)).toBe('78d30cf4');
  });

  it("re-encodes every two-byte GBK sequence this runtime's own decoder reads back to the same bytes", () => {
    // Text decoded by another GBK decoder (here the runtime's) must sign the same as ours.
    const decoder = new TextDecoder('gbk');
    const pair = new Uint8Array(2);
    const mismatches: string[] = [];
    let checked = 0;
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const text = decoder.decode(pair);
        if (text.length !== 1 || text === '\uFFFD') continue;
        checked++;
        const got = hex(encodeText(text, 'gbk'));
        // Two sequences read as one character on some runtimes: the encoder picks 0x80 and A1A1.
        const want = text === '€' ? '80' : text === '\u3000' ? 'a1a1' : hex(pair);
        if (got !== want) mismatches.push(`${hex(pair)} → U+${text.charCodeAt(0).toString(16)} → ${got}`);
      }
    }
    expect(checked).toBe(23940);
    expect(mismatches).toEqual([]);
  });
});

describe('encodeText: characters GBK cannot represent', () => {
  const cases: [string, string][] = [
    ['😀', 'U+1F600'],
    ['𠀀', 'U+20000'], // CJK Extension B
    ['한', 'U+D55C'], // Hangul syllable
    ['\u0000\u20A9', 'U+20A9'], // won sign, after a NUL that is fine
  ];
  for (const [text, label] of cases) {
    it(`rejects ${label} naming the field, the character and the fix`, () => {
      const e = caught(() => encodeText(`商品${text}`, 'gbk', { field: 'subject' }));
      expect(e.code).toBe('CHARSET_UNENCODABLE');
      expect(e.field).toBe('subject');
      expect(e.message).toContain('"subject"');
      expect(e.message).toContain(label);
      expect(e.message).toContain(`"${String.fromCodePoint(parseInt(label.slice(2), 16))}"`);
      expect(e.message).toContain('utf-8');
      expect(e.message).toContain("unencodable: 'ncr'");
    });
  }

  it('without a field name the message still names the character', () => {
    const e = caught(() => encodeText('a😀', 'gbk'));
    expect(e.code).toBe('CHARSET_UNENCODABLE');
    expect(e.field).toBeUndefined();
    expect(e.message).toMatch(/^The text contains the character "😀" \(U\+1F600\) at index 1/);
  });

  it('is an error by default, also with unencodable: "error"', () => {
    expect(caught(() => encodeText('😀', 'gbk', { unencodable: 'error' })).code).toBe('CHARSET_UNENCODABLE');
  });

  const ncrCases: [string, string][] = [
    ['😀', '&#128512;'],
    ['a😀b', 'a&#128512;b'],
    ['한국', '&#54620;&#44397;'],
    ['😀😀', '&#128512;&#128512;'],
  ];
  for (const [text, expected] of ncrCases) {
    it(`with unencodable: 'ncr' writes ${JSON.stringify(text)} as ${expected}`, () => {
      expect(new TextDecoder().decode(encodeText(text, 'gbk', { unencodable: 'ncr' }))).toBe(expected);
    });
  }

  it("with 'ncr' keeps the GBK bytes around the reference", () => {
    const bytes = encodeText('测😀试𠀀', 'gbk', { unencodable: 'ncr' });
    expect(hex(bytes)).toBe(
      `b2e2${hex(new TextEncoder().encode('&#128512;'))}cad4${hex(new TextEncoder().encode('&#131072;'))}`,
    );
  });

  it("with 'ncr' after a long encodable prefix the prefix is intact", () => {
    const prefix = '商品描述'.repeat(300);
    const bytes = encodeText(`${prefix}😀`, 'gbk', { unencodable: 'ncr' });
    expect(hex(bytes)).toBe(hex(encodeText(prefix, 'gbk')) + hex(new TextEncoder().encode('&#128512;')));
  });
});

describe('encodeText: lone surrogates', () => {
  const texts: [string, string][] = [
    ['\uD83D', 'U+D83D'],
    ['ab\uDE00', 'U+DE00'],
    ['\uDE00\uD83D', 'U+DE00'], // a reversed pair is two lone halves
    ['测\uD83Dx', 'U+D83D'],
  ];
  for (const charset of ['utf-8', 'gbk'] as const) {
    for (const [text, label] of texts) {
      it(`${charset}: ${JSON.stringify(text)} is CHARSET_UNENCODABLE naming ${label}, never U+FFFD`, () => {
        const e = caught(() => encodeText(text, charset, { field: 'body' }));
        expect(e.code).toBe('CHARSET_UNENCODABLE');
        expect(e.message).toContain(label);
        expect(e.message).toContain('"body"');
        expect(e.message).toContain('lone surrogate');
      });
    }
  }

  it("is an error even with unencodable: 'ncr'", () => {
    expect(caught(() => encodeText('x\uD83D', 'gbk', { unencodable: 'ncr' })).code).toBe('CHARSET_UNENCODABLE');
  });

  it('a proper surrogate pair is fine in UTF-8', () => {
    expect(hex(encodeText('😀', 'utf-8'))).toBe('f09f9880');
  });
});

describe('decodeBytes', () => {
  it('decodes UTF-8 and GBK', () => {
    expect(decodeBytes(fromHex('e6b58be8af95e59586e59381'), 'utf-8')).toBe('测试商品');
    expect(decodeBytes(fromHex('b2e2cad4c9ccc6b7'), 'gbk')).toBe('测试商品');
  });

  it('keeps a UTF-8 byte order mark so the bytes round-trip', () => {
    const bytes = fromHex('efbbbf61');
    const text = decodeBytes(bytes, 'utf-8');
    expect(text).toBe('\uFEFFa');
    expect(hex(encodeText(text, 'utf-8'))).toBe('efbbbf61');
  });

  const badUtf8: [string, string][] = [
    ['ff', 'a byte that never occurs in UTF-8'],
    ['61c328', 'a lead byte followed by ASCII'],
    ['e6b5', 'a truncated sequence'],
    ['c080', 'an overlong NUL'],
    ['eda080', 'an encoded surrogate'],
  ];
  for (const [bytes, why] of badUtf8) {
    it(`rejects ${why} (${bytes}) as UTF-8, naming the field`, () => {
      const e = caught(() => decodeBytes(fromHex(bytes), 'utf-8', { field: 'subject' }));
      expect(e.code).toBe('CHARSET_UNDECODABLE');
      expect(e.field).toBe('subject');
      expect(e.message).toContain('"subject"');
      expect(e.message).toContain('not valid UTF-8');
      expect(e.message).toContain('another charset');
    });
  }

  it('points at the first invalid byte and says when the bytes are GBK', () => {
    const e = caught(() => decodeBytes(fromHex('6162b2e2cad4'), 'utf-8', { field: 'subject' }));
    expect(e.message).toContain('0xB2 at offset 2');
    expect(e.message).toContain('decode as GBK');
  });

  it('rejects bytes that are not GBK, and says when they are valid UTF-8', () => {
    // 测 in UTF-8 is e6 b5 8b: e6b5 is a GBK pair, then 8b is a lead byte with nothing after it.
    const e = caught(() => decodeBytes(fromHex('e6b58b'), 'gbk', { field: 'body' }));
    expect(e.code).toBe('CHARSET_UNDECODABLE');
    expect(e.message).toContain('"body"');
    expect(e.message).toContain('not valid GBK');
    expect(e.message).toContain('valid UTF-8');
  });

  it('keeps working after an error (the cached decoder is not left in a broken state)', () => {
    caught(() => decodeBytes(fromHex('e6b5'), 'utf-8'));
    expect(decodeBytes(fromHex('61'), 'utf-8')).toBe('a');
    caught(() => decodeBytes(fromHex('b2'), 'gbk'));
    expect(decodeBytes(fromHex('61'), 'gbk')).toBe('a');
  });
});

describe('isValidUtf8', () => {
  const valid = [
    '',
    '61',
    'e6b58b',
    'f09f9880',
    'efbbbf',
    'c280',
    'dfbf',
    'e0a080',
    'ed9fbf',
    'ee8080',
    'f48fbfbf',
    '00',
  ];
  const invalid = [
    '80',
    'c0af',
    'c1bf',
    'e080af',
    'eda080',
    'f08f8080',
    'f4908080',
    'f5808080',
    'ff',
    'e6b5',
    'f09f98',
    'c328',
  ];
  for (const bytes of valid) {
    it(`accepts ${bytes || '(empty)'}`, () => expect(isValidUtf8(fromHex(bytes))).toBe(true));
  }
  for (const bytes of invalid) {
    it(`rejects ${bytes}`, () => expect(isValidUtf8(fromHex(bytes))).toBe(false));
  }

  it('agrees with a fatal TextDecoder on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let ok = true;
        try {
          decoder.decode(bytes);
        } catch {
          ok = false;
        }
        expect(isValidUtf8(bytes)).toBe(ok);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('round trips (fast-check)', () => {
  // Characters that decoding gives back: everything in the table except the private-use second
  // forms of the variant sequences, which decode to their standard code point (checked on bytes).
  const variantCodePoints = new Set<number>();
  for (const list of [GBK_VARIANTS_GB18030_2005, GBK_VARIANTS_GB18030_2022]) {
    for (const [, privateUse] of list) variantCodePoints.add(privateUse);
  }
  const table = gbkEncodeTable();
  const stable: string[] = [];
  const all: string[] = [];
  for (let cp = 1; cp < 65536; cp++) {
    if (table[cp] === 0) continue;
    all.push(String.fromCharCode(cp));
    if (!variantCodePoints.has(cp)) stable.push(String.fromCharCode(cp));
  }

  it('decode(encode(s)) == s for GBK-representable strings', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stable), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(decodeBytes(encodeText(s, 'gbk'), 'gbk')).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  // Every character the encoder accepts, second forms included, survives encode → decode → encode:
  // decoding uses the same shipped table, one-to-one, on every runtime.
  it('encode(decode(encode(s))) == encode(s) for every GBK-representable character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...all), { maxLength: 40 }), (chars) => {
        const bytes = encodeText(chars.join(''), 'gbk');
        expect(hex(encodeText(decodeBytes(bytes, 'gbk'), 'gbk'))).toBe(hex(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('decode(encode(s)) == s in UTF-8 for any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(decodeBytes(encodeText(s, 'utf-8'), 'utf-8')).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it('ASCII is the identity in both charsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (s) => {
        const codes = Array.from(s, (c) => c.charCodeAt(0));
        expect(Array.from(encodeText(s, 'gbk'))).toEqual(codes);
        expect(Array.from(encodeText(s, 'utf-8'))).toEqual(codes);
        expect(decodeBytes(Uint8Array.from(codes), 'gbk')).toBe(s);
      }),
      { numRuns: 300 },
    );
  });

  it('GBK output has exact length (no stale bytes from a reused buffer)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stable, 'a', 'b'), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        const bytes = encodeText(s, 'gbk');
        const expectedLength = chars.reduce((n, c) => n + (c.charCodeAt(0) < 0x80 || c === '€' ? 1 : 2), 0);
        expect(bytes.length).toBe(expectedLength);
        expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
      }),
      { numRuns: 300 },
    );
  });
});
