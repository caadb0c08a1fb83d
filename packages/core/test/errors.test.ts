import { describe, expect, it } from 'vitest';
import {
  AlipayEscrowError,
  DOCS_BASE,
  GATEWAY_ERROR_CODES,
  bareErrorMessage,
  errorDocsBase,
  errorExplainCommand,
  setErrorDocsBase,
  LIBRARY_ERROR_CODES,
  explain,
  formatExplanation,
  isErrorCode,
  listErrorCodes,
  type CatalogueEntry,
} from '../src/errors/index.js';
import { CATALOGUE } from '../src/errors/catalogue.js';

const CJK = /[\u4e00-\u9fff]/;
const SERVICES = new Set([
  'create_partner_trade_by_buyer',
  'send_goods_confirm_by_platform',
  'notify_verify',
  'single_trade_query',
  'close_trade',
  'notification',
]);
const NOT_IN_PDFS = [
  'TOTAL_FEE_OUT_OF_RANGE',
  'TRADE_NOT_ALLOWED_PAY',
  'TRADE_PRICE_NOT_MATCH',
  'TRADE_QUANTITY_NOT_MATCH',
  'TRADE_TOTALFEE_NOT_MATCH',
  'ILLEGAL_OUTTIME_ARGUMENT',
];

function mustExplain(code: string): CatalogueEntry {
  const entry = explain(code);
  if (entry === undefined) throw new Error(`no catalogue entry for ${code}`);
  return entry;
}

describe('error catalogue coverage', () => {
  const gateway = new Set<string>(GATEWAY_ERROR_CODES);
  const library = new Set<string>(LIBRARY_ERROR_CODES);

  it('has no code in both lists and no duplicate within a list', () => {
    expect(gateway.size).toBe(GATEWAY_ERROR_CODES.length);
    expect(library.size).toBe(LIBRARY_ERROR_CODES.length);
    expect([...gateway].filter((c) => library.has(c))).toEqual([]);
  });

  it('has exactly one entry per code, and no entry without a code', () => {
    const counts = new Map<string, number>();
    for (const e of CATALOGUE) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
    const codes = listErrorCodes();
    expect(codes.filter((c) => counts.get(c) !== 1)).toEqual([]);
    expect(CATALOGUE.map((e) => e.code).filter((c) => !isErrorCode(c))).toEqual([]);
    expect(CATALOGUE).toHaveLength(codes.length);
  });

  it('lists entries in the order of codes.ts', () => {
    expect(CATALOGUE.map((e) => e.code)).toEqual(listErrorCodes());
  });

  it('includes the codes seen only in other SDKs, but not the HASH_ misspelling', () => {
    for (const code of NOT_IN_PDFS) {
      expect(gateway.has(code)).toBe(true);
      expect(mustExplain(code).kind).toBe('gateway');
    }
    expect(isErrorCode('HASH_NO_PRIVILEGE')).toBe(false);
    expect(CATALOGUE.some((e) => (e.code as string) === 'HASH_NO_PRIVILEGE')).toBe(false);
  });

  for (const entry of CATALOGUE) {
    it(`${entry.code}: complete, bilingual, consistent`, () => {
      for (const field of ['title', 'cause', 'fix'] as const) {
        expect(entry[field].zh.trim().length).toBeGreaterThan(0);
        expect(entry[field].en.trim().length).toBeGreaterThan(0);
        expect(entry[field].zh).toMatch(CJK);
        expect(entry[field].zh).not.toBe(entry[field].en);
      }
      // causes and fixes say something concrete, not just the title again
      expect(entry.cause.en.length).toBeGreaterThan(entry.title.en.length);
      expect(entry.fix.en.length).toBeGreaterThan(20);

      expect(entry.kind).toBe(gateway.has(entry.code) ? 'gateway' : 'library');
      expect(entry.services.length).toBeGreaterThan(0);
      expect(entry.services.filter((s) => !SERVICES.has(s))).toEqual([]);
      expect(new Set(entry.services).size).toBe(entry.services.length);

      // Nothing a reader cannot open: no page numbers of Alipay's PDFs, no internal notes.
      const text = [entry.title, entry.cause, entry.fix].flatMap((t) => [t.zh, t.en]).join('\n');
      expect(text).not.toMatch(
        /\b(?:C|S|CR|SR) (?:p|pp|table |表 ?)\d|集成指南 ?\d|integration guide \d|\bSPEC\b|PROTOCOL\.md|§/,
      );
      for (const lang of ['zh', 'en'] as const) {
        for (const word of entry.keywords?.[lang] ?? []) expect(word.trim()).not.toBe('');
      }
    });
  }
});

describe('explain', () => {
  it('finds a code regardless of case and surrounding whitespace', () => {
    expect(mustExplain('ILLEGAL_SIGN').code).toBe('ILLEGAL_SIGN');
    expect(mustExplain('illegal_sign').code).toBe('ILLEGAL_SIGN');
    expect(mustExplain('  Sign_Mismatch\n').code).toBe('SIGN_MISMATCH');
  });

  it('accepts the docs-anchor spelling with hyphens', () => {
    expect(mustExplain('trade-status-not-availd').code).toBe('TRADE_STATUS_NOT_AVAILD');
  });

  it('resolves HASH_NO_PRIVILEGE to HAS_NO_PRIVILEGE', () => {
    expect(mustExplain('HASH_NO_PRIVILEGE').code).toBe('HAS_NO_PRIVILEGE');
    expect(mustExplain(' hash_no_privilege ')).toBe(mustExplain('HAS_NO_PRIVILEGE'));
  });

  it('returns undefined for unknown codes', () => {
    for (const code of ['', '   ', 'NOT_A_CODE', 'ILLEGAL_SIGNS', 'constructor', '__proto__', 'toString']) {
      expect(explain(code)).toBeUndefined();
    }
  });

  it('returns a copy from listErrorCodes', () => {
    const first = listErrorCodes();
    first.length = 0;
    expect(listErrorCodes()).toHaveLength(GATEWAY_ERROR_CODES.length + LIBRARY_ERROR_CODES.length);
  });
});

describe('formatExplanation', () => {
  const entry = mustExplain('ILLEGAL_SIGN');
  const docs = new AlipayEscrowError('ILLEGAL_SIGN', 'x').docs;

  it('prints both languages by default, Chinese first, with the error-class docs link', () => {
    const text = formatExplanation(entry);
    expect(text).toBe(formatExplanation(entry, 'both'));
    for (const part of [
      'ILLEGAL_SIGN',
      entry.title.zh,
      entry.title.en,
      entry.cause.zh,
      entry.cause.en,
      entry.fix.zh,
      entry.fix.en,
      docs,
      'create_partner_trade_by_buyer',
    ]) {
      expect(text).toContain(part);
    }
    expect(text.indexOf(entry.cause.zh)).toBeLessThan(text.indexOf(entry.cause.en));
  });

  it('prints only the requested language', () => {
    const zh = formatExplanation(entry, 'zh');
    expect(zh).toContain(entry.cause.zh);
    expect(zh).toContain(entry.fix.zh);
    expect(zh).not.toContain(entry.cause.en);
    expect(zh).not.toContain(entry.title.en);
    expect(zh).toContain(docs);
    const en = formatExplanation(entry, 'en');
    expect(en).toContain(entry.cause.en);
    expect(en).toContain(entry.fix.en);
    expect(en).not.toContain(entry.cause.zh);
    expect(en).not.toContain(entry.title.zh);
    expect(en).toContain(docs);
  });

  it('links every code to the same anchor the error class uses', () => {
    for (const e of CATALOGUE) {
      expect(formatExplanation(e, 'en')).toContain(new AlipayEscrowError(e.code, 'x').docs);
    }
  });
});

describe('AlipayEscrowError', () => {
  const SECRET = 'k'.repeat(8) + '0123456789abcdef0123456789ab'; // looks like a 32-char MD5 key

  it('carries code, hint, status, field and a docs anchor', () => {
    const err = new AlipayEscrowError('SIGN_MISMATCH', 'Signature does not match.', {
      hint: 'Check the key.',
      status: 401,
      field: 'sign',
    });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('AlipayEscrowError');
    expect(err.code).toBe('SIGN_MISMATCH');
    expect(err.hint).toBe('Check the key.');
    expect(err.status).toBe(401);
    expect(err.field).toBe('sign');
    expect(err.docs).toBe(`${DOCS_BASE}#sign-mismatch`);
    expect(err.message).toContain('Signature does not match.');
    expect(err.message).toContain('Check the key.');
    expect(err.message).toContain(err.docs);
  });

  it('defaults status to 400 and leaves hint and field undefined', () => {
    const err = new AlipayEscrowError('CONFIG_INVALID', 'Bad option.');
    expect(err.status).toBe(400);
    expect(err.hint).toBeUndefined();
    expect(err.field).toBeUndefined();
    expect(err.docs).toBe(`${DOCS_BASE}#config-invalid`);
  });

  it('serialises code, message, hint, field and docs only', () => {
    const err = new AlipayEscrowError('KEY_INVALID', 'The MD5 key contains whitespace.', {
      hint: 'Trim it.',
      field: 'key',
    });
    expect(err.toJSON()).toStrictEqual({
      code: 'KEY_INVALID',
      message: err.message,
      hint: 'Trim it.',
      field: 'key',
      docs: `${DOCS_BASE}#key-invalid`,
    });
    expect(JSON.parse(JSON.stringify(err))).toStrictEqual(err.toJSON());
    expect(new AlipayEscrowError('BODY_EMPTY', 'Empty.').toJSON()).toStrictEqual({
      code: 'BODY_EMPTY',
      message: new AlipayEscrowError('BODY_EMPTY', 'Empty.').message,
      docs: `${DOCS_BASE}#body-empty`,
    });
  });

  it('keeps a secret held only in `cause` out of message, String() and JSON', () => {
    const err = new AlipayEscrowError('KEY_INVALID', 'The MD5 key is not 32 letters and digits.', {
      cause: new Error(`bad key ${SECRET}`),
    });
    expect((err.cause as Error).message).toContain(SECRET);
    expect(err.message).not.toContain(SECRET);
    expect(String(err)).not.toContain(SECRET);
    expect(JSON.stringify(err)).not.toContain(SECRET);
  });

  it('is() recognises the class and copies of it, nothing else', () => {
    expect(AlipayEscrowError.is(new AlipayEscrowError('RETRY', 'busy'))).toBe(true);
    // an instance from a duplicated copy of the package: same shape, different class
    expect(AlipayEscrowError.is({ name: 'AlipayEscrowError', code: 'RETRY', message: 'busy' })).toBe(true);
    expect(AlipayEscrowError.is(new Error('x'))).toBe(false);
    expect(AlipayEscrowError.is({ name: 'AlipayEscrowError' })).toBe(false);
    expect(AlipayEscrowError.is({ name: 'TypeError', code: 'RETRY' })).toBe(false);
    expect(AlipayEscrowError.is(null)).toBe(false);
    expect(AlipayEscrowError.is(undefined)).toBe(false);
    expect(AlipayEscrowError.is('AlipayEscrowError')).toBe(false);
  });
});

describe('where an error sends its reader', () => {
  it('names the offline explain command and the docs page in every message, after the hint', () => {
    const err = new AlipayEscrowError('ILLEGAL_SIGN', 'The gateway rejected the signature.', {
      hint: 'Check the key.',
    });
    expect(err.message).toBe(
      `The gateway rejected the signature. Check the key. Run \`npx alipay-escrow explain ILLEGAL_SIGN\` or see ${DOCS_BASE}#illegal-sign`,
    );
    expect(errorExplainCommand('ILLEGAL_SIGN')).toBe('npx alipay-escrow explain ILLEGAL_SIGN');
    expect(bareErrorMessage(err)).toBe('The gateway rejected the signature.');
    expect(bareErrorMessage(new AlipayEscrowError('RETRY', 'Busy.'))).toBe('Busy.');
  });

  it('links to the docs site this repository publishes, not to a host nobody runs', () => {
    expect(DOCS_BASE).toBe('https://alipay-escrow.github.io/alipay-escrow/errors');
    expect(errorDocsBase()).toBe(DOCS_BASE);
  });

  it('points later errors at a base set with setErrorDocsBase, and back with no argument', () => {
    // Reset in `finally` (the portable suite has no afterEach): a failure here must not move the
    // base for the tests after it.
    setErrorDocsBase('https://docs.example.com/alipay/errors/');
    try {
      const err = new AlipayEscrowError('SIGN_MISMATCH', 'No match.');
      expect(err.docs).toBe('https://docs.example.com/alipay/errors#sign-mismatch');
      expect(err.message).toContain('https://docs.example.com/alipay/errors#sign-mismatch');
      expect(formatExplanation(mustExplain('SIGN_MISMATCH'), 'en')).toContain(
        'https://docs.example.com/alipay/errors#sign-mismatch',
      );
      expect(bareErrorMessage(err)).toBe('No match.');
    } finally {
      setErrorDocsBase();
    }
    expect(new AlipayEscrowError('SIGN_MISMATCH', 'No match.').docs).toBe(`${DOCS_BASE}#sign-mismatch`);
  });

  it('refuses a base that is not an absolute http(s) URL without a fragment, keeping the old one', () => {
    for (const bad of [
      '/errors',
      'docs.example.com/errors',
      'ftp://example.com/errors',
      'https://example.com/errors#x',
      'https://exa mple.com/',
    ]) {
      let thrown: unknown;
      try {
        setErrorDocsBase(bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown instanceof AlipayEscrowError ? { code: thrown.code, field: thrown.field } : thrown).toEqual({
        code: 'CONFIG_INVALID',
        field: 'docsBase',
      });
    }
    expect(errorDocsBase()).toBe(DOCS_BASE);
  });
});
