import { AlipayEscrowError } from '../errors/error.js';
import type { LogUpdate } from '../store/types.js';
import { safeMessage } from './safe-message.js';

/** The log update for an unexpected error: verdict `error`, its code (INTERNAL_ERROR if it has none). */
export function failureUpdate(error: unknown, secrets: readonly string[], reply: string): LogUpdate {
  return {
    verdict: 'error',
    code: AlipayEscrowError.is(error) ? error.code : 'INTERNAL_ERROR',
    detail: safeMessage(error, secrets),
    reply,
  };
}
