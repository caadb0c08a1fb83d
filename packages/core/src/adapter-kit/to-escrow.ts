import { createEscrow } from '../escrow-app/index.js';
import type { Escrow, EscrowOptions } from '../escrow-app/index.js';
import { toEndpoints } from './endpoints.js';

/** What an adapter's handlers take: `createEscrow`'s options, or an Escrow it built (so one instance serves both routes). */
export type EscrowInput = EscrowOptions | Escrow;

/**
 * The Escrow for `input`: the instance itself, or `createEscrow(input)` (with GBK and RSA, as
 * from `@alipay-escrow/core`). A bad configuration throws here, when the adapter is set up.
 */
export function toEscrow(input: EscrowInput): Escrow {
  return toEndpoints(input, createEscrow);
}
