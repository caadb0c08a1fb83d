import { AlipayEscrowError } from '@alipay-escrow/core';
import { UsageError } from './usage-error.js';

/** Library codes that mean "the invocation is wrong" rather than "the input was refused". */
export const CONFIGURATION_CODES: ReadonlySet<string> = new Set([
  'CONFIG_INVALID',
  'KEY_INVALID',
  'RSA_KEY_INVALID',
  'CHARSET_UNSUPPORTED',
  'SIGN_TYPE_UNSUPPORTED',
  'CALLBACK_URL_INVALID',
]);

export interface ErrorReport {
  exitCode: 1 | 2;
  /** Printed as `{"error": body}` on stdout. */
  body: { code: string; message: string; hint?: string; field?: string };
  /** Whether to print the command's usage line on stderr. */
  showUsage: boolean;
}

/** Turns whatever a command threw into the CLI's answer: exit code and JSON error. */
export function reportError(error: unknown): ErrorReport {
  if (error instanceof UsageError) {
    return {
      exitCode: 2,
      body: { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) },
      showUsage: true,
    };
  }
  if (AlipayEscrowError.is(error)) {
    const usage = CONFIGURATION_CODES.has(error.code);
    return {
      exitCode: usage ? 2 : 1,
      body: {
        code: error.code,
        message: error.message,
        ...(error.hint ? { hint: error.hint } : {}),
        ...(error.field ? { field: error.field } : {}),
      },
      showUsage: usage,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { exitCode: 1, body: { code: 'INTERNAL_ERROR', message: `Unexpected failure: ${message}` }, showUsage: false };
}
