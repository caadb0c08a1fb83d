import type { EffectKind, EscrowState, Notice, PlannedEffect } from '../../escrow/index.js';
import { phaseOf } from '../../escrow/index.js';
import type { EffectRecord, OrderRecord } from '../../store/types.js';
import { isoText } from '../iso-text.js';

export function stateOf(order: OrderRecord): EscrowState {
  return {
    tradeStatus: order.tradeStatus,
    refundStatus: order.refundStatus,
    refundCycle: order.refundCycle,
    noticeTime: order.noticeTime,
  };
}

/**
 * The statuses a verified message states (an empty refund_status states nothing), with its
 * notify_time when it has one (notifications and return pages do): the state machine orders
 * refund moves by it. A single_trade_query or send_goods reply has none: the caller passes the
 * time of its trade record instead (see reply-notice-time.ts).
 */
export function noticeOf(params: Record<string, string>): Notice {
  const refund = params['refund_status'];
  const time = params['notify_time'];
  return {
    tradeStatus: params['trade_status'] ?? '',
    ...(refund ? { refundStatus: refund } : {}),
    ...(time ? { time } : {}),
  };
}

/**
 * The order after `next` was applied, with what the message told us about the trade (its number,
 * total and the buyer's chosen logistics type, when it states them).
 */
export function transitionedOrder(
  order: OrderRecord,
  next: EscrowState,
  params: Record<string, string>,
  at: Date,
): OrderRecord {
  return {
    ...order,
    tradeStatus: next.tradeStatus,
    refundStatus: next.refundStatus,
    refundCycle: next.refundCycle,
    noticeTime: next.noticeTime,
    phase: phaseOf(next),
    tradeNo: params['trade_no'] || order.tradeNo,
    totalFee: params['total_fee'] || order.totalFee,
    logisticsType: params['logistics_type'] || order.logisticsType,
    version: order.version + 1,
    updatedAt: isoText(at),
  };
}

/**
 * For a message that changes no status (a duplicate or a stale one): the buyer's logistics type
 * it states, when the order does not know one yet (the message that moved the order did not carry
 * it); else null. A known type is never replaced by a message that moved nothing.
 */
export function learnedLogisticsType(order: OrderRecord, params: Record<string, string>): string | null {
  const stated = params['logistics_type'];
  return stated && order.logisticsType === null ? stated : null;
}

/**
 * What a message that changes no status still teaches about the order: the buyer's logistics type
 * (see learnedLogisticsType) and, for a duplicate restating the current state later, that later
 * notify_time. The order with those changed, one version on; null when there is nothing to learn
 * (the clock is read only when there is).
 */
export function learnedOrder(
  order: OrderRecord,
  logisticsType: string | null,
  noticeTime: string | null,
  now: () => Date,
): OrderRecord | null {
  if (logisticsType === null && noticeTime === null) return null;
  const at = now();
  return {
    ...order,
    ...(logisticsType === null ? {} : { logisticsType }),
    ...(noticeTime === null ? {} : { noticeTime }),
    version: order.version + 1,
    updatedAt: isoText(at),
  };
}

/**
 * The effect records committed with a transition, keyed `${outTradeNo}:${slot}`: pending when the
 * merchant has a hook for their kind, otherwise recorded as done at once (nothing is owed, so no
 * claim/complete round trips; a hook added later is not called for milestones already past).
 */
export function effectRecords(
  outTradeNo: string,
  planned: readonly PlannedEffect[],
  at: Date,
  hasHook: (kind: EffectKind) => boolean = () => true,
): EffectRecord[] {
  const createdAt = isoText(at);
  return planned.map((effect) => {
    const owed = hasHook(effect.kind);
    return {
      key: `${outTradeNo}:${effect.slot}`,
      outTradeNo,
      kind: effect.kind,
      detail: effect.detail ?? null,
      status: owed ? 'pending' : 'done',
      attempts: 0,
      lastError: null,
      leaseUntil: null,
      createdAt,
      doneAt: owed ? null : createdAt,
    };
  });
}
