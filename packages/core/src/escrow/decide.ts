/**
 * The escrow state machine: given the order's state and one genuine notice from Alipay, decide
 * what (if anything) to apply. Pure: no I/O, no clock, same answer for the same input.
 *
 * A notice has two parts, trade_status and refund_status, judged on their own:
 * - trade (trade-order.ts): forward along WAIT_BUYER_PAY → … → TRADE_FINISHED (jumps allowed),
 *   TRADE_CLOSED from any non-terminal status; backward or after a terminal status: stale;
 * - refund (refund-table.ts): per the transition table; a missing or empty refund_status means
 *   "no refund information", never a move back. But first by time (notice-time.ts): when the
 *   notice's notify_time is strictly older than the order's noticeTime, the refund part is stale
 *   whatever the table says. Without this, a late re-delivery of WAIT_SELLER_AGREE after
 *   SELLER_REFUSE_BUYER would look like a new application (and a late SELLER_REFUSE_BUYER like a
 *   refusal of the newer one), since notices carry no cycle number.
 * Every part that moves forward is applied ('apply'). If none moves: 'duplicate' when what the
 * notice states equals the current state (an absent refund_status states nothing, so it does not
 * count against equality: a re-delivered payment notice after a refund opened is a duplicate),
 * otherwise 'stale', with a reason naming the notice's and the order's statuses (and, when only
 * its time made it stale, both times). A duplicate that restates the whole current state at a
 * later notify_time carries that time (`noticeTime`) for the caller to record: the order held
 * that state until then, so anything older is superseded (see notice-time.ts).
 * A status outside the escrow enums (TRADE_SUCCESS, TRADE_PENDING, COD_*, …) gives
 * 'unknown_status': the caller records it, nothing is applied.
 *
 * The trade status after REFUND_SUCCESS (TRADE_CLOSED if the seller had not shipped,
 * TRADE_FINISHED if it had, docs/internals/lifecycle.md#after-a-refund, CR p10) is whatever the notice carries: both parts are just applied.
 *
 * Effects of an 'apply', in order: newly reached milestones (milestones.ts), then `refund` for an
 * applied refund change (slot `refund:<cycle>:<status>`, detail = the status), then one
 * `transition` (slot `transition:<trade>/<refund>/<cycle>` of the new state, detail `from→to`).
 * Trade rank, refund progress within a cycle and the cycle number only ever grow, so every state
 * reached is new and no slot is ever planned twice for one order. An applied notice's time moves
 * the order's noticeTime up (never down); a notice without a time leaves it as it was.
 */
import { milestonesReached } from './milestones.js';
import { isOlderNotice, laterNoticeTime, usableNoticeTime } from './notice-time.js';
import { refundMove, type RefundMove } from './refund-table.js';
import { describeState, refundSlot, transitionDetail, transitionSlot } from './slots.js';
import {
  isRefundStatus,
  isTradeStatus,
  REFUND_STATUSES,
  TRADE_STATUSES,
  type RefundStatus,
  type TradeStatus,
} from './statuses.js';
import { tradeMove, type TradeMove } from './trade-order.js';
import type { Decision, EscrowState, Notice, PlannedEffect } from './types.js';

/**
 * Decides what one genuine notice does to an order's state: `apply` (with the next state and the
 * effects to run), `duplicate`, `stale`, or `unknown_status` for a status outside the escrow enums.
 * Pure: no I/O, no clock, and the same input always gives the same answer. Nothing is thrown.
 *
 * Trade and refund parts are judged on their own (forward moves only, jumps allowed); a notice
 * whose notify_time is older than `state.noticeTime` cannot move the refund.
 */
export function decide(state: EscrowState, notice: Notice): Decision {
  const trade = notice.tradeStatus;
  const refundText = notice.refundStatus ?? '';
  if (!isTradeStatus(trade)) {
    return {
      kind: 'unknown_status',
      reason:
        trade === ''
          ? 'The notice carries no trade_status; it is recorded and not applied.'
          : `trade_status ${JSON.stringify(trade)} is not an escrow trade status (${TRADE_STATUSES.join(', ')}); it is recorded and not applied.`,
    };
  }
  if (refundText !== '' && !isRefundStatus(refundText)) {
    return {
      kind: 'unknown_status',
      reason: `refund_status ${JSON.stringify(refundText)} is not a known refund status (${REFUND_STATUSES.join(', ')}); it is recorded and not applied.`,
    };
  }
  const refund: RefundStatus | null = refundText === '' ? null : refundText;

  const time = usableNoticeTime(notice.time);
  const older = isOlderNotice(time, state.noticeTime);
  const tMove = tradeMove(state.tradeStatus, trade);
  const rMove = refund === null ? undefined : refundMove(state.refundStatus, refund);
  const tradeForward = tMove === 'forward';
  // An older notice's refund part describes an earlier moment: never a move, whatever the table says.
  const refundStep = rMove?.kind === 'forward' && !older ? rMove.step : undefined;

  if (!tradeForward && refundStep === undefined) {
    if (tMove === 'same' && (rMove === undefined || rMove.kind === 'same')) {
      // The whole current state, restated later: the order held it until then (see notice-time.ts).
      // A notice without refund_status does not restate an open refund.
      const restates = rMove !== undefined || state.refundStatus === null;
      const later = restates ? laterNoticeTime(state.noticeTime, time) : state.noticeTime;
      return later === state.noticeTime || later === null
        ? { kind: 'duplicate' }
        : { kind: 'duplicate', noticeTime: later };
    }
    // The table would have moved the refund: only the notice's time made it stale.
    if (rMove?.kind === 'forward' && time !== undefined && state.noticeTime !== null) {
      return { kind: 'stale', reason: olderReason(state, trade, refund, time, state.noticeTime) };
    }
    return { kind: 'stale', reason: staleReason(state, trade, refund, tMove, rMove) };
  }

  const next: EscrowState = {
    tradeStatus: tradeForward ? trade : state.tradeStatus,
    refundStatus: refundStep !== undefined ? refund : state.refundStatus,
    refundCycle: refundStep === 'new_cycle' ? state.refundCycle + 1 : state.refundCycle,
    noticeTime: laterNoticeTime(state.noticeTime, time),
  };

  const effects: PlannedEffect[] = [];
  if (tradeForward) {
    for (const milestone of milestonesReached(state.tradeStatus, trade))
      effects.push({ kind: milestone, slot: milestone });
  }
  if (refundStep !== undefined && refund !== null) {
    effects.push({ kind: 'refund', detail: refund, slot: refundSlot(next.refundCycle, refund) });
  }
  effects.push({ kind: 'transition', detail: transitionDetail(state, next), slot: transitionSlot(next) });
  return { kind: 'apply', next, effects };
}

function staleReason(
  state: EscrowState,
  trade: TradeStatus,
  refund: RefundStatus | null,
  tMove: TradeMove,
  rMove: RefundMove | undefined,
): string {
  const current = state.tradeStatus ?? 'none';
  const tradePart =
    tMove === 'same'
      ? `trade_status ${trade} is already the current one`
      : state.tradeStatus === 'TRADE_FINISHED' || state.tradeStatus === 'TRADE_CLOSED'
        ? `trade_status ${trade} comes after the trade ended as ${current}`
        : `trade_status ${trade} is behind ${current}`;
  const currentRefund = state.refundStatus ?? 'none';
  const refundPart =
    rMove === undefined
      ? 'no refund_status (no refund information)'
      : rMove.kind === 'same'
        ? `refund_status ${refund} is already the current one`
        : `refund_status ${refund} cannot follow ${currentRefund}`;
  return `Stale notice ${trade}/${refund ?? 'none'} for an order at ${describeState(state)}: ${tradePart}; ${refundPart}. Nothing was applied.`;
}

/** The reason for a notice whose refund part the table would have applied, but which is older. */
function olderReason(
  state: EscrowState,
  trade: TradeStatus,
  refund: RefundStatus | null,
  time: string,
  latest: string,
): string {
  return (
    `Stale notice ${trade}/${refund ?? 'none'} for an order at ${describeState(state)}: its notify_time ${time} is older than ` +
    `${latest}, the notify_time of the latest notice applied, so it is a late delivery of an earlier step, not a new ` +
    `one (notices carry no refund cycle). Nothing was applied.`
  );
}
