/** Escrow trade statuses the sandbox moves through (SPEC §2.2). */
export type TradeStatus = 'WAIT_BUYER_PAY' | 'WAIT_SELLER_SEND_GOODS' | 'WAIT_BUYER_CONFIRM_GOODS' | 'TRADE_FINISHED' | 'TRADE_CLOSED';

/** Refund statuses (SPEC §2.3). */
export type RefundStatus =
  | 'WAIT_SELLER_AGREE'
  | 'SELLER_REFUSE_BUYER'
  | 'WAIT_BUYER_RETURN_GOODS'
  | 'WAIT_SELLER_CONFIRM_GOODS'
  | 'REFUND_SUCCESS'
  | 'REFUND_CLOSED';

/** The refund steps of the test API (`POST /sandbox/api/trades/:id/refund` body `action`). */
export type RefundAction = 'apply' | 'agree' | 'refuse' | 'return_goods' | 'confirm_returned' | 'cancel';

export const REFUND_ACTIONS: readonly RefundAction[] = ['apply', 'agree', 'refuse', 'return_goods', 'confirm_returned', 'cancel'];

/** A refund that is neither REFUND_SUCCESS nor REFUND_CLOSED (nor absent). */
export function isOpenRefund(status: RefundStatus | null): boolean {
  return status !== null && status !== 'REFUND_SUCCESS' && status !== 'REFUND_CLOSED';
}
