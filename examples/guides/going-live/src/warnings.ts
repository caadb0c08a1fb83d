/** Warnings in production: one JSON line each for the log collector, and test settings refused. */
import type { EscrowHooks, EscrowLogger, EscrowOptions, EscrowStore } from '@alipay-escrow/core';
import { escrowOptions } from './config.js';

// #region logger
// Every anomaly (a genuine notification that was NOT applied), every refused
// request and every test setting found at start-up arrives here. Without this
// option they go to console.warn; `logger: null` silences them.
export const jsonLogger: EscrowLogger = {
  warn(message, warning) {
    // warning: { kind, code, channel, logId, outTradeNo } — never a secret
    console.warn(JSON.stringify({ level: 'warn', msg: message, ...warning }));
  },
};
// #endregion logger

// #region production
export function productionOptions(
  env: Record<string, string | undefined>,
  store: EscrowStore,
  hooks: EscrowHooks,
): EscrowOptions {
  return {
    ...escrowOptions(env, store, hooks),
    logger: jsonLogger,
    // Refuse to start with test settings (a sandbox gatewayUrl) instead of
    // only warning; a staging server that uses the sandbox says 'development'.
    environment: 'production',
  };
}
// #endregion production
