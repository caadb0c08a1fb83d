import type { EffectRecord, EscrowStore, OrderRecord } from '../types.js';
import type { Received } from '../kit.js';
import { checkReceiveInput, copyEffect, copyOrder, duplicateLogError } from '../kit.js';
import { commitAt, MAX_ATTEMPTS } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike } from './kv-like.js';
import type { LogRecord, LogWrites } from './kv-log-record.js';
import { readWithEffects } from './kv-read.js';
import type { Snapshots } from './kv-snapshots.js';
import { contentionError } from './kv-errors.js';

/** What notify_id/<id> holds. */
interface HeldBinding {
  outTradeNo: string;
  tradeNo: string | null;
  at?: string;
}

/**
 * Step one of a message: one getMany (the order, the notify_id binding and the order's first
 * effects; one more per 10 effects beyond 8) and one atomic operation (the log entry with its
 * indexes and chunks, and the binding when it was free, checked still free). When the log id is
 * taken nothing is written and INTERNAL_ERROR is thrown; when another request bound the notify_id
 * in between, the step reads again and binds nothing. What it read and wrote is kept as this
 * instance's snapshot, for commit, claimEffects and settle.
 */
export function kvReceive(
  kv: DenoKvLike,
  keys: KvKeys,
  writes: LogWrites,
  snapshots: Snapshots,
): EscrowStore['receive'] {
  return async (input) => {
    const { outTradeNo, binding, receivedAt } = checkReceiveInput(input);
    const { log } = input;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      let order: OrderRecord | undefined;
      let effects: EffectRecord[] = [];
      let held: HeldBinding | null = null;
      if (outTradeNo !== null) {
        const extra =
          binding === undefined ? [keys.order(outTradeNo)] : [keys.order(outTradeNo), keys.notifyId(binding.notifyId)];
        const read = await readWithEffects(kv, keys, outTradeNo, extra);
        const { value, versionstamp } = read.extra[0]!;
        held = binding === undefined ? null : (read.extra[1]!.value as HeldBinding | null);
        if (value !== null && versionstamp !== null) {
          order = copyOrder(value as OrderRecord);
          effects = read.effects.map((slot) => copyEffect(slot.effect));
          snapshots.keep(outTradeNo, read.effects, { record: value as OrderRecord, versionstamp });
        }
      }
      const received: Received = { order, effects };
      if (binding !== undefined)
        received.binding =
          held === null
            ? { outTradeNo: binding.outTradeNo, tradeNo: binding.tradeNo }
            : { outTradeNo: held.outTradeNo, tradeNo: held.tradeNo };
      const bind = binding !== undefined && held === null;
      if (log === undefined && !bind) return received;
      let record: LogRecord | undefined;
      const versionstamp = await commitAt(() => {
        let op = kv.atomic();
        if (log !== undefined) op = writes.append(op, log, receivedAt!, (r) => (record = r));
        if (bind) {
          const key = keys.notifyId(binding.notifyId);
          op = op
            .check({ key, versionstamp: null })
            .set(key, { outTradeNo: binding.outTradeNo, tradeNo: binding.tradeNo, at: binding.at });
        }
        return op;
      });
      if (versionstamp !== null) {
        if (log !== undefined && record !== undefined && versionstamp !== '')
          snapshots.logs.set(log.id, { record, versionstamp });
        return received;
      }
      // A check failed: the log id is taken (nothing written, an error), or the notify_id was just bound.
      if (log !== undefined && (await kv.get(keys.log(log.id))).versionstamp !== null)
        throw duplicateLogError(log.id, 'receive');
    }
    throw contentionError(`receive(${String(outTradeNo)})`);
  };
}
