// The verification side of the forgery defence: a message shaped like a cut-up request is refused
// before its signature is looked at (src/protocol/unambiguous.ts, src/protocol/request-only-params.ts).
import { describe, expect, it } from 'vitest';
import type { Charset } from '../src/charset/index.js';
import { formEncodePairs } from '../src/protocol/form-encode.js';
import { parseFormBody } from '../src/protocol/form-body.js';
import { presignBytes } from '../src/protocol/presign.js';
import { REQUEST_ONLY_PARAMS } from '../src/protocol/request-only-params.js';
import { signBytes } from '../src/protocol/sign.js';
import type { NotifyVerifyResult } from '../src/protocol/sign-types.js';
import { verifyNotification, verifyReturn, type VerifyResult } from '../src/protocol/verify-message.js';
import samples from './fixtures/samples/samples.json' with { type: 'json' };
import { oracleVectors } from './fixtures/vectors.js';

const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const keys = { signType: 'MD5' as const, key: KEY };
const genuine: Record<string, string> = {
  notify_id: '70fec0c2730b27528665af4517c27b95',
  notify_type: 'trade_status_sync',
  out_trade_no: 'A-1',
  trade_status: 'WAIT_SELLER_SEND_GOODS',
  total_fee: '10.00',
};
let asked = 0;
const confirm = async (): Promise<NotifyVerifyResult> => (asked++, { outcome: 'verified', body: 'true' });

/** A body with exactly these (name, value) pairs, signed over its own bytes with the low-level signer. */
async function signedAnyway(pairs: [string, string][], charset: Charset = 'utf-8'): Promise<string> {
  const sign = await signBytes(presignBytes(pairs, charset), keys, charset);
  return formEncodePairs([...pairs, ['sign', sign], ['sign_type', 'MD5']], charset);
}
const codeOf = (r: VerifyResult) => (r.valid ? 'OK' : r.code);
const checkedOf = (r: VerifyResult) => (r.valid ? undefined : r.signatureChecked);

describe('MESSAGE_AMBIGUOUS: a name Alipay never sends, or a value that reads as a request parameter', () => {
  const cases: [string, [string, string][]][] = [
    [
      'a value holding "&trade_status=" after "&service="',
      [['subject', 'x&service=create_partner_trade_by_buyer&trade_status=TRADE_FINISHED']],
    ],
    ['a value holding "&_input_charset="', [['body', 'a&_input_charset=utf-8']]],
    ['a value holding "&notify_url" with no "="', [['receive_address', 'x&notify_url']]],
    ['a name with "=" and "&"', [['_input_charset=utf-8&body', 'x']]],
    ['an upper-case name', [['Subject', 'x']]],
    ['a name with a space', [['out trade_no', 'x']]],
    ['a non-ASCII name', [['名称', 'x']]],
  ];
  for (const charset of ['utf-8', 'gbk'] as const) {
    for (const [name, extra] of cases) {
      it(`${name} (${charset}): refused before the signature and notify_verify, signatureChecked false`, async () => {
        asked = 0;
        const body = await signedAnyway([...Object.entries(genuine), ...extra], charset);
        const r = await verifyNotification(body, { keys, charset, checkNotifyId: confirm });
        expect(codeOf(r)).toBe('MESSAGE_AMBIGUOUS');
        expect(checkedOf(r)).toBe(false);
        expect(asked).toBe(0);
        // still decoded for the log
        expect(r.valid ? undefined : r.params?.['out_trade_no']).toBe('A-1');
      });
    }
  }

  it('GBK: a multibyte character never hides the byte 0x26, so a GBK value is read byte for byte', async () => {
    // every GBK trail byte is 0x40–0xFE; 测试 is B2 E2 CA D4
    const body = await signedAnyway([...Object.entries(genuine), ['subject', '测试&service=商品']], 'gbk');
    expect(codeOf(await verifyNotification(body, { keys, charset: 'gbk', checkNotifyId: false }))).toBe(
      'MESSAGE_AMBIGUOUS',
    );
    const fine = await signedAnyway([...Object.entries(genuine), ['subject', '测试&商品']], 'gbk');
    expect(codeOf(await verifyNotification(fine, { keys, charset: 'gbk', checkNotifyId: false }))).toBe('OK');
  });

  it('accepted: a plain "&" in a value (a subject "A&B" Alipay echoes), "=" in a value, &#NNN;, partnerId', async () => {
    const body = await signedAnyway(
      [
        ...Object.entries(genuine),
        ['body', 'size=XL & colour=red'],
        ['subject', '围巾&#128512; A&B'],
        ['partnerId', '2088101122136241'],
      ],
      'gbk',
    );
    const r = await verifyNotification(body, { keys, charset: 'gbk', checkNotifyId: false });
    expect(codeOf(r)).toBe('OK');
    expect(r.valid && r.params['subject']).toBe('围巾&#128512; A&B');
    expect(r.valid && r.params['body']).toBe('size=XL & colour=red');
  });

  it('the same on return_url', async () => {
    const forged = await signedAnyway([
      ...Object.entries(genuine),
      ['is_success', 'T'],
      ['subject', 'a&partner=2088101122136241'],
    ]);
    expect(codeOf(await verifyReturn(`?${forged}`, { keys, charset: 'utf-8', checkNotifyId: false }))).toBe(
      'MESSAGE_AMBIGUOUS',
    );
    const plain = await signedAnyway([...Object.entries(genuine), ['is_success', 'T'], ['subject', 'a&b']]);
    expect(codeOf(await verifyReturn(`?${plain}`, { keys, charset: 'utf-8', checkNotifyId: false }))).toBe('OK');
  });
});

describe('REQUEST_PARAM_IN_MESSAGE: a parameter only requests carry', () => {
  for (const name of REQUEST_ONLY_PARAMS) {
    it(`${name}: refused before the signature, signatureChecked false`, async () => {
      asked = 0;
      const body = await signedAnyway([...Object.entries(genuine), [name, 'x']]);
      const r = await verifyNotification(body, { keys, charset: 'utf-8', checkNotifyId: confirm });
      expect(codeOf(r)).toBe('REQUEST_PARAM_IN_MESSAGE');
      expect(r.valid ? undefined : r.error.field).toBe(name);
      expect(checkedOf(r)).toBe(false);
      expect(asked).toBe(0);
    });
  }

  it('no name of the spec samples (notification C p26, return C p22) or of the oracle notifications is request-only', () => {
    const names = new Set<string>();
    for (const url of [samples.raw.notify_C_p26, samples.raw.return_url_C_p22] as string[]) {
      for (const p of parseFormBody(new TextEncoder().encode(url.slice(url.indexOf('?') + 1)))) names.add(p.key);
    }
    for (const v of oracleVectors.notify) for (const k of Object.keys(v.params)) names.add(k);
    expect(names.size).toBeGreaterThan(30);
    expect([...names].filter((n) => REQUEST_ONLY_PARAMS.includes(n))).toEqual([]);
  });
});

describe('signatureChecked', () => {
  it('false on a mismatch; true when the signature matched and the gateway did not confirm, or notify_id is missing', async () => {
    const body = await signedAnyway(Object.entries(genuine));
    expect(
      checkedOf(
        await verifyNotification(body.replace('total_fee=10.00', 'total_fee=1.00'), {
          keys,
          charset: 'utf-8',
          checkNotifyId: false,
        }),
      ),
    ).toBe(false);
    const failed = await verifyNotification(body, {
      keys,
      charset: 'utf-8',
      checkNotifyId: async () => ({ outcome: 'rejected', body: 'false' }),
    });
    expect([codeOf(failed), checkedOf(failed)]).toEqual(['NOTIFY_VERIFY_FAILED', true]);
    const slow = await verifyNotification(body, {
      keys,
      charset: 'utf-8',
      checkNotifyId: async () => ({ outcome: 'timeout' }),
    });
    expect([codeOf(slow), checkedOf(slow)]).toEqual(['NOTIFY_VERIFY_TIMEOUT', true]);
    const { notify_id: _id, ...withoutId } = genuine;
    const noId = await verifyNotification(await signedAnyway(Object.entries(withoutId)), {
      keys,
      charset: 'utf-8',
      checkNotifyId: false,
    });
    expect([codeOf(noId), checkedOf(noId)]).toEqual(['NOTIFY_ID_MISSING', true]);
  });
});
