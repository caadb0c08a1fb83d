/**
 * `@alipay-escrow/core/escrow`: the escrow order model and its pure state machine (no I/O) — the
 * trade and refund statuses, which notice moves an order where (`decide`), the phase and
 * milestones of a state, and the wording of transitions. Core's handlers are built on it.
 *
 * @module escrow
 */
export {
  TRADE_STATUSES,
  REFUND_STATUSES,
  isTradeStatus,
  isRefundStatus,
  type TradeStatus,
  type RefundStatus,
  type OrderPhase,
  type EffectKind,
} from './statuses.js';
export type { EscrowState, Notice, PlannedEffect, Decision } from './types.js';
export { decide } from './decide.js';
export { phaseOf } from './phase.js';
export { initialEscrowState } from './initial-state.js';
export { tradeMove, tradeRank, isTerminalTradeStatus, type TradeMove } from './trade-order.js';
export {
  REFUND_TRANSITIONS,
  refundMove,
  isFinalRefundStatus,
  isOpenRefundStatus,
  type RefundStep,
  type RefundFrom,
  type RefundMove,
} from './refund-table.js';
export { MILESTONES, milestonesReached, type Milestone } from './milestones.js';
export { describeState, refundSlot, transitionSlot, transitionDetail } from './slots.js';
