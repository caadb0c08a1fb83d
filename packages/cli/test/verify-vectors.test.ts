import { describe, expect, it } from 'vitest';
import { jsonOf, runCli } from './helpers/run-cli.js';
import { oracle } from './helpers/vectors.js';

/** The code the library gives for the notify vectors whose cause is unambiguous. */
const EXPECTED_CODE: Record<string, string> = {
  N20_utf8_invalid_sign_includes_empty: 'SIGN_MISMATCH',
  N23_utf8_invalid_tampered_total_fee: 'SIGN_MISMATCH',
  N26_utf8_invalid_other_key: 'SIGN_MISMATCH',
  N30_utf8_invalid_sign_missing: 'SIGN_MISSING',
  N36_utf8_quirk_notify_id_missing_skips_atn: 'NOTIFY_ID_MISSING',
  N44_gbk_invalid_charset_mismatch: 'CHARSET_MISMATCH',
  N47_utf8_invalid_empty_post: 'BODY_EMPTY',
  N52_utf8_quirk_magic_hash_forged_0: 'SIGN_MISMATCH',
};

describe('verify --offline: every oracle notify vector, as raw stdin bytes', () => {
  for (const c of oracle.notify) {
    it(`${c.id} → ${c.product_expected_valid ? 'valid' : 'rejected'}`, async () => {
      const run = await runCli(
        ['verify', '--key', c.key, '--charset', c.charset, '--offline'],
        Buffer.from(c.post_body_urlencoded, 'latin1'),
      );
      const out = jsonOf(run);
      expect(Object.keys(out).sort()).toEqual(['code', 'hint', 'presign', 'valid']);
      expect(out['valid']).toBe(c.product_expected_valid);
      expect(run.code).toBe(c.product_expected_valid ? 0 : 1);
      expect(typeof out['hint']).toBe('string');
      expect((out['hint'] as string).length).toBeGreaterThan(0);
      if (c.product_expected_valid) {
        expect(out['code']).toBe('OK');
        expect(out['presign']).toBe(c.demo_presign);
      } else {
        expect(out['code']).not.toBe('OK');
        if (EXPECTED_CODE[c.id]) expect(out['code']).toBe(EXPECTED_CODE[c.id]);
      }
    });
  }
});

describe('verify: bytes are not reinterpreted', () => {
  it('a GBK body verified as utf-8 is rejected as undecodable, never accepted as mojibake', async () => {
    const c = oracle.notify.find((v) => v.id === 'N07_gbk_valid_WAIT_SELLER_SEND_GOODS')!;
    const run = await runCli(
      ['verify', '--key', c.key, '--charset', 'utf-8', '--offline'],
      Buffer.from(c.post_body_urlencoded, 'latin1'),
    );
    expect(run.code).toBe(1);
    const out = jsonOf(run);
    expect(out['valid']).toBe(false);
    // The MD5 covers the received bytes, so it matches; the values then are not valid UTF-8.
    expect(out['code']).toBe('CHARSET_UNDECODABLE');
    expect(out['hint']).toMatch(/charset/);
  });

  it('a body with raw (unescaped) GBK bytes is read as bytes from stdin', async () => {
    const c = oracle.notify.find((v) => v.id === 'N07_gbk_valid_WAIT_SELLER_SEND_GOODS')!;
    // Undo the percent-encoding of the high bytes only: the body now holds raw GBK bytes, which
    // would be destroyed by any UTF-8 decoding on the way in.
    const raw = Buffer.from(
      c.post_body_urlencoded.replace(/%([89A-F][0-9A-F])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    );
    expect(raw.includes(0xb2)).toBe(true);
    const run = await runCli(['verify', '--key', c.key, '--charset', 'gbk', '--offline'], raw);
    expect(jsonOf(run)['valid']).toBe(true);
    expect(run.code).toBe(0);
  });
});
