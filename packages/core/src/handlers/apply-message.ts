import type { LogChannel } from '../store/types.js';
import { commitNotice } from './commit-notice.js';
import type { EscrowContext } from './context.js';
import { crossCheck } from './cross-check.js';
import { notifyIdConflict } from './notify-id-binding.js';
import { crossCheckAnomaly, reportAnomaly, unknownOrderAnomaly } from './report-anomaly.js';
import { hookFor, runEffects } from './run-effects.js';
import type { ApplyOutcome } from './types.js';

export interface VerifiedInput {
  channel: LogChannel;
  logId: string;
  /** Every parameter of a message already proven genuine, decoded. */
  params: Record<string, string>;
  /** When the message was received (its log entry's time): the time a notify_id is bound at. Default: now. */
  receivedAt?: Date;
  /**
   * For a gateway trade record, which has no notify_time: the time to order its refund part at
   * ('yyyy-MM-dd HH:mm:ss', Beijing time; see reply-notice-time.ts). Unset for messages.
   */
  noticeTime?: string;
}

/**
 * The pipeline shared by notify, return, reconcile and replay, for a message already verified:
 * known order → notify_id bound to this trade → cross-checks → decide → compare-and-set commit →
 * unfinished effects. It writes orders, effects and notify_id bindings, never the log (the caller
 * settles the log entry with the outcome).
 *
 * Replies:
 * - unknown order → `fail`: Alipay keeps redelivering while the merchant investigates;
 * - a notify_id already used for another out_trade_no or trade_no → NOTIFY_ID_REUSED, verdict
 *   `rejected`, nothing applied, `fail`;
 * - a cross-check fails (amount, seller, partner) → nothing applied, onAnomaly, `success`: the
 *   message is genuine and a redelivery cannot change it, so `fail` would only repeat the anomaly;
 *   the merchant resolves it and calls replay(logId). If onAnomaly itself throws → `fail`, so the
 *   redelivery reports it again;
 * - otherwise `success` only when the (possibly no-op) transition is committed AND every effect of
 *   the order is done.
 */
export async function applyMessage(ctx: EscrowContext, input: VerifiedInput): Promise<ApplyOutcome> {
  const { channel, logId, params } = input;
  const outTradeNo = params['out_trade_no'] || null;
  const order = outTradeNo === null ? undefined : await ctx.store.getOrder(outTradeNo);
  const base = { logId, channel, outTradeNo };

  if (order === undefined) {
    const anomaly = unknownOrderAnomaly({ channel, logId, params, order: null });
    const hookError = await reportAnomaly(ctx, anomaly);
    return {
      ...base,
      verdict: 'anomaly',
      code: 'UNKNOWN_ORDER',
      detail: withHookError(anomaly.message, hookError),
      reply: 'fail',
      order: null,
      effectsDone: false,
      anomaly,
    };
  }

  // Before anything can commit: a notify_id already bound to another trade is refused.
  const reused = await notifyIdConflict(ctx, params, input.receivedAt);
  if (reused !== null) {
    return { ...base, verdict: 'rejected', code: 'NOTIFY_ID_REUSED', detail: reused, reply: 'fail', order, effectsDone: false, anomaly: null };
  }

  const failure = crossCheck(order, params);
  if (failure) {
    const anomaly = crossCheckAnomaly({ channel, logId, params, order }, failure);
    const hookError = await reportAnomaly(ctx, anomaly);
    return {
      ...base,
      verdict: 'anomaly',
      code: failure.code,
      detail: withHookError(failure.message, hookError),
      reply: hookError === null ? 'success' : 'fail',
      order,
      effectsDone: false,
      anomaly,
    };
  }

  const committed = await commitNotice(ctx.store, order, params, ctx.now, (kind) => hookFor(ctx.hooks, kind) !== undefined, input.noticeTime);
  if (committed.kind === 'missing' || committed.kind === 'conflict') {
    return {
      ...base,
      verdict: 'error',
      code: committed.kind === 'missing' ? 'UNKNOWN_ORDER' : 'CONCURRENT_UPDATE',
      detail: committed.reason,
      reply: 'fail',
      order: committed.kind === 'conflict' ? committed.order : null,
      effectsDone: false,
      anomaly: null,
    };
  }

  const effects = await runEffects(ctx, committed.order);
  return {
    ...base,
    verdict: committed.kind,
    code: effects.code,
    detail: [committed.reason, effects.detail].filter((t) => t !== null).join(' ') || null,
    reply: effects.allDone ? 'success' : 'fail',
    order: committed.order,
    effectsDone: effects.allDone,
    anomaly: null,
  };
}

function withHookError(message: string, hookError: string | null): string {
  return hookError === null ? message : `${message} onAnomaly threw: ${hookError}`;
}
