/** Escrow trade statuses (docs/internals/lifecycle.md#trade-order); the path is WAIT_BUYER_PAY → … → TRADE_FINISHED, or TRADE_CLOSED. */
export const TRADE_STATUSES = [
  'WAIT_BUYER_PAY',
  'WAIT_SELLER_SEND_GOODS',
  'WAIT_BUYER_CONFIRM_GOODS',
  'TRADE_FINISHED',
  'TRADE_CLOSED',
] as const;
/** One of {@link TRADE_STATUSES}: Alipay's `trade_status` for an escrow trade. */
export type TradeStatus = (typeof TRADE_STATUSES)[number];

/** Refund statuses (docs/internals/lifecycle.md#refund-status). */
export const REFUND_STATUSES = [
  'WAIT_SELLER_AGREE',
  'SELLER_REFUSE_BUYER',
  'WAIT_BUYER_RETURN_GOODS',
  'WAIT_SELLER_CONFIRM_GOODS',
  'REFUND_SUCCESS',
  'REFUND_CLOSED',
] as const;
/** One of {@link REFUND_STATUSES}: Alipay's `refund_status`. */
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/**
 * True when `value` is exactly one of the five escrow {@link TRADE_STATUSES} (so `TRADE_SUCCESS`
 * and other non-escrow statuses give false).
 */
export function isTradeStatus(value: string): value is TradeStatus {
  return (TRADE_STATUSES as readonly string[]).includes(value);
}

/** True when `value` is exactly one of the six {@link REFUND_STATUSES}. */
export function isRefundStatus(value: string): value is RefundStatus {
  return (REFUND_STATUSES as readonly string[]).includes(value);
}

/**
 * The merchant-facing summary of where an order stands:
 * created (request built, no word from Alipay) → awaiting_payment → paid → shipped → finished,
 * or closed; `refunding` while a refund is open.
 */
export type OrderPhase = 'created' | 'awaiting_payment' | 'paid' | 'shipped' | 'finished' | 'closed' | 'refunding';

/** What a merchant's hook is told about: one kind per milestone, `refund` per refund step. */
export type EffectKind = 'paid' | 'shipped' | 'finished' | 'closed' | 'refund' | 'transition';
