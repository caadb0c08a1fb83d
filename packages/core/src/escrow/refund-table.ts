/**
 * How refund statuses follow each other (docs/internals/lifecycle.md#refund-sequences, CR p9-10), written out as data.
 *
 * Sequences:
 * - buyer has the goods:   WAIT_SELLER_AGREE → WAIT_BUYER_RETURN_GOODS → WAIT_SELLER_CONFIRM_GOODS → REFUND_SUCCESS
 * - buyer has no goods:    WAIT_SELLER_AGREE → REFUND_SUCCESS
 * - seller refuses:        WAIT_SELLER_AGREE → SELLER_REFUSE_BUYER; the buyer may apply again,
 *                          which gives WAIT_SELLER_AGREE again: a new cycle (refundCycle + 1).
 * - REFUND_CLOSED may follow any open status. REFUND_SUCCESS and REFUND_CLOSED are final
 *   (no new application after them, CR p10).
 *
 * Notices arrive out of order, so a forward jump along a sequence (a step we never heard of) is
 * applied, and a backward move is stale. From SELLER_REFUSE_BUYER, any status of the agree /
 * return sequence means the buyer applied again (and we missed the WAIT_SELLER_AGREE): a new
 * cycle. From "no refund yet" any status may be the first one heard of: cycle 1.
 */
import type { RefundStatus } from './statuses.js';

/** `advance`: same application, later step. `new_cycle`: a (re-)application, refundCycle + 1. */
export type RefundStep = 'advance' | 'new_cycle';

/** The current refund status, with `none` for "no refund was ever opened". */
export type RefundFrom = RefundStatus | 'none';

/**
 * from → to → step. A pair not listed (other than from === to, which is a duplicate) is a
 * backward move: stale.
 */
export const REFUND_TRANSITIONS: { readonly [F in RefundFrom]: Readonly<Partial<Record<RefundStatus, RefundStep>>> } = {
  none: {
    WAIT_SELLER_AGREE: 'new_cycle',
    SELLER_REFUSE_BUYER: 'new_cycle',
    WAIT_BUYER_RETURN_GOODS: 'new_cycle',
    WAIT_SELLER_CONFIRM_GOODS: 'new_cycle',
    REFUND_SUCCESS: 'new_cycle',
    REFUND_CLOSED: 'new_cycle',
  },
  WAIT_SELLER_AGREE: {
    SELLER_REFUSE_BUYER: 'advance',
    WAIT_BUYER_RETURN_GOODS: 'advance',
    WAIT_SELLER_CONFIRM_GOODS: 'advance',
    REFUND_SUCCESS: 'advance',
    REFUND_CLOSED: 'advance',
  },
  SELLER_REFUSE_BUYER: {
    WAIT_SELLER_AGREE: 'new_cycle',
    WAIT_BUYER_RETURN_GOODS: 'new_cycle',
    WAIT_SELLER_CONFIRM_GOODS: 'new_cycle',
    REFUND_SUCCESS: 'new_cycle',
    REFUND_CLOSED: 'advance',
  },
  WAIT_BUYER_RETURN_GOODS: {
    WAIT_SELLER_CONFIRM_GOODS: 'advance',
    REFUND_SUCCESS: 'advance',
    REFUND_CLOSED: 'advance',
  },
  WAIT_SELLER_CONFIRM_GOODS: {
    REFUND_SUCCESS: 'advance',
    REFUND_CLOSED: 'advance',
  },
  REFUND_SUCCESS: {},
  REFUND_CLOSED: {},
};

/** What a notice's refund_status does to the current one. */
export type RefundMove =
  | {
      /** The pair is listed in {@link REFUND_TRANSITIONS}: the refund moves on. */
      kind: 'forward';
      /** Whether it advances the current application or opens a new cycle. */
      step: RefundStep;
    }
  | {
      /** The notice repeats the current refund status. */
      kind: 'same';
    }
  | {
      /** The pair is not listed: a backward move, not applied. */
      kind: 'stale';
    };

/** REFUND_SUCCESS and REFUND_CLOSED end a refund for good. */
export function isFinalRefundStatus(status: RefundStatus | null): status is 'REFUND_SUCCESS' | 'REFUND_CLOSED' {
  return status === 'REFUND_SUCCESS' || status === 'REFUND_CLOSED';
}

/** A refund is open while it has a status that is not final. */
export function isOpenRefundStatus(
  status: RefundStatus | null,
): status is Exclude<RefundStatus, 'REFUND_SUCCESS' | 'REFUND_CLOSED'> {
  return status !== null && !isFinalRefundStatus(status);
}

/** Looks the pair up in REFUND_TRANSITIONS. */
export function refundMove(current: RefundStatus | null, incoming: RefundStatus): RefundMove {
  if (incoming === current) return { kind: 'same' };
  const step = REFUND_TRANSITIONS[current ?? 'none'][incoming];
  return step ? { kind: 'forward', step } : { kind: 'stale' };
}
