/**
 * The escrow state machine: given the order's state and one genuine notice from Alipay, decide
 * what (if anything) to apply. Pure: no I/O, no clock, same answer for the same input.
 *
 * A notice has two parts, trade_status and refund_status, judged on their own:
 * - trade (trade-order.ts): forward along WAIT_BUYER_PAY → … → TRADE_FINISHED (jumps allowed),
 *   TRADE_CLOSED from any non-terminal status; backward or after a terminal status: stale;
 * - refund (refund-table.ts): per the transition table; a missing or empty refund_status means
 *   "no refund information", never a move back.
 * Every part that moves forward is applied ('apply'). If none moves: 'duplicate' when what the
 * notice states equals the current state (an absent refund_status states nothing, so it does not
 * count against equality: a re-delivered payment notice after a refund opened is a duplicate),
 * otherwise 'stale', with a reason naming the notice's and the order's statuses.
 * A status outside the escrow enums (TRADE_SUCCESS, TRADE_PENDING, COD_*, …) gives
 * 'unknown_status': the caller records it, nothing is applied.
 *
 * The trade status after REFUND_SUCCESS (TRADE_CLOSED if the seller had not shipped,
 * TRADE_FINISHED if it had, CR p10) is whatever the notice carries: both parts are just applied.
 *
 * Effects of an 'apply', in order: newly reached milestones (milestones.ts), then `refund` for an
 * applied refund change (slot `refund:<cycle>:<status>`, detail = the status), then one
 * `transition` (slot `transition:<trade>/<refund>/<cycle>` of the new state, detail `from→to`).
 * Trade rank, refund progress within a cycle and the cycle number only ever grow, so every state
 * reached is new and no slot is ever planned twice for one order.
 */
import { milestonesReached } from './milestones.js';
import { refundMove, type RefundMove } from './refund-table.js';
import { describeState, refundSlot, transitionDetail, transitionSlot } from './slots.js';
import { isRefundStatus, isTradeStatus, REFUND_STATUSES, TRADE_STATUSES, type RefundStatus, type TradeStatus } from './statuses.js';
import { tradeMove, type TradeMove } from './trade-order.js';
import type { Decision, EscrowState, Notice, PlannedEffect } from './types.js';

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

  const tMove = tradeMove(state.tradeStatus, trade);
  const rMove = refund === null ? undefined : refundMove(state.refundStatus, refund);
  const tradeForward = tMove === 'forward';
  const refundStep = rMove?.kind === 'forward' ? rMove.step : undefined;

  if (!tradeForward && refundStep === undefined) {
    if (tMove === 'same' && (rMove === undefined || rMove.kind === 'same')) return { kind: 'duplicate' };
    return { kind: 'stale', reason: staleReason(state, trade, refund, tMove, rMove) };
  }

  const next: EscrowState = {
    tradeStatus: tradeForward ? trade : state.tradeStatus,
    refundStatus: refundStep !== undefined ? refund : state.refundStatus,
    refundCycle: refundStep === 'new_cycle' ? state.refundCycle + 1 : state.refundCycle,
  };

  const effects: PlannedEffect[] = [];
  if (tradeForward) {
    for (const milestone of milestonesReached(state.tradeStatus, trade)) effects.push({ kind: milestone, slot: milestone });
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
