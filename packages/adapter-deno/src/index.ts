/**
 * `@alipay-escrow/deno` — Alipay escrow notify/return handlers for `Deno.serve`. The EscrowStore
 * on Deno KV is `createDenoKvStore` from `@alipay-escrow/core/deno-kv`.
 * @module
 */
export { alipayEscrow, notifyHandler, returnHandler, type AlipayEscrowOptions } from './handlers.js';
export type { EscrowInput } from '@alipay-escrow/core/adapter-kit';
export type { DenoAddrLike, DenoServeHandler, DenoServeInfoLike } from './serve-types.js';
