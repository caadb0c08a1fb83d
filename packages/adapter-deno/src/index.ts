/**
 * `@alipay-escrow/deno` — Alipay escrow notify/return handlers for `Deno.serve`, and an EscrowStore
 * on Deno KV (so a Deno Deploy app needs no SQL database).
 * @module
 */
export { alipayEscrow, notifyHandler, returnHandler, type AlipayEscrowOptions } from './handlers.js';
export type { EscrowInput } from '@alipay-escrow/core/adapter-kit';
export type { DenoServeHandler, DenoServeInfoLike } from './serve-types.js';
export { createDenoKvStore, type DenoKvStoreOptions } from './kv-store.js';
export type { DenoKvLike, KvAtomicLike, KvEntryLike, KvKey, KvKeyPart } from './kv-like.js';
