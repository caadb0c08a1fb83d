import { AlipayEscrowError } from '../errors/error.js';
import type { EscrowStore } from '../store/types.js';

/** The store methods the notify and return paths call; every other one is for createEscrow and sweep. */
export const RECEIVER_STORE_METHODS = [
  'receive',
  'commit',
  'getOrder',
  'listEffects',
  'claimEffects',
  'settle',
  'appendLog',
] as const;

/**
 * What {@link createReceiver} needs of a store: the steps of applying a notification or a return
 * visit, and appending the log entry of a refused one. Any EscrowStore fits (createSqlStore,
 * createMemoryStore); the receiver stores (`createSqliteReceiverStore`,
 * `createPostgresReceiverStore`) have only these, so a receiver's bundle leaves out migrations,
 * listings, pruning and the sweep's marks.
 */
export type ReceiverStore = Pick<EscrowStore, (typeof RECEIVER_STORE_METHODS)[number]>;

function notInReceiver(method: string): () => Promise<never> {
  return async () => {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `${method} is not part of a receiver store: it only applies notifications and return visits.`,
      {
        hint: 'Use createSqlStore on the same database for migrate, listings, pruning and sweep.',
        field: 'store',
        status: 500,
      },
    );
  };
}

/**
 * The store as the shared pipeline expects it: a full EscrowStore as it is; a receiver store with
 * the methods it lacks rejecting CONFIG_INVALID (the receiver never calls them). Anything else is
 * returned unchanged, for the store checks to report what is missing.
 */
export function asEscrowStore(store: unknown): unknown {
  if (store === null || typeof store !== 'object') return store;
  const s = store as Record<string, unknown>;
  if (!RECEIVER_STORE_METHODS.every((m) => typeof s[m] === 'function')) return store;
  const filled: Record<string, unknown> = {};
  for (const m of ['createOrder', 'listOrders', 'getLog', 'listLog', 'pruneLog', 'markAttention', 'clearAttention']) {
    if (typeof s[m] !== 'function') filled[m] = notInReceiver(m);
  }
  if (Object.keys(filled).length === 0) return store;
  const wrapped = Object.create(store) as Record<string, unknown>;
  return Object.assign(wrapped, filled);
}
