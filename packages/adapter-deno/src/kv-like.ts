// The part of Deno KV the store uses, typed structurally so this package builds with tsc on Node
// (no Deno types needed) while a real `Deno.Kv` still type-checks as an argument
// (test/kv-types.test.ts runs under `deno test` with type checking).

/** A key part this store writes (Deno.KvKeyPart without symbol). */
export type KvKeyPart = Uint8Array | string | number | bigint | boolean;
/** A Deno KV key: the store's prefix followed by its own parts (Deno.KvKey). */
export type KvKey = readonly KvKeyPart[];

/** What `get` and `list` yield; `versionstamp` is null when the key holds nothing. */
export interface KvEntryLike<T> {
  /** The entry's key. */
  readonly key: readonly unknown[];
  /** The stored value; null when the key holds nothing. */
  readonly value: T | null;
  /** The version of the value, for `check` in an atomic operation; null when the key holds nothing. */
  readonly versionstamp: string | null;
}

/** An atomic operation (Deno.AtomicOperation, from `kv.atomic()`): checks and writes committed together. */
export interface KvAtomicLike {
  /** Makes the commit fail unless each key still has the given versionstamp (null: the key must be empty). */
  check(...checks: { key: KvKey; versionstamp: string | null }[]): KvAtomicLike;
  /** Writes a value when the operation commits. */
  set(key: KvKey, value: unknown): KvAtomicLike;
  /** Deletes a key when the operation commits. */
  delete(key: KvKey): KvAtomicLike;
  /** Applies every write, or none when a check failed. */
  commit(): Promise<{
    /** False when a check failed (someone else wrote first); nothing was written then. */
    ok: boolean;
  }>;
}

/** A `Deno.Kv` (from `await Deno.openKv()`), or anything with the same methods. */
export interface DenoKvLike {
  /** Reads one key. */
  get<T = unknown>(key: KvKey): Promise<KvEntryLike<T>>;
  /**
   * Lists the entries under a key prefix in key order (`reverse` for newest-first reads), at most
   * `limit`; with `end`, only the keys before it.
   */
  list<T = unknown>(selector: { prefix: KvKey; end?: KvKey }, options?: { reverse?: boolean; limit?: number }): AsyncIterable<KvEntryLike<T>>;
  /** Starts an atomic operation. */
  atomic(): KvAtomicLike;
}
