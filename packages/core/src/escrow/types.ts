import type { EffectKind, RefundStatus, TradeStatus } from './statuses.js';

/** The status part of an order: what the state machine reads and writes. */
export interface EscrowState {
  /** null until Alipay has said anything about the trade. */
  tradeStatus: TradeStatus | null;
  /** null while no refund was ever opened. */
  refundStatus: RefundStatus | null;
  /** How many times a refund was (re-)applied for: WAIT_SELLER_AGREE after SELLER_REFUSE_BUYER counts again. */
  refundCycle: number;
  /**
   * The notify_time of the latest notice applied (or restating the whole current state) that had
   * one ('yyyy-MM-dd HH:mm:ss', Beijing time); null when none had. A notice older than this cannot
   * move the refund (notice-time.ts).
   */
  noticeTime: string | null;
}

/** A genuine, verified statement from Alipay about one trade (a notification, a return, a query). */
export interface Notice {
  /** Raw statuses as sent: unknown values are kept, recorded and not applied. */
  tradeStatus: string;
  /** The raw refund_status; absent or `''` when the notice says nothing about a refund (never a move back). */
  refundStatus?: string | undefined;
  /**
   * The notice's own notify_time ('yyyy-MM-dd HH:mm:ss', Beijing time), when it has one: every
   * notification does; a gateway trade record that states the refund is given its last-modified
   * time (or the query time) instead. Orders refund moves (notice-time.ts).
   */
  time?: string | undefined;
}

/** A milestone to announce to the merchant, committed with the transition that caused it. */
export interface PlannedEffect {
  /** Which hook runs for it: a milestone (`paid` → onPaid, ...), `refund` (onRefund) or `transition` (onTransition). */
  kind: EffectKind;
  /** For `refund`: the refund status reached; for `transition`: `from→to`. */
  detail?: string;
  /**
   * Unique per order: the idempotency key is `${outTradeNo}:${slot}` (e.g. 'paid',
   * 'refund:2:REFUND_SUCCESS', 'transition:WAIT_SELLER_SEND_GOODS/none/0').
   */
  slot: string;
}

/** What the pure state machine decides for (state, notice). */
export type Decision =
  | {
      /** At least one part of the notice moves forward: commit `next` together with `effects`. */
      kind: 'apply';
      /** The order's state after the notice. */
      next: EscrowState;
      /** What to announce, in order: newly reached milestones, then `refund`, then one `transition`. */
      effects: PlannedEffect[];
    }
  /**
   * Nothing to apply. With `noticeTime`: the notice restates the whole current state at a later
   * notify_time than the order's, and that time is to be recorded (no effects).
   */
  | {
      /** The notice states what the order already is. */
      kind: 'duplicate';
      /** A later notify_time ('yyyy-MM-dd HH:mm:ss') to record as the order's noticeTime; absent when there is none to record. */
      noticeTime?: string;
    }
  | {
      /** The notice is behind the order (or older than its latest notice): recorded, not applied. */
      kind: 'stale';
      /** Why, naming the notice's and the order's statuses (and times, when only its time made it stale). */
      reason: string;
    }
  | {
      /** trade_status is missing or not an escrow status, or refund_status is not a known one: recorded, not applied. */
      kind: 'unknown_status';
      /** Which status was not recognised, in a sentence. */
      reason: string;
    };
