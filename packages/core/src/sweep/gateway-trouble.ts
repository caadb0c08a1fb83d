import { AlipayEscrowError } from '../errors/error.js';

/** Codes that say the gateway could not answer now (not that the order is wrong): try again later. */
const TRANSIENT = new Set(['GATEWAY_TIMEOUT', 'GATEWAY_NETWORK_ERROR', 'GATEWAY_HTTP_ERROR', 'SYSTEM_ERROR', 'RETRY']);

/** True when `error` is the gateway being unavailable rather than an answer about the order. */
export function isGatewayTrouble(error: unknown): boolean {
  return AlipayEscrowError.is(error) && TRANSIENT.has(error.code);
}
