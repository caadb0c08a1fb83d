/**
 * How trade statuses order (docs/internals/lifecycle.md#trade-order, CR p9).
 *
 * The escrow path is WAIT_BUYER_PAY → WAIT_SELLER_SEND_GOODS → WAIT_BUYER_CONFIRM_GOODS →
 * TRADE_FINISHED, and TRADE_CLOSED can end a trade at any point before that. Alipay sends one
 * notification per status change, but deliveries and retries arrive in any order, so a notice
 * that jumps ahead (a missed or late step) is applied, and one that points back is stale.
 */
import type { TradeStatus } from './statuses.js';

/** Position on the escrow path: null (nothing heard yet) = 0 … TRADE_FINISHED = 4. */
const RANK: Readonly<Record<Exclude<TradeStatus, 'TRADE_CLOSED'>, number>> = {
  WAIT_BUYER_PAY: 1,
  WAIT_SELLER_SEND_GOODS: 2,
  WAIT_BUYER_CONFIRM_GOODS: 3,
  TRADE_FINISHED: 4,
};

/** What a notice's trade_status does to the current one. */
export type TradeMove = 'forward' | 'same' | 'stale';

/** TRADE_FINISHED and TRADE_CLOSED end the trade: nothing moves it afterwards. */
export function isTerminalTradeStatus(status: TradeStatus | null): status is 'TRADE_FINISHED' | 'TRADE_CLOSED' {
  return status === 'TRADE_FINISHED' || status === 'TRADE_CLOSED';
}

/**
 * The rank of a status on the escrow path. TRADE_CLOSED is off the path (it may follow any
 * non-terminal status) and has no rank: callers treat it on its own.
 */
export function tradeRank(status: Exclude<TradeStatus, 'TRADE_CLOSED'> | null): number {
  return status === null ? 0 : RANK[status];
}

/**
 * Compares a notice's trade status with the current one:
 * - same status → 'same';
 * - after a terminal status anything else → 'stale';
 * - TRADE_CLOSED from any non-terminal status → 'forward';
 * - a higher rank → 'forward' (jumps allowed), a lower one → 'stale'.
 */
export function tradeMove(current: TradeStatus | null, incoming: TradeStatus): TradeMove {
  if (incoming === current) return 'same';
  if (isTerminalTradeStatus(current)) return 'stale';
  if (incoming === 'TRADE_CLOSED') return 'forward';
  return tradeRank(incoming) > tradeRank(current) ? 'forward' : 'stale';
}
