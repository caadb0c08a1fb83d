import type { EscrowState } from './types.js';

/** The state of an order Alipay has said nothing about yet (phase 'created'). */
export function initialEscrowState(): EscrowState {
  return { tradeStatus: null, refundStatus: null, refundCycle: 0, noticeTime: null };
}
