import type { ErrorCode } from './codes.js';

/**
 * Where the errors page is published by default: the docs site this repository deploys (GitHub
 * Pages, `.github/workflows/docs.yml`), derived from the `repository` field of the root
 * package.json (scripts/check-packages.mjs checks that they agree). Change it with
 * {@link setErrorDocsBase} when you host the docs yourself.
 */
export const DOCS_BASE = 'https://alipay-escrow.github.io/alipay-escrow/errors';

let docsBase = DOCS_BASE;

/**
 * Points the docs link of every error created from now on at your own copy of the errors page
 * (e.g. an intranet mirror of the docs site): `setErrorDocsBase('https://docs.example.com/errors')`.
 * Without an argument it goes back to {@link DOCS_BASE}. The setting is process-wide (module state)
 * because errors are raised everywhere — payment requests, verification, the gateway client, the
 * CLI — far from any options object; call it once at start-up. Every message also names
 * `npx alipay-escrow explain CODE`, which works offline whatever the base.
 * @throws AlipayEscrowError CONFIG_INVALID when `base` is not an absolute http(s) URL without a
 * fragment.
 */
export function setErrorDocsBase(base?: string): void {
  if (base === undefined) {
    docsBase = DOCS_BASE;
    return;
  }
  let url: URL | undefined;
  try {
    url = typeof base === 'string' && !/[\s\x00-\x1f\x7f]/.test(base) ? new URL(base) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || base.includes('#')) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `The error docs base ${JSON.stringify(base)} is not an absolute http(s) URL without a fragment.`,
      {
        hint: 'Give the URL of your errors page, e.g. https://docs.example.com/errors; each error adds #<code>.',
        field: 'docsBase',
        status: 500,
      },
    );
  }
  docsBase = base.replace(/\/+$/, '');
}

/** The errors page links currently point at: {@link DOCS_BASE} unless {@link setErrorDocsBase} changed it. */
export function errorDocsBase(): string {
  return docsBase;
}

/** The anchor of a code on the errors page: lower case, `_` → `-` (`ILLEGAL_SIGN` → `illegal-sign`). */
export function errorDocsAnchor(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/**
 * The page explaining a code, under the current {@link errorDocsBase}:
 * `https://alipay-escrow.github.io/alipay-escrow/errors#illegal-sign` by default (Chinese, with
 * the English text beside it).
 */
export function errorDocsUrl(code: string): string {
  return `${docsBase}#${errorDocsAnchor(code)}`;
}

/** The command that prints a code's cause and fix in a terminal, offline: `npx alipay-escrow explain ILLEGAL_SIGN`. */
export function errorExplainCommand(code: string): string {
  return `npx alipay-escrow explain ${code}`;
}

/** The sentence every message ends with: the offline command, then the page. */
function helpSentence(code: string, docs: string): string {
  return `Run \`${errorExplainCommand(code)}\` or see ${docs}`;
}

/**
 * The message as its thrower wrote it, without the hint and the help sentence the constructor
 * appended: for wrapping an error in another one without repeating them.
 */
export function bareErrorMessage(error: AlipayEscrowError): string {
  let message = error.message;
  const help = ` ${helpSentence(error.code, error.docs)}`;
  if (message.endsWith(help)) message = message.slice(0, -help.length);
  if (error.hint !== undefined && message.endsWith(` ${error.hint}`))
    message = message.slice(0, -(error.hint.length + 1));
  return message;
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

/** The plain-object form of an {@link AlipayEscrowError}: what `JSON.stringify` writes for one. */
export interface AlipayEscrowErrorJson {
  /** The error code, as in {@link AlipayEscrowError.code}. */
  code: ErrorCode;
  /** The full message, hint, explain command and docs link included. */
  message: string;
  /** What to do about it; absent when the error has no hint. */
  hint?: string;
  /** The parameter or option at fault; absent when there is none. */
  field?: string;
  /** The docs page for the code. */
  docs: string;
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
   * Link to the docs entry for `code`, e.g.
   * `https://alipay-escrow.github.io/alipay-escrow/errors#illegal-sign` (see
   * {@link setErrorDocsBase}); appended to `message` after `npx alipay-escrow explain CODE`.
   */
  readonly docs: string;

  constructor(code: ErrorCode, message: string, init: AlipayEscrowErrorInit = {}) {
    const docs = errorDocsUrl(code);
    const full = [message, init.hint, helpSentence(code, docs)].filter(Boolean).join(' ');
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
   */
  toJSON(): AlipayEscrowErrorJson {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint ? { hint: this.hint } : {}),
      ...(this.field ? { field: this.field } : {}),
      docs: this.docs,
    };
  }
}
