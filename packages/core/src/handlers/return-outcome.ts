import type { OrderRecord } from '../store/types.js';
import type { ApplyOutcome, ReturnOutcome } from './types.js';

const PAID_PHASES = new Set<OrderRecord['phase']>(['paid', 'shipped', 'finished', 'refunding']);

/** What the buyer is shown after a verified return went through the pipeline. */
export function returnOutcomeOf(outcome: ApplyOutcome): ReturnOutcome {
  const order = outcome.order;
  const status: ReturnOutcome['status'] =
    outcome.anomaly !== null || order === null || outcome.verdict === 'error'
      ? 'confirming'
      : PAID_PHASES.has(order.phase)
        ? 'paid'
        : order.phase === 'closed'
          ? 'closed'
          : 'confirming';
  return { status, outTradeNo: outcome.outTradeNo, order, verdict: outcome.verdict, code: outcome.code, logId: outcome.logId };
}
