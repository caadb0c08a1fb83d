/**
 * Milestones: what a merchant's hooks hear about (onPaid, onShipped, onFinished, onClosed).
 * Each fires once per order, when the trade first reaches it:
 * - `paid`     when the trade first reaches WAIT_SELLER_SEND_GOODS or later on the path;
 * - `shipped`  when it first reaches WAIT_BUYER_CONFIRM_GOODS or later (TRADE_FINISHED implies shipped);
 * - `finished` at TRADE_FINISHED;
 * - `closed`   at TRADE_CLOSED.
 * A jump fires every newly reached milestone, in path order. TRADE_CLOSED never fires `paid`:
 * onPaid means "prepare the shipment", which must not happen for a closed trade.
 * The trade status never moves back and terminal statuses are sticky, so "first reached" needs
 * no memory beyond the current status, and each milestone's slot (its name) is unique per order.
 */
import type { TradeStatus } from './statuses.js';
import { isTerminalTradeStatus, tradeRank } from './trade-order.js';

/**
 * The milestones, in path order. Each is planned at most once per order, as one effect for its
 * hook (`onPaid`, `onShipped`, `onFinished`, `onClosed`).
 */
export const MILESTONES = ['paid', 'shipped', 'finished', 'closed'] as const;
/** One of {@link MILESTONES}; also the effect kind and the effect slot of that milestone. */
export type Milestone = (typeof MILESTONES)[number];

/** The rank from which each path milestone counts as reached. */
const PATH_MILESTONES: readonly (readonly [Milestone, number])[] = [
  ['paid', tradeRank('WAIT_SELLER_SEND_GOODS')],
  ['shipped', tradeRank('WAIT_BUYER_CONFIRM_GOODS')],
  ['finished', tradeRank('TRADE_FINISHED')],
];

/** The milestones a forward move from `from` to `to` reaches for the first time, in order. */
export function milestonesReached(from: TradeStatus | null, to: TradeStatus): Milestone[] {
  if (from === to || isTerminalTradeStatus(from)) return [];
  if (to === 'TRADE_CLOSED') return ['closed'];
  const before = tradeRank(from);
  const after = tradeRank(to);
  return PATH_MILESTONES.filter(([, rank]) => before < rank && rank <= after).map(([name]) => name);
}
