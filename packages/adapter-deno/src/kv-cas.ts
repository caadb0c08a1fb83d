import type { DenoKvLike, KvAtomicLike, KvKey } from './kv-like.js';
import { commit } from './kv-commit.js';
import { contentionError } from './store-checks.js';

/** Attempts per compare-and-set before giving up (each failure means another writer won). */
export const MAX_ATTEMPTS = 32;

/**
 * Reads `key`, lets `change` compute the new value (undefined: leave it) and writes it only if
 * the record is still the one read (an atomic versionstamp check), together with whatever `also`
 * adds to the same atomic operation; retries on a conflict. Returns the value written, or
 * undefined when there was nothing to change.
 */
export async function compareAndSet<T>(
  kv: DenoKvLike,
  key: KvKey,
  what: string,
  change: (current: T) => T | undefined,
  also: (op: KvAtomicLike, current: T, next: T) => KvAtomicLike = (op) => op,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await kv.get<T>(key);
    if (current.value === null) return undefined;
    const next = change(current.value);
    if (next === undefined) return undefined;
    const { value, versionstamp } = current;
    if (await commit(() => also(kv.atomic().check({ key, versionstamp }).set(key, next), value, next))) return next;
  }
  throw contentionError(what);
}
