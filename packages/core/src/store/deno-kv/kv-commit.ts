import type { KvAtomicLike } from './kv-like.js';

/**
 * How many times a step reads and tries its atomic operation again after a check failed because
 * another writer changed what it read; each failure means another writer won.
 */
export const MAX_ATTEMPTS = 32;

/** Attempts of one commit that a local (SQLite-backed) KV refuses because another connection holds the lock. */
const LOCK_ATTEMPTS = 50;
const LOCKED = /database is locked|database table is locked|SQLITE_BUSY/i;

/**
 * Commits the atomic operation `build()` returns: true when it applied, false when one of its
 * checks failed. A local KV file shared by several processes (or connections) can refuse a
 * commit with "database is locked" instead; nothing was written then, so it is rebuilt and
 * committed again after a short random pause. (Deno Deploy's KV never does this.)
 */
export async function commit(build: () => KvAtomicLike): Promise<boolean> {
  return (await commitAt(build)) !== null;
}

/**
 * As {@link commit}, resolving to the versionstamp the written keys now have ('' when the KV did
 * not say), or null when a check failed.
 */
export async function commitAt(build: () => KvAtomicLike): Promise<string | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await build().commit();
      return result.ok ? (result.versionstamp ?? '') : null;
    } catch (error) {
      if (attempt >= LOCK_ATTEMPTS || !(error instanceof Error) || !LOCKED.test(error.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * Math.min(attempt, 10) * 2));
    }
  }
}
