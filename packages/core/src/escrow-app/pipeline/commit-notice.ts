import type { EffectKind } from '../../escrow/index.js';
import { decide } from '../../escrow/index.js';
import type { CommitInput, EffectClaim, EffectRecord, EscrowStore, OrderRecord } from '../../store/types.js';
import {
  effectRecords,
  learnedLogisticsType,
  learnedOrder,
  noticeOf,
  stateOf,
  transitionedOrder,
} from './order-transition.js';

/** Enough for any realistic race: each round has a winner, after which the rest see a duplicate. */
export const MAX_COMMIT_ATTEMPTS = 8;

/** What the commit step leaves for the hooks: the order's effects as known, and what was claimed. */
interface Decided {
  order: OrderRecord;
  /**
   * Every effect of the order in creation order as this request knows them (the read of the first
   * step plus the ones just committed); null when the order was read again since (contention).
   */
  effects: EffectRecord[] | null;
  /** The effects the commit claimed; null when nothing was committed (so nothing claimed yet). */
  claimed: EffectRecord[] | null;
}

/** What {@link commitNotice} did. */
export type CommitResult =
  | ({ kind: 'applied'; reason: null } & Decided)
  | ({ kind: 'duplicate' | 'stale' | 'unknown_status'; reason: string | null } & Decided)
  | { kind: 'conflict'; order: OrderRecord; reason: string }
  | { kind: 'missing'; reason: string };

/** What commitNotice needs besides the order and the message. */
export interface CommitDeps {
  store: EscrowStore;
  now: () => Date;
  /**
   * The lease the commit takes on the order's effects, from `at` (the commit's time, just read
   * from the clock); absent: nothing is claimed (deferred effects).
   */
  claim?: (at: Date) => EffectClaim;
  /** Whether a hook runs this kind of effect (an effect without one is committed done). */
  hasHook?: (kind: EffectKind) => boolean;
}

/**
 * Decides what the message means for the order and commits it with compare-and-set: the new
 * state, its effects and the claim of every claimable effect of the order in one atomic step.
 * When another request changed the order first, the order is read again and decided again
 * (bounded), so a loser of a race sees a duplicate. A duplicate or stale message still fills in
 * the buyer's logistics type when the order lacks it, and a duplicate restating the current state
 * at a later notify_time records that time. `time` stands in for the notify_time a gateway trade
 * record lacks (reply-notice-time.ts).
 */
export async function commitNotice(
  c: CommitDeps,
  first: { order: OrderRecord; effects: EffectRecord[] },
  params: Record<string, string>,
  time?: string,
): Promise<CommitResult> {
  const notice = time === undefined ? noticeOf(params) : { ...noticeOf(params), time };
  let order = first.order;
  let known: EffectRecord[] | null = first.effects;
  for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
    const decision = decide(stateOf(order), notice);
    if (decision.kind === 'unknown_status')
      return { kind: decision.kind, order, reason: decision.reason, effects: known, claimed: null };
    if (decision.kind === 'apply') {
      const at = c.now();
      const next = transitionedOrder(order, decision.next, params, at);
      const effects = effectRecords(order.outTradeNo, decision.effects, at, c.hasHook);
      const result = await c.store.commit(withClaim(c, { next, expectedVersion: order.version, effects }, at));
      if (result.committed) {
        return {
          kind: 'applied',
          order: next,
          reason: null,
          effects: known === null ? null : [...known, ...effects],
          claimed: result.claimed,
        };
      }
    } else {
      const reason = decision.kind === 'stale' ? decision.reason : null;
      const laterTime = decision.kind === 'duplicate' ? (decision.noticeTime ?? null) : null;
      const learned = learnedOrder(order, learnedLogisticsType(order, params), laterTime, c.now);
      if (learned === null) return { kind: decision.kind, order, reason, effects: known, claimed: null };
      const result = await c.store.commit(
        withClaim(c, { next: learned, expectedVersion: order.version, effects: [] }, c.now()),
      );
      if (result.committed)
        return { kind: decision.kind, order: learned, reason, effects: known, claimed: result.claimed };
    }
    const reread = await c.store.getOrder(order.outTradeNo);
    if (reread === undefined)
      return { kind: 'missing', reason: `Order ${order.outTradeNo} disappeared while being updated.` };
    order = reread;
    known = null;
  }
  return {
    kind: 'conflict',
    order,
    reason: `Order ${order.outTradeNo} changed under ${MAX_COMMIT_ATTEMPTS} attempts in a row; nothing was applied.`,
  };
}

/** The commit input with the claim from `at`, when the commit claims. */
function withClaim(c: CommitDeps, input: CommitInput, at: Date): CommitInput {
  if (c.claim !== undefined) input.claim = c.claim(at);
  return input;
}
