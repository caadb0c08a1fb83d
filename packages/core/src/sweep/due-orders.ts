import type { OrderPhase } from '../escrow/statuses.js';
import type { EscrowStore, OrderCursor, OrderRecord } from '../store/types.js';

const PAGE = 200;

/**
 * Every order in one of `phases` last changed before `updatedBefore`, oldest first, a page at a
 * time through the store's indexed `listOrders`; at most `max`.
 */
export async function dueOrders(
  store: EscrowStore,
  phases: OrderPhase[],
  updatedBefore: string,
  max: number,
): Promise<OrderRecord[]> {
  const found: OrderRecord[] = [];
  let after: OrderCursor | undefined;
  while (found.length < max) {
    const limit = Math.min(PAGE, max - found.length);
    const page = await store.listOrders({ phases, updatedBefore, limit, ...(after === undefined ? {} : { after }) });
    found.push(...page);
    if (page.length < limit) break;
    const last = page[page.length - 1]!;
    after = { updatedAt: last.updatedAt, outTradeNo: last.outTradeNo };
  }
  return found;
}
