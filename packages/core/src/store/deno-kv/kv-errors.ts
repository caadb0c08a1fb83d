import { AlipayEscrowError } from '../../errors/error.js';

// The argument checks every EscrowStore makes come from the store kit (../kit.ts), as for the
// memory and SQL stores, so this store rejects the same mistakes with the same codes;
// only the errors specific to Deno KV live here.

/** A step that kept losing to other writers (it reads and retries first). */
export const contentionError = (what: string): AlipayEscrowError =>
  new AlipayEscrowError(
    'CONCURRENT_UPDATE',
    `${what}: Deno KV kept reporting a conflicting write; nothing was written.`,
    {
      status: 500,
      hint: 'Another instance is writing the same record in a tight loop; retry the request (Alipay retries notifications by itself).',
    },
  );

/** A step that would need more checks than one Deno KV atomic operation allows. */
export const tooManyChecksError = (what: string, checks: number, max: number): AlipayEscrowError =>
  new AlipayEscrowError(
    'INTERNAL_ERROR',
    `${what} needs ${checks} checks in one Deno KV atomic operation, more than its limit of ${max}; nothing was written.`,
    {
      status: 500,
      hint: 'Commit fewer effects with one transition (each new effect costs two checks, each claimed one one).',
    },
  );
