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

export interface AlipayEscrowErrorInit {
  /** What to do about it, in one sentence. Never contains a secret. */
  hint?: string;
  /** HTTP status an adapter should answer with when this error ends a request. */
  status?: number;
  /** The parameter or option at fault, when there is one. */
  field?: string;
  cause?: unknown;
}

/**
 * The one error class of the library. `code` is either a gateway code (ILLEGAL_SIGN, ...)
 * or one of the library's own codes (SIGN_MISMATCH, MALFORMED_BODY, ...); see `explain(code)`.
 */
export class AlipayEscrowError extends Error {
  override readonly name = 'AlipayEscrowError';
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly status: number;
  readonly field: string | undefined;
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
