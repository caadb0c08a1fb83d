import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Charset } from '../src/charset/index.js';
import { parseFormBody } from '../src/protocol/form-body.js';
import type { NotifyVerifyResult } from '../src/protocol/sign-types.js';
import { REQUEST_ONLY_PARAMS } from '../src/protocol/request-only-params.js';
import { verifyNotification, verifyReturn, type VerifyResult } from '../src/protocol/verify-message.js';
import { oracleVectors, peerVectors } from './fixtures/vectors.js';
import { signedBody } from './helpers/signed-body.js';

const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const md5 = (key = KEY) => ({ signType: 'MD5' as const, key });
const offline = (charset: Charset, key = KEY) => ({ keys: md5(key), charset, checkNotifyId: false as const });
const diagnosing = (charset: Charset, key = KEY) => ({ ...offline(charset, key), diagnose: true });

const genuine: Record<string, string> = {
  notify_id: '70fec0c2730b27528665af4517c27b95',
  notify_type: 'trade_status_sync',
  notify_time: '2013-08-22 14:45:24',
  out_trade_no: '20130822144518001',
  trade_no: '2013082244524842',
  subject: '测试商品 A+B',
  trade_status: 'WAIT_SELLER_SEND_GOODS',
  total_fee: '0.01',
  price: '0.01',
  quantity: '1',
  seller_id: '2088101122136241',
  receive_name: '张三',
};

function codeOf(r: VerifyResult): string {
  return r.valid ? 'OK' : r.code;
}

describe('oracle notification vectors (official PHP demo, stricter where it is unsafe)', () => {
  for (const v of oracleVectors.notify) {
    it(`${v.id} → valid=${v.product_expected_valid}`, async () => {
      const r = await verifyNotification(v.post_body_urlencoded, offline(v.charset, v.key));
      expect(r.valid).toBe(v.product_expected_valid);
      if (r.valid) {
        // what we checked is exactly the demo's pre-sign string, and values decode as the demo sees them
        expect(r.presign).toBe(v.demo_presign);
        for (const [k, value] of Object.entries(v.params)) expect(r.params[k]).toBe(value);
      }
    });
  }

  it('a genuine vector is still accepted when the gateway confirms its notify_id, and refused when it does not', async () => {
    const v = oracleVectors.notify.find((n) => n.id.startsWith('N02'))!;
    const asked: string[] = [];
    const confirm = async (id: string): Promise<NotifyVerifyResult> => (
      asked.push(id), { outcome: 'verified', body: 'true' }
    );
    const ok = await verifyNotification(v.post_body_urlencoded, {
      keys: md5(v.key),
      charset: v.charset,
      checkNotifyId: confirm,
    });
    expect(ok.valid).toBe(true);
    expect(asked).toEqual([v.params['notify_id']]);

    const deny = async (): Promise<NotifyVerifyResult> => ({ outcome: 'rejected', body: 'false' });
    const no = await verifyNotification(v.post_body_urlencoded, {
      keys: md5(v.key),
      charset: v.charset,
      checkNotifyId: deny,
    });
    expect(codeOf(no)).toBe('NOTIFY_VERIFY_FAILED');

    const slow = async (): Promise<NotifyVerifyResult> => ({ outcome: 'timeout' });
    expect(
      codeOf(
        await verifyNotification(v.post_body_urlencoded, { keys: md5(v.key), charset: v.charset, checkNotifyId: slow }),
      ),
    ).toBe('NOTIFY_VERIFY_TIMEOUT');
  });

  it('a forged notification is never sent to the gateway', async () => {
    const v = oracleVectors.notify.find((n) => n.id.startsWith('N23'))!;
    let asked = 0;
    const r = await verifyNotification(v.post_body_urlencoded, {
      keys: md5(v.key),
      charset: v.charset,
      checkNotifyId: async () => (asked++, { outcome: 'verified' }),
    });
    expect(r.valid).toBe(false);
    expect(asked).toBe(0);
  });
});

describe('peer vectors', () => {
  it('chloerei notify: notify_id=1234 signed with the test key', async () => {
    const v = peerVectors.md5.find((m) => m.id === 'public/chloerei-notify-sign')!;
    const body = `notify_id=1234&sign_type=MD5&sign=${v.sign}`;
    const r = await verifyNotification(body, offline('utf-8', v.key));
    expect(r.valid).toBe(true);
    expect(r.valid && r.presign).toBe('notify_id=1234');
  });

  it('derived escrow notification (WAIT_SELLER_SEND_GOODS): our signer reproduces its sign and it verifies', async () => {
    const v = peerVectors.md5.find((m) => m.id === 'derived/escrow-notify-wait-seller-send-goods')!;
    const body = await signedBody(
      Object.fromEntries(Object.entries(v.params).filter(([k]) => k !== 'sign' && k !== 'sign_type')),
      md5(v.key),
      'utf-8',
    );
    const r = await verifyNotification(body, offline('utf-8', v.key));
    expect(r.valid).toBe(true);
    expect(new TextDecoder().decode(body)).toContain(`sign=${v.sign}`);
  });
});

describe('diagnostics name the likely cause (diagnose: true)', () => {
  it('without diagnose, a mismatch is plain SIGN_MISMATCH', async () => {
    const v = oracleVectors.notify.find((n) => n.id.startsWith('N44'))!;
    const r = await verifyNotification(v.post_body_urlencoded, offline('gbk', v.key));
    expect(codeOf(r)).toBe('SIGN_MISMATCH');
    expect(r.valid ? true : r.signatureChecked).toBe(false);
  });

  it('GBK body signed over UTF-8 bytes → CHARSET_MISMATCH', async () => {
    const v = oracleVectors.notify.find((n) => n.id.startsWith('N44'))!;
    const r = await verifyNotification(v.post_body_urlencoded, diagnosing('gbk', v.key));
    expect(codeOf(r)).toBe('CHARSET_MISMATCH');
    expect(r.valid ? '' : r.hint).toContain('utf-8');
  });

  it('UTF-8 signature checked with charset gbk → CHARSET_MISMATCH naming the right charset', async () => {
    const body = await signedBody(genuine, md5(), 'utf-8');
    // re-encode the same text as GBK bytes while keeping the UTF-8 signature
    const gbkish = await signedBody(genuine, md5(), 'gbk');
    const utf8Sign = parseFormBody(body).find((p) => p.key === 'sign')!;
    const forged = new TextDecoder()
      .decode(gbkish)
      .replace(/sign=[0-9a-f]{32}/, `sign=${new TextDecoder().decode(utf8Sign.value)}`);
    const r = await verifyNotification(forged, diagnosing('gbk'));
    expect(codeOf(r)).toBe('CHARSET_MISMATCH');
  });

  it('empty values signed by the sender → says so', async () => {
    const v = oracleVectors.notify.find((n) => n.id.startsWith('N20'))!;
    const r = await verifyNotification(v.post_body_urlencoded, diagnosing('utf-8', v.key));
    expect(codeOf(r)).toBe('SIGN_MISMATCH');
    expect(r.valid ? '' : r.hint).toContain('empty');
  });

  it('a parameter added after signing → names it', async () => {
    const body = new TextDecoder().decode(await signedBody(genuine, md5(), 'utf-8')) + '&order_id=42';
    const r = await verifyNotification(body, diagnosing('utf-8'));
    expect(codeOf(r)).toBe('SIGN_MISMATCH');
    expect(r.valid ? '' : r.hint).toContain('"order_id"');
  });

  it("'+' decoded literally by the sender → says so", async () => {
    // a hand-rolled sender signed "+" but sent it unescaped, so a correct parser reads a space
    const params = { ...genuine, subject: '测试商品', notify_time: '2015-05-19+09:16:43' };
    const good = new TextDecoder().decode(await signedBody(params, md5(), 'utf-8'));
    const body = good.replace('2015-05-19%2B09', '2015-05-19+09');
    const r = await verifyNotification(body, diagnosing('utf-8'));
    expect(codeOf(r)).toBe('SIGN_MISMATCH');
    expect(r.valid ? '' : r.hint).toContain("'+'");
  });

  it('upper-case hex sign is refused, with the reason', async () => {
    const good = new TextDecoder().decode(await signedBody(genuine, md5(), 'utf-8'));
    const body = good.replace(/sign=([0-9a-f]{32})/, (_, s: string) => `sign=${s.toUpperCase()}`);
    const r = await verifyNotification(body, diagnosing('utf-8'));
    expect(r.valid).toBe(false);
    expect(r.valid ? '' : r.hint).toContain('upper-case');
  });

  it('a body decoded and re-encoded (U+FFFD inside) → says so', async () => {
    const good = new TextDecoder().decode(await signedBody(genuine, md5(), 'gbk'));
    const body = good.replace(/receive_name=[^&]+/, 'receive_name=%EF%BF%BD%EF%BF%BD');
    const r = await verifyNotification(body, diagnosing('gbk'));
    expect(r.valid).toBe(false);
    expect(r.valid ? '' : r.hint).toContain('U+FFFD');
  });
});

describe('refusals', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['empty body', '', 'BODY_EMPTY'],
    ['JSON body (already parsed)', '{"notify_id":"1"}', 'BODY_ALREADY_PARSED'],
    ['bad percent escape', 'a=%G1&sign=x', 'MALFORMED_BODY'],
    ['truncated percent escape', 'a=%E', 'MALFORMED_BODY'],
    ['nameless parameter', '=1&sign=x', 'MALFORMED_BODY'],
    ['duplicate key', 'a=1&a=2&sign=x', 'DUPLICATE_PARAM'],
    ['no sign', 'notify_id=1&trade_status=TRADE_FINISHED', 'SIGN_MISSING'],
    ['sign "0" (PHP == would take 0e… hashes as equal)', 'notify_id=1&sign=0', 'SIGN_MISMATCH'],
    ['sign_type differs from the configured one', 'notify_id=1&sign=abc&sign_type=RSA', 'SIGN_TYPE_MISMATCH'],
  ];
  for (const [name, body, code] of cases) {
    it(`${name} → ${code}`, async () => {
      expect(codeOf(await verifyNotification(body, offline('utf-8')))).toBe(code);
    });
  }

  it('oversized body → BODY_TOO_LARGE with status 413', async () => {
    const r = await verifyNotification(new Uint8Array(64 * 1024 + 1).fill(0x61), offline('utf-8'));
    expect(codeOf(r)).toBe('BODY_TOO_LARGE');
    expect(r.valid ? 0 : r.error.status).toBe(413);
  });

  it('an object instead of bytes → BODY_ALREADY_PARSED', async () => {
    const r = await verifyNotification({ notify_id: '1' } as unknown as string, offline('utf-8'));
    expect(codeOf(r)).toBe('BODY_ALREADY_PARSED');
  });

  it('valid signature but bytes invalid in the configured charset → CHARSET_UNDECODABLE', async () => {
    // sign a body whose value is GBK bytes, then verify as UTF-8: signature is over raw bytes (ok), decode fails
    const gbk = await signedBody({ ...genuine }, md5(), 'gbk');
    const r = await verifyNotification(gbk, offline('utf-8'));
    expect(codeOf(r)).toBe('CHARSET_UNDECODABLE');
  });

  it('errors never contain the key', async () => {
    const r = await verifyNotification('notify_id=1&sign=0', offline('utf-8'));
    expect(JSON.stringify(r.valid ? {} : { m: r.error.message, h: r.hint })).not.toContain(KEY);
  });
});

describe('return_url', () => {
  it('verifies from the query string of the URL', async () => {
    const body = new TextDecoder().decode(await signedBody({ ...genuine, is_success: 'T' }, md5(), 'utf-8'));
    const url = new URL(`https://shop.example/alipay/return?${body}`);
    const r = await verifyReturn(url, offline('utf-8'));
    expect(r.valid).toBe(true);
    expect(r.valid && r.params['subject']).toBe('测试商品 A+B');
    expect((await verifyReturn(`?${body}`, offline('utf-8'))).valid).toBe(true);
  });
});

const paramName = fc
  .stringMatching(/^[a-z][a-z_]{0,11}$/)
  .filter((k) => k !== 'sign' && k !== 'sign_type' && !REQUEST_ONLY_PARAMS.includes(k) && k !== '__proto__');
// no "&": a message value never holds one (see test/verify-forgery-shapes.test.ts)
const gbkText = fc.string({
  unit: fc.constantFrom(...'abcXYZ019 +=%?#/;测试商品张三价格：￥（）“”、。'.split('')),
  maxLength: 20,
});

describe('properties', () => {
  for (const charset of ['utf-8', 'gbk'] as const) {
    it(`sign → verify round-trips for random params (${charset})`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.dictionary(paramName, gbkText, { minKeys: 1, maxKeys: 8 }), async (params) => {
          const all = { ...params, notify_id: 'abc123' };
          const r = await verifyNotification(await signedBody(all, md5(), charset), offline(charset));
          expect(r.valid).toBe(true);
          if (r.valid) for (const [k, v] of Object.entries(all)) if (v !== '') expect(r.params[k]).toBe(v);
        }),
        { numRuns: 60 },
      );
    });

    it(`any single changed byte is rejected (${charset})`, async () => {
      const body = await signedBody(genuine, md5(), charset);
      const original = JSON.stringify(parseFormBody(body).map((p) => [Array.from(p.name), Array.from(p.value)]));
      await fc.assert(
        fc.asyncProperty(fc.nat(body.length - 1), fc.integer({ min: 1, max: 255 }), async (at, delta) => {
          const changed = body.slice();
          changed[at] = (changed[at]! + delta) & 0xff;
          let same = false;
          try {
            same =
              JSON.stringify(parseFormBody(changed).map((p) => [Array.from(p.name), Array.from(p.value)])) === original;
          } catch {
            same = false;
          }
          // '%e6' and '%E6' are the same byte: the message did not change, so it stays valid
          if (same) return;
          expect((await verifyNotification(changed, offline(charset))).valid).toBe(false);
        }),
        { numRuns: 300 },
      );
    });
  }
});
