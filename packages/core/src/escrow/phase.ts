import { isOpenRefundStatus } from './refund-table.js';
import type { OrderPhase } from './statuses.js';
import type { EscrowState } from './types.js';
import { isTerminalTradeStatus } from './trade-order.js';

const BY_TRADE_STATUS = {
  WAIT_BUYER_PAY: 'awaiting_payment',
  WAIT_SELLER_SEND_GOODS: 'paid',
  WAIT_BUYER_CONFIRM_GOODS: 'shipped',
  TRADE_FINISHED: 'finished',
  TRADE_CLOSED: 'closed',
} as const satisfies Record<NonNullable<EscrowState['tradeStatus']>, OrderPhase>;

/**
 * The merchant-facing phase of an order: 'created' until Alipay said anything, then one phase per
 * trade status; but 'refunding' while a refund is open (neither REFUND_SUCCESS nor REFUND_CLOSED)
 * and the trade has not ended. A late refund notice after TRADE_FINISHED/TRADE_CLOSED does not
 * reopen an ended trade's phase.
 */
export function phaseOf(state: EscrowState): OrderPhase {
  const trade = state.tradeStatus;
  if (isOpenRefundStatus(state.refundStatus) && !isTerminalTradeStatus(trade)) return 'refunding';
  return trade === null ? 'created' : BY_TRADE_STATUS[trade];
}
