import type { ErrorCode } from './codes.js';

/** Base of the hosted docs; every error links to `${DOCS_BASE}#<code lower-case>`. */
export const DOCS_BASE = 'https://alipay-escrow.dev/errors';

/** The anchor of a code on the errors page: lower case, `_` → `-` (`ILLEGAL_SIGN` → `illegal-sign`). */
export function errorDocsAnchor(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/** The page explaining a code: `https://alipay-escrow.dev/errors#illegal-sign` (Chinese, with the English text beside it). */
export function errorDocsUrl(code: string): string {
  return `${DOCS_BASE}#${errorDocsAnchor(code)}`;
}

/** Optional details for {@link AlipayEscrowError}'s constructor; every field may be left out. */
export interface AlipayEscrowErrorInit {
  /** What to do about it, in one sentence. Never contains a secret. */
  hint?: string;
  /** HTTP status an adapter should answer with when this error ends a request. */
  status?: number;
  /** The parameter or option at fault, when there is one. */
  field?: string;
  /**
   * The underlying error (a network failure, a decoder error, ...), kept as the standard
   * `Error.cause`.
   */
  cause?: unknown;
}

/**
 * The one error class of the library. `code` is either a gateway code (ILLEGAL_SIGN, ...)
 * or one of the library's own codes (SIGN_MISMATCH, MALFORMED_BODY, ...); see `explain(code)`.
 */
export class AlipayEscrowError extends Error {
  /** Always `'AlipayEscrowError'`; {@link AlipayEscrowError.is} relies on it. */
  override readonly name = 'AlipayEscrowError';
  /** What went wrong, as a stable code to branch on; `explain(code)` gives its cause and fix. */
  readonly code: ErrorCode;
  /** What to do about it, in one sentence; `undefined` when there is nothing more to say. */
  readonly hint: string | undefined;
  /**
   * HTTP status an adapter answers with when this error ends a request: 400 unless the thrower set
   * another (e.g. 500 for a configuration or key problem, 502 for an unusable gateway reply, 504 for
   * a gateway timeout).
   */
  readonly status: number;
  /**
   * The parameter or option at fault (e.g. `subject`, `notifyUrl`); `undefined` when not tied to
   * one.
   */
  readonly field: string | undefined;
  /**
   * Link to the docs entry for `code`, e.g. `https://alipay-escrow.dev/errors#illegal-sign`; also
   * appended to `message`.
   */
  readonly docs: string;

  constructor(code: ErrorCode, message: string, init: AlipayEscrowErrorInit = {}) {
    const docs = errorDocsUrl(code);
    const full = [message, init.hint, `See ${docs}`].filter(Boolean).join(' ');
    super(full, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.hint = init.hint;
    this.status = init.status ?? 400;
    this.field = init.field;
    this.docs = docs;
  }

  /** True for errors of this class, even across duplicated package copies. */
  static is(value: unknown): value is AlipayEscrowError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'AlipayEscrowError' &&
      typeof (value as { code?: unknown }).code === 'string'
    );
  }

  /**
   * The plain-object form `JSON.stringify` uses (for logs and API replies); `hint` and `field` are
   * left out when empty.
   * @property __type.code - The error code, as in {@link AlipayEscrowError.code}.
   * @property __type.message - The full message, hint and docs link included.
   * @property __type.hint - What to do about it; absent when the error has no hint.
   * @property __type.field - The parameter or option at fault; absent when there is none.
   * @property __type.docs - The docs page for the code.
   */
  toJSON(): { code: ErrorCode; message: string; hint?: string; field?: string; docs: string } {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint ? { hint: this.hint } : {}),
      ...(this.field ? { field: this.field } : {}),
      docs: this.docs,
    };
  }
}
