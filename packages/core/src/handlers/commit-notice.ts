import type { EffectKind } from '../escrow/index.js';
import { decide } from '../escrow/index.js';
import type { EscrowStore, OrderRecord } from '../store/types.js';
import { effectRecords, learnedLogisticsType, learnedOrder, noticeOf, stateOf, transitionedOrder } from './order-transition.js';

/** Enough for any realistic race: each round has a winner, after which the rest see a duplicate. */
export const MAX_COMMIT_ATTEMPTS = 8;

export type CommitResult =
  | { kind: 'applied'; order: OrderRecord; reason: null }
  | { kind: 'duplicate' | 'stale' | 'unknown_status'; order: OrderRecord; reason: string | null }
  | { kind: 'conflict'; order: OrderRecord; reason: string }
  | { kind: 'missing'; reason: string };

/**
 * Decides what the message means for the order and commits it with compare-and-set: the new
 * state and its effects in one atomic step. When another request changed the order first, the
 * order is read again and decided again (bounded), so a loser of a race sees a duplicate.
 * A duplicate or stale message still fills in the buyer's logistics type when the order lacks it,
 * and a duplicate restating the current state at a later notify_time records that time.
 * `time` stands in for the notify_time a gateway trade record lacks (reply-notice-time.ts).
 */
export async function commitNotice(
  store: EscrowStore,
  first: OrderRecord,
  params: Record<string, string>,
  now: () => Date,
  hasHook?: (kind: EffectKind) => boolean,
  time?: string,
): Promise<CommitResult> {
  const notice = time === undefined ? noticeOf(params) : { ...noticeOf(params), time };
  let order = first;
  for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
    const decision = decide(stateOf(order), notice);
    if (decision.kind === 'unknown_status') return { kind: decision.kind, order, reason: decision.reason };
    if (decision.kind === 'apply') {
      const at = now();
      const next = transitionedOrder(order, decision.next, params, at);
      if (await store.commitTransition(next, order.version, effectRecords(order.outTradeNo, decision.effects, at, hasHook))) {
        return { kind: 'applied', order: next, reason: null };
      }
    } else {
      const reason = decision.kind === 'stale' ? decision.reason : null;
      const laterTime = decision.kind === 'duplicate' ? (decision.noticeTime ?? null) : null;
      const learned = learnedOrder(order, learnedLogisticsType(order, params), laterTime, now);
      if (learned === null) return { kind: decision.kind, order, reason };
      if (await store.commitTransition(learned, order.version, [])) return { kind: decision.kind, order: learned, reason };
    }
    const reread = await store.getOrder(order.outTradeNo);
    if (reread === undefined) return { kind: 'missing', reason: `Order ${order.outTradeNo} disappeared while being updated.` };
    order = reread;
  }
  return {
    kind: 'conflict',
    order,
    reason: `Order ${order.outTradeNo} changed under ${MAX_COMMIT_ATTEMPTS} attempts in a row; nothing was applied.`,
  };
}
