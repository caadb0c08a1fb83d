import type { LogChannel } from '../store/types.js';
import { commitNotice } from './commit-notice.js';
import type { EscrowContext } from './context.js';
import { crossCheck } from './cross-check.js';
import { crossCheckAnomaly, reportAnomaly, unknownOrderAnomaly } from './report-anomaly.js';
import { hookFor, runEffects } from './run-effects.js';
import type { ApplyOutcome } from './types.js';

export interface VerifiedInput {
  channel: LogChannel;
  logId: string;
  /** Every parameter of a message already proven genuine, decoded. */
  params: Record<string, string>;
}

/**
 * The pipeline shared by notify, return, reconcile and replay, for a message already verified:
 * known order → cross-checks → decide → compare-and-set commit → unfinished effects. It writes
 * orders and effects, never the log (the caller settles the log entry with the outcome).
 *
 * Replies:
 * - unknown order → `fail`: Alipay keeps redelivering while the merchant investigates;
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

  const committed = await commitNotice(ctx.store, order, params, ctx.now, (kind) => hookFor(ctx.hooks, kind) !== undefined);
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
