import type { EscrowStore, OrderRecord } from '../types.js';
import { checkOrderListFilter, compareOrderAge, ORDER_PHASES, orderMatches } from '../kit.js';
import { commit } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike, KvAtomicLike } from './kv-like.js';
import type { KvListSelectorLike } from './kv-read.js';

type OrderMethods = Pick<EscrowStore, 'createOrder' | 'getOrder' | 'listOrders'>;

/**
 * Adds to `op` the write of `next` and of its order_age index entry (a copy of the order, under
 * its phase and updatedAt), deleting the entry of `before` when the phase or time changed.
 */
export function writeOrder(
  op: KvAtomicLike,
  keys: KvKeys,
  before: OrderRecord | undefined,
  next: OrderRecord,
): KvAtomicLike {
  let out = op.set(keys.order(next.outTradeNo), next);
  if (before !== undefined && (before.phase !== next.phase || before.updatedAt !== next.updatedAt)) {
    out = out.delete(keys.orderAge(before.phase, before.updatedAt, before.outTradeNo));
  }
  return out.set(keys.orderAge(next.phase, next.updatedAt, next.outTradeNo), next);
}

/**
 * Orders over Deno KV. listOrders reads the order_age index of each phase asked for (one list
 * each, all at once, oldest first, from the cursor, before `updatedBefore`) and merges them; the
 * index holds copies of the orders, so nothing else is read.
 */
export function kvOrders(kv: DenoKvLike, keys: KvKeys): OrderMethods {
  return {
    async createOrder(order) {
      const key = keys.order(order.outTradeNo);
      return (await commit(() => writeOrder(kv.atomic().check({ key, versionstamp: null }), keys, undefined, order)))
        ? 'created'
        : 'exists';
    },

    async getOrder(outTradeNo) {
      return (await kv.get<OrderRecord>(keys.order(outTradeNo))).value ?? undefined;
    },

    async listOrders(filter) {
      const checked = checkOrderListFilter(filter);
      const { after, updatedBefore, limit } = checked;
      const phases = checked.phases ?? ORDER_PHASES;
      if (after !== undefined && updatedBefore !== undefined && after.updatedAt >= updatedBefore) return [];
      const page = async (phase: string): Promise<OrderRecord[]> => {
        const prefix = keys.ordersIn(phase);
        // The cursor's own entry sorts first from `start` (inclusive): ask for one more, orderMatches drops it.
        const start = after === undefined ? undefined : [...prefix, after.updatedAt, after.outTradeNo];
        const end = updatedBefore === undefined ? undefined : [...prefix, updatedBefore];
        const selector: KvListSelectorLike =
          start !== undefined && end !== undefined
            ? { start, end }
            : start !== undefined
              ? { prefix, start }
              : end !== undefined
                ? { prefix, end }
                : { prefix };
        const found: OrderRecord[] = [];
        for await (const { value } of kv.list<OrderRecord>(selector, {
          limit: limit + 1,
          batchSize: Math.min(limit + 1, 1000),
        })) {
          if (value !== null && orderMatches(value, checked)) found.push(value);
        }
        return found;
      };
      const pages = await Promise.all(phases.map(page));
      return pages.flat().sort(compareOrderAge).slice(0, limit);
    },
  };
}
