// The part of Deno KV the store uses, typed structurally so this package builds with tsc on Node
// (no Deno types needed) while a real `Deno.Kv` still type-checks as an argument
// (test/kv-types.test.ts runs under `deno test` with type checking).

/** A key part this store writes (Deno.KvKeyPart without symbol). */
export type KvKeyPart = Uint8Array | string | number | bigint | boolean;
export type KvKey = readonly KvKeyPart[];

/** What `get` and `list` yield; `versionstamp` is null when the key holds nothing. */
export interface KvEntryLike<T> {
  readonly key: readonly unknown[];
  readonly value: T | null;
  readonly versionstamp: string | null;
}

export interface KvAtomicLike {
  check(...checks: { key: KvKey; versionstamp: string | null }[]): KvAtomicLike;
  set(key: KvKey, value: unknown): KvAtomicLike;
  delete(key: KvKey): KvAtomicLike;
  commit(): Promise<{ ok: boolean }>;
}

/** A `Deno.Kv` (from `await Deno.openKv()`), or anything with the same methods. */
export interface DenoKvLike {
  get<T = unknown>(key: KvKey): Promise<KvEntryLike<T>>;
  list<T = unknown>(selector: { prefix: KvKey }, options?: { reverse?: boolean; limit?: number }): AsyncIterable<KvEntryLike<T>>;
  atomic(): KvAtomicLike;
}
