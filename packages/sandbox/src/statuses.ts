// Trade and refund statuses are core's (one definition of docs/internals/lifecycle.md#trade-status for both sides of the wire).
import type { RefundStatus, TradeStatus } from '@alipay-escrow/core';
import { isOpenRefundStatus } from '@alipay-escrow/core/escrow';

export type { RefundStatus, TradeStatus };

/** The refund steps of the test API (`POST /sandbox/api/trades/:id/refund` body `action`). */
export type RefundAction = 'apply' | 'agree' | 'refuse' | 'return_goods' | 'confirm_returned' | 'cancel';

export const REFUND_ACTIONS: readonly RefundAction[] = [
  'apply',
  'agree',
  'refuse',
  'return_goods',
  'confirm_returned',
  'cancel',
];

/** A refund that is neither REFUND_SUCCESS nor REFUND_CLOSED (nor absent). */
export const isOpenRefund: (status: RefundStatus | null) => boolean = isOpenRefundStatus;
