import type { EffectKind, RefundStatus, TradeStatus } from './statuses.js';

/** The status part of an order: what the state machine reads and writes. */
export interface EscrowState {
  /** null until Alipay has said anything about the trade. */
  tradeStatus: TradeStatus | null;
  /** null while no refund was ever opened. */
  refundStatus: RefundStatus | null;
  /** How many times a refund was (re-)applied for: WAIT_SELLER_AGREE after SELLER_REFUSE_BUYER counts again. */
  refundCycle: number;
}

/** A genuine, verified statement from Alipay about one trade (a notification, a return, a query). */
export interface Notice {
  /** Raw statuses as sent: unknown values are kept, recorded and not applied. */
  tradeStatus: string;
  refundStatus?: string | undefined;
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
  | { kind: 'duplicate' }
  | { kind: 'stale'; reason: string }
  | { kind: 'unknown_status'; reason: string };
