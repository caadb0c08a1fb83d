// The part of Deno KV the store uses, typed structurally so core builds with tsc on Node (no Deno
// types needed) while a real `Deno.Kv` still type-checks as an argument
// (packages/adapter-deno/test/deno-types.ts is checked by `deno check`).

/** A key part this store writes (Deno.KvKeyPart without symbol). */
export type KvKeyPart = Uint8Array | string | number | bigint | boolean;
/** A Deno KV key: the store's prefix followed by its own parts (Deno.KvKey). */
export type KvKey = readonly KvKeyPart[];

/** What `get`, `getMany` and `list` yield; `versionstamp` is null when the key holds nothing. */
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
    /** When it applied: the versionstamp every key it wrote now has. */
    versionstamp?: string;
  }>;
}

/** A `Deno.Kv` (from `await Deno.openKv()`), or anything with the same methods. */
export interface DenoKvLike {
  /** Reads one key. */
  get<T = unknown>(key: KvKey): Promise<KvEntryLike<T>>;
  /** Reads up to 10 keys at once, from one consistent snapshot, in the order given. */
  getMany<T extends readonly unknown[]>(
    keys: readonly [...{ [K in keyof T]: KvKey }],
  ): Promise<{ [K in keyof T]: KvEntryLike<T[K]> }>;
  /**
   * Lists entries in key order (`reverse` for newest-first reads), at most `limit`, fetched
   * `batchSize` at a time: those under `prefix`, from `start` (inclusive) and before `end`
   * (exclusive) when given (Deno.KvListSelector).
   */
  list<T = unknown>(
    selector:
      | { prefix: KvKey }
      | { prefix: KvKey; start: KvKey }
      | { prefix: KvKey; end: KvKey }
      | { start: KvKey; end: KvKey },
    options?: { reverse?: boolean; limit?: number; batchSize?: number },
  ): AsyncIterable<KvEntryLike<T>>;
  /** Starts an atomic operation. */
  atomic(): KvAtomicLike;
}
