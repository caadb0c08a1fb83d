import type { EffectRecord, EscrowStore } from '../types.js';
import { kvAttention } from './kv-attention.js';
import { kvClaimEffects } from './kv-claim-step.js';
import { kvCommit } from './kv-commit-step.js';
import { kvKeys } from './kv-keys.js';
import type { DenoKvLike } from './kv-like.js';
import { kvLog } from './kv-log.js';
import { logWrites } from './kv-log-record.js';
import { kvOrders } from './kv-orders.js';
import { kvReceive } from './kv-receive.js';
import { kvSettle } from './kv-settle.js';
import { Snapshots } from './kv-snapshots.js';

/** Options of {@link createDenoKvStore}. */
export interface DenoKvStoreOptions {
  /** The first parts of every key (default ['alipay_escrow']): several stores can share one database. */
  prefix?: readonly string[];
  /**
   * Ignored: every method that compares leases is given the time (a claim's `now`).
   * @deprecated Leave it out; it has no effect.
   */
  now?: () => Date;
}

/**
 * An EscrowStore on Deno KV (`await Deno.openKv()`; on Deno Deploy, no SQL database needed).
 * Every write is one `kv.atomic()` that checks the versionstamps of what the step decided on, so
 * any number of instances can share the database. KV cannot read inside an atomic operation:
 * `receive` is one `getMany` (the order, its effects, the notify_id binding) and one atomic
 * operation; `commit`, `claimEffects` and `settle` build on what this instance last read or wrote
 * of the order and the log entry (their versionstamps are checked), so each is one atomic
 * operation, and reads first (one `getMany`) only when that is unknown or no longer current. A
 * message costs four KV round trips; an order with more than 8 effects adds one `getMany` per 10
 * to the reads. No schema: `migrate()` does nothing. Bodies up to about 780 KiB fit one log entry
 * (KV's 800 KiB per atomic operation).
 */
export function createDenoKvStore(kv: DenoKvLike, options: DenoKvStoreOptions = {}): EscrowStore {
  const keys = kvKeys(options.prefix ?? ['alipay_escrow']);
  const writes = logWrites(keys);
  const snapshots = new Snapshots();

  return {
    ...kvOrders(kv, keys),
    ...kvLog(kv, keys, writes),
    ...kvAttention(kv, keys),

    async migrate() {},

    receive: kvReceive(kv, keys, writes, snapshots),
    commit: kvCommit(kv, keys, snapshots),
    claimEffects: kvClaimEffects(kv, keys, snapshots),
    settle: kvSettle(kv, keys, writes, snapshots),

    async listEffects(outTradeNo) {
      const effects: EffectRecord[] = [];
      for await (const { value } of kv.list<EffectRecord>({ prefix: keys.effectsOf(outTradeNo) }, { batchSize: 500 })) {
        if (value !== null) effects.push(value);
      }
      return effects;
    },
  };
}
