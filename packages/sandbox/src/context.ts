import { AlipayEscrowError } from '@alipay-escrow/core';
import type { ResolvedConfig } from './config.js';
import type { Engine } from './engine/engine.js';

/** What every handler of the sandbox works with. */
export interface SandboxContext {
  config: ResolvedConfig;
  engine: Engine;
}

/** Any failure as an AlipayEscrowError: its own, or SYSTEM_ERROR for a bug or an outage. */
export function asAlipayError(error: unknown): AlipayEscrowError {
  if (AlipayEscrowError.is(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new AlipayEscrowError('SYSTEM_ERROR', `The sandbox failed: ${detail}`, {
    hint: 'This is a bug in the sandbox (or its store); the request can be retried.',
    status: 500,
    cause: error,
  });
}
