import type { EscrowState, Notice, PlannedEffect } from '../escrow/index.js';
import { phaseOf } from '../escrow/index.js';
import type { EffectRecord, OrderRecord } from '../store/types.js';

export function stateOf(order: OrderRecord): EscrowState {
  return { tradeStatus: order.tradeStatus, refundStatus: order.refundStatus, refundCycle: order.refundCycle };
}

/** The statuses a verified message states (an empty refund_status states nothing). */
export function noticeOf(params: Record<string, string>): Notice {
  const refund = params['refund_status'];
  return { tradeStatus: params['trade_status'] ?? '', ...(refund ? { refundStatus: refund } : {}) };
}

/** The order after `next` was applied, with what the message told us about the trade. */
export function transitionedOrder(order: OrderRecord, next: EscrowState, params: Record<string, string>, at: Date): OrderRecord {
  return {
    ...order,
    tradeStatus: next.tradeStatus,
    refundStatus: next.refundStatus,
    refundCycle: next.refundCycle,
    phase: phaseOf(next),
    tradeNo: params['trade_no'] || order.tradeNo,
    totalFee: params['total_fee'] || order.totalFee,
    version: order.version + 1,
    updatedAt: at.toISOString(),
  };
}

/** The effect records committed with a transition: pending, keyed `${outTradeNo}:${slot}`. */
export function effectRecords(outTradeNo: string, planned: readonly PlannedEffect[], at: Date): EffectRecord[] {
  const createdAt = at.toISOString();
  return planned.map((effect) => ({
    key: `${outTradeNo}:${effect.slot}`,
    outTradeNo,
    kind: effect.kind,
    detail: effect.detail ?? null,
    status: 'pending',
    attempts: 0,
    lastError: null,
    leaseUntil: null,
    createdAt,
    doneAt: null,
  }));
}
