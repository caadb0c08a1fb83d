/**
 * Effect slots: the per-order half of a hook's idempotency key (`${outTradeNo}:${slot}`).
 * - milestones: their name ('paid', 'shipped', 'finished', 'closed');
 * - refund steps: `refund:<cycle>:<status>` (e.g. 'refund:2:REFUND_SUCCESS');
 * - transitions: `transition:<trade>/<refund>/<cycle>` of the state reached, `none` for null
 *   (e.g. 'transition:WAIT_SELLER_SEND_GOODS/WAIT_SELLER_AGREE/1').
 * The state only ever moves forward (see decide.ts), so no slot can come round twice.
 */
import type { RefundStatus } from './statuses.js';
import type { EscrowState } from './types.js';

/** `trade/refund/cycle`, with `none` for a status not heard of yet. */
export function describeState(state: EscrowState): string {
  return `${state.tradeStatus ?? 'none'}/${state.refundStatus ?? 'none'}/${state.refundCycle}`;
}

/** The slot of a refund step: `refund:<cycle>:<status>`, e.g. `refund:2:REFUND_SUCCESS`. */
export function refundSlot(cycle: number, status: RefundStatus): string {
  return `refund:${cycle}:${status}`;
}

/**
 * The slot of the transition effect that reaches `next`: `transition:<trade>/<refund>/<cycle>`,
 * with `none` for a null status (e.g. `transition:WAIT_SELLER_SEND_GOODS/none/0`).
 */
export function transitionSlot(next: EscrowState): string {
  return `transition:${describeState(next)}`;
}

/** The `detail` of a transition effect: `from→to`. */
export function transitionDetail(from: EscrowState, to: EscrowState): string {
  return `${describeState(from)}→${describeState(to)}`;
}
