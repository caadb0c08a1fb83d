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
  refundStatus?: string | undefined;
  /**
   * The notice's own notify_time ('yyyy-MM-dd HH:mm:ss', Beijing time), when it has one: every
   * notification does; a single_trade_query reply does not. Orders refund moves (notice-time.ts).
   */
  time?: string | undefined;
}

/** A milestone to announce to the merchant, committed with the transition that caused it. */
export interface PlannedEffect {
  kind: EffectKind;
  /** For `refund`: the refund status reached; for `transition`: `from→to`. */
  detail?: string;
  /** Unique per order: the idempotency key is `${outTradeNo}:${slot}` (e.g. 'paid', 'refund:2:REFUND_SUCCESS', 'transition:7'). */
  slot: string;
}

/** What the pure state machine decides for (state, notice). */
export type Decision =
  | { kind: 'apply'; next: EscrowState; effects: PlannedEffect[] }
  /**
   * Nothing to apply. With `noticeTime`: the notice restates the whole current state at a later
   * notify_time than the order's, and that time is to be recorded (no effects).
   */
  | { kind: 'duplicate'; noticeTime?: string }
  | { kind: 'stale'; reason: string }
  | { kind: 'unknown_status'; reason: string };
