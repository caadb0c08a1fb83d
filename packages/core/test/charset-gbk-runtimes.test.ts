// PORTABLE: runs unchanged on Node, in workerd and in Deno (scripts/portable-test-files.mjs), and
// asserts ONE answer for the GBK bytes the runtimes' own TextDecoder('gbk') disagree on. Before the
// library had its own table, 81 30 81 30 was undecodable on Node but U+0080 on workerd and Deno,
// FF was U+F8F5 on Node but undecodable elsewhere, and A8BC / FE59 were different characters on
// each runtime, so the same signed notification was applied on one runtime and refused on another.
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText } from '../src/charset/index.js';
import { gbkDecodeTable, gbkEncodeTable, gbkPointer, GBK_POINTERS } from '../src/charset/gbk-table.js';
import {
  GBK_SHADOWED_VARIANTS,
  GBK_VARIANTS_GB18030_2005,
  GBK_VARIANTS_GB18030_2022,
} from '../src/charset/gbk-variants.js';
import { AlipayEscrowError } from '../src/errors/error.js';
import { percentEncodeBytes } from '../src/protocol/form-encode.js';
import { signBytes } from '../src/protocol/sign.js';
import { verifyNotification } from '../src/protocol/verify-message.js';

const KEYS = { signType: 'MD5', key: 'g8k2v6c4q1w9e3r7t5y0u2i8o4p6a1s3' } as const;

function fromHex(text: string): Uint8Array {
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

function label(text: string): string {
  return Array.from(text, (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

function undecodable(bytes: Uint8Array): AlipayEscrowError {
  try {
    decodeBytes(bytes, 'gbk', { field: 'receive_name' });
  } catch (e) {
    expect(AlipayEscrowError.is(e)).toBe(true);
    return e as AlipayEscrowError;
  }
  throw new Error(`${hex(bytes)} decoded, expected CHARSET_UNDECODABLE`);
}

describe('GBK decoding: the bytes runtimes disagree on get one answer', () => {
  const decoded: [bytes: string, text: string][] = [
    ['a8bc', '\u1E3F'], // ḿ: U+E7C7 on Node, U+1E3F on workerd and Deno
    ['fe59', '\u9FB4'], // U+E81E on Node and workerd, U+9FB4 on Deno
    ['80', '\u20AC'], // the euro sign, GBK's one extra single byte
    ['a2e3', '\uE76C'], // € in GB18030, but GBK writes € as 0x80: keeps code page 936's code point
    ['a3a0', '\uE5E5'], // U+3000 in GB18030, but GBK writes U+3000 as A1A1: likewise
    ['a1a1', '\u3000'],
    ['b2e2cad4', '测试'],
  ];
  for (const [bytes, text] of decoded) {
    it(`${bytes} decodes to ${label(text)} and encodes back to ${bytes}`, () => {
      expect(label(decodeBytes(fromHex(bytes), 'gbk'))).toBe(label(text));
      expect(hex(encodeText(text, 'gbk'))).toBe(bytes);
    });
  }

  const refused: [bytes: string, offset: number, why: string][] = [
    ['81308130', 0, 'a GB18030 four-byte sequence (U+0080 on workerd and Deno)'],
    ['ff', 0, 'the byte FF (U+F8F5 on Node)'],
    ['b2e2ff', 2, 'FF after a character'],
    ['b2', 0, 'a lead byte at the end'],
    ['817f', 0, 'a lead byte before 7F'],
    ['81ff', 0, 'a lead byte before FF'],
    ['6181308130', 1, 'a four-byte sequence after ASCII'],
  ];
  for (const [bytes, offset, why] of refused) {
    it(`refuses ${why}: CHARSET_UNDECODABLE naming the field and offset ${offset}`, () => {
      const e = undecodable(fromHex(bytes));
      expect(e.code).toBe('CHARSET_UNDECODABLE');
      expect(e.field).toBe('receive_name');
      expect(e.message).toContain('not valid GBK');
      expect(e.message).toContain(`0x${bytes.slice(2 * offset, 2 * offset + 2).toUpperCase()} at offset ${offset}`);
    });
  }

  it('decodes long text past the chunk size intact', () => {
    const text = '春季新款纯棉T恤€ḿ'.repeat(3000);
    expect(decodeBytes(encodeText(text, 'gbk'), 'gbk')).toBe(text);
  });
});

describe('the shipped GBK table', () => {
  it('decodes all 23,940 two-byte sequences one-to-one, and encode(decode(bytes)) gives the bytes back', () => {
    const decode = gbkDecodeTable();
    const seen = new Map<number, string>();
    const problems: string[] = [];
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const text = decodeBytes(pair, 'gbk');
        const unit = text.charCodeAt(0);
        if (text.length !== 1 || unit < 0x81 || unit === 0x20ac || (unit >= 0xd800 && unit <= 0xdfff))
          problems.push(`${hex(pair)} → ${label(text)}`);
        if (seen.has(unit)) problems.push(`${hex(pair)} and ${seen.get(unit)} both → ${label(text)}`);
        seen.set(unit, hex(pair));
        if (decode[gbkPointer(lead, trail)] !== unit) problems.push(`${hex(pair)}: table and decoder differ`);
        if (hex(encodeText(text, 'gbk')) !== hex(pair))
          problems.push(`${hex(pair)} → ${label(text)} → ${hex(encodeText(text, 'gbk'))}`);
      }
    }
    expect(seen.size).toBe(GBK_POINTERS);
    expect(problems).toEqual([]);
  });

  it('has the same fingerprint on every runtime (FNV-1a over the decode table)', () => {
    let hash = 0x811c9dc5;
    for (const unit of gbkDecodeTable())
      hash = Math.imul(Math.imul(hash ^ (unit >> 8), 0x01000193) ^ (unit & 255), 0x01000193) >>> 0;
    expect(hash.toString(16)).toBe('7f89a9e9');
  });

  it("agrees with this runtime's own TextDecoder('gbk') except on the listed variant sequences", () => {
    const runtime = new TextDecoder('gbk');
    const variants = new Map<number, Set<number>>();
    for (const list of [GBK_SHADOWED_VARIANTS, GBK_VARIANTS_GB18030_2005, GBK_VARIANTS_GB18030_2022]) {
      for (const [bytes, privateUse, standard] of list) variants.set(bytes, new Set([privateUse, standard]));
    }
    const decode = gbkDecodeTable();
    const differences: string[] = [];
    const pair = new Uint8Array(2);
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        pair[0] = lead;
        pair[1] = trail;
        const theirs = runtime.decode(pair);
        const ours = String.fromCharCode(decode[gbkPointer(lead, trail)]!);
        if (theirs === ours) continue;
        const forms = variants.get((lead << 8) | trail);
        // A variant sequence may come back in its other form (which one depends on the runtime).
        if (forms === undefined || theirs.length !== 1 || !forms.has(theirs.charCodeAt(0))) {
          differences.push(`${hex(pair)}: ours ${label(ours)}, runtime ${label(theirs)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('encodes both forms of every variant sequence to its bytes', () => {
    const encode = gbkEncodeTable();
    for (const list of [GBK_VARIANTS_GB18030_2005, GBK_VARIANTS_GB18030_2022]) {
      for (const [bytes, privateUse, standard] of list) {
        expect([encode[privateUse], encode[standard]]).toEqual([bytes, bytes]);
      }
    }
  });
});

/**
 * A correctly signed GBK notification whose receive_name is `nameBytes` exactly, as Alipay would
 * POST it: the signature covers the raw bytes, so it is valid whatever those bytes are.
 */
async function signedGbkNotification(nameBytes: Uint8Array): Promise<string> {
  const ascii = new TextEncoder();
  const pairs: [string, Uint8Array][] = [
    ['notify_id', ascii.encode('70fec0c2730b27528665af4517c27b95')],
    ['notify_time', ascii.encode('2026-03-01 16:00:00')],
    ['notify_type', ascii.encode('trade_status_sync')],
    ['out_trade_no', ascii.encode('GBK-20260301-0001')],
    ['receive_name', nameBytes],
    ['seller_id', ascii.encode('2088101122136241')],
    ['total_fee', ascii.encode('10.00')],
    ['trade_no', ascii.encode('2026030121001004110000000001')],
    ['trade_status', ascii.encode('WAIT_SELLER_SEND_GOODS')],
  ];
  const parts: Uint8Array[] = [];
  pairs.forEach(([name, value], i) => {
    parts.push(ascii.encode(`${i === 0 ? '' : '&'}${name}=`), value);
  });
  const presign = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    presign.set(p, at);
    at += p.length;
  }
  const sign = await signBytes(presign, KEYS, 'gbk');
  return [
    ...pairs.map(([name, value]) => `${name}=${percentEncodeBytes(value)}`),
    `sign=${sign}`,
    'sign_type=MD5',
  ].join('&');
}

describe('a signed GBK notification gets the same verdict on every runtime', () => {
  const offline = { keys: KEYS, charset: 'gbk', checkNotifyId: false } as const;

  it('A8BC FE59 (张三 around them) is valid, and receive_name is U+1E3F U+9FB4 on every runtime', async () => {
    const name = fromHex('d5c5a8bcfe59c8fd');
    const body = await signedGbkNotification(name);
    expect(body).toContain('receive_name=%D5%C5%A8%BC%FEY%C8%FD');
    const r = await verifyNotification(body, offline);
    expect(r.valid ? 'valid' : r.code).toBe('valid');
    if (!r.valid) return;
    expect(label(r.params['receive_name']!)).toBe(label('张\u1E3F\u9FB4三'));
    expect(hex(encodeText(r.params['receive_name']!, 'gbk'))).toBe(hex(name));
  });

  for (const [bytes, what] of [
    ['d5c5ff', 'FF'],
    ['d5c581308130', 'the four-byte sequence 81 30 81 30'],
  ] as const) {
    it(`with ${what} in receive_name the signature matches but it is refused as CHARSET_UNDECODABLE`, async () => {
      const r = await verifyNotification(await signedGbkNotification(fromHex(bytes)), offline);
      expect(r.valid ? 'valid' : r.code).toBe('CHARSET_UNDECODABLE');
      if (r.valid) return;
      expect(r.signatureChecked).toBe(true);
      expect(r.error.field).toBe('receive_name');
    });
  }
});
