/**
 * `@alipay-escrow/core/deno-kv` — an EscrowStore on Deno KV, so a Deno Deploy app needs no SQL
 * database. It takes anything with Deno KV's methods (`DenoKvLike`): `await Deno.openKv()` on
 * Deno, or any client with the same methods elsewhere. Every transition (the order plus its effects) and every
 * effect claim is one atomic operation with versionstamp checks, so any number of instances can
 * share the database.
 *
 * @module deno-kv
 */
export { createDenoKvStore, type DenoKvStoreOptions } from './kv-store.js';
export type { DenoKvLike, KvAtomicLike, KvEntryLike, KvKey, KvKeyPart } from './kv-like.js';
