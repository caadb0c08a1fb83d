import { AlipayEscrowError } from '@alipay-escrow/core';

export { checkAttempt, checkLimit, checkTransition, isoTime } from '@alipay-escrow/core/store-kit';

// The argument checks every EscrowStore makes come from core's store kit, so this store rejects
// the same mistakes with the same codes; only the errors specific to Deno KV live here.

export const takenError = (what: string, hint: string): AlipayEscrowError =>
  new AlipayEscrowError('INTERNAL_ERROR', `${what} already exists; nothing was written.`, { status: 500, hint });

/** A compare-and-set that kept losing to other writers (it retries first). */
export const contentionError = (what: string): AlipayEscrowError =>
  new AlipayEscrowError('CONCURRENT_UPDATE', `${what}: Deno KV kept reporting a conflicting write; nothing was written.`, {
    status: 500,
    hint: 'Another instance is writing the same record in a tight loop; retry the request (Alipay retries notifications by itself).',
  });
