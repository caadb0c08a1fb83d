import { AlipayEscrowError } from '../errors/error.js';
import type { OrderPhase } from '../escrow/statuses.js';
import type { EscrowDeps } from '../escrow-app/deps.js';
import { reconcile } from '../escrow-app/operations/reconcile.js';
import { safeMessage } from '../escrow-app/log/safe-message.js';
import type { OrderRecord } from '../store/types.js';
import { dueOrders } from './due-orders.js';
import { isGatewayTrouble } from './gateway-trouble.js';
import { takeQueryTurn } from './query-backoff.js';
import { resolveSweepOptions, type ResolvedSweepOptions } from './options.js';
import { forEachBounded } from './pool.js';
import { reportOnce } from './report.js';
import type { StuckReason, StuckReport, SweepOptions, SweepResult } from './types.js';
import { unresolvedAnomalies } from './unresolved-anomalies.js';
import { deferredEffectOrders } from './deferred-effects.js';
import { runOwedEffects } from '../escrow-app/pipeline/run-owed-effects.js';

/** Which phases each reason looks at, and its limit. */
const CHECKS: {
  reason: Exclude<StuckReason, 'anomaly_unresolved' | 'effects_owed'>;
  phases: OrderPhase[];
  limit: (o: ResolvedSweepOptions) => number;
}[] = [
  { reason: 'unpaid_too_long', phases: ['created', 'awaiting_payment'], limit: (o) => o.unpaidMs },
  { reason: 'paid_not_shipped', phases: ['paid'], limit: (o) => o.unshippedMs },
  { reason: 'shipped_not_confirmed', phases: ['shipped'], limit: (o) => o.unconfirmedMs },
  { reason: 'refund_open_too_long', phases: ['refunding'], limit: (o) => o.refundOpenMs },
];

const ADVICE: Record<StuckReason, string> = {
  unpaid_too_long:
    'has waited for payment too long: cancel it on your side, or close the trade at Alipay (sweep option closeUnpaid).',
  paid_not_shipped: 'is paid but not shipped: ship it with sendGoods, or refund the buyer.',
  shipped_not_confirmed: 'is shipped but the buyer has not confirmed receipt: check the delivery.',
  refund_open_too_long: 'has a refund open too long: answer the refund in Alipay’s seller center.',
  anomaly_unresolved: 'has a genuine message that disagrees with the order: fix the cause, then replay the log entry.',
  effects_owed: 'owes effects whose hook keeps failing: fix the hook; the next sweep runs them again.',
};

interface Candidate {
  reason: StuckReason;
  order: OrderRecord;
  /** The limit the order passed (ms). */
  limitMs: number;
}

/** The mutable state of one run. */
interface Run {
  deps: EscrowDeps;
  options: ResolvedSweepOptions;
  result: SweepResult;
  /** When the run started (epoch ms). */
  started: number;
  /** Gateway failures in a row; the run stops asking at the limit. */
  troubleInARow: number;
  lastTrouble: AlipayEscrowError | null;
}

function reportFor(
  reason: StuckReason,
  outTradeNo: string,
  order: OrderRecord | null,
  since: string,
  code: string | null,
  logId: string | null,
): StuckReport {
  const version = order?.version ?? 0;
  const because = code === null ? '' : ` (${code})`;
  return {
    idempotencyKey: `${outTradeNo}:${reason}:${version}`,
    reason,
    outTradeNo,
    order,
    since,
    code,
    detail: `Order ${outTradeNo} ${ADVICE[reason]}${because}`,
    logId,
  };
}

async function report(run: Run, report: StuckReport, version: number): Promise<void> {
  const outcome = await reportOnce(run.deps, report, version);
  if (outcome.kind === 'reported') run.result.reported.push(report);
  else if (outcome.kind === 'already') run.result.alreadyReported++;
  else
    run.result.failed.push({
      outTradeNo: report.outTradeNo,
      reason: report.reason,
      code: 'HOOK_FAILED',
      message: `onStuck threw: ${outcome.message}`,
    });
}

/** Reconciles the order; resolves to the order afterwards and the gateway's refusal code, or null when the run must give up on it. */
async function askGateway(run: Run, candidate: Candidate): Promise<{ order: OrderRecord; code: string | null } | null> {
  const { deps, result } = run;
  const { order, reason } = candidate;
  if (run.troubleInARow >= run.options.gatewayFailureLimit) {
    const code = run.lastTrouble?.code ?? 'GATEWAY_TIMEOUT';
    result.failed.push({
      outTradeNo: order.outTradeNo,
      reason,
      code,
      message: `Not asked: the gateway failed ${run.troubleInARow} times in a row in this run.`,
    });
    result.complete = false;
    return null;
  }
  try {
    const outcome = await reconcile(deps, order.outTradeNo);
    run.troubleInARow = 0;
    const after = outcome.order ?? order;
    if (outcome.verdict === 'applied' && after.version !== order.version) {
      result.reconciled.push({
        outTradeNo: order.outTradeNo,
        reason,
        from: order.phase,
        to: after.phase,
        logId: outcome.logId,
      });
    }
    return { order: after, code: outcome.verdict === 'anomaly' || outcome.verdict === 'error' ? outcome.code : null };
  } catch (error) {
    if (isGatewayTrouble(error)) {
      run.troubleInARow++;
      run.lastTrouble = error as AlipayEscrowError;
      result.failed.push({
        outTradeNo: order.outTradeNo,
        reason,
        code: (error as AlipayEscrowError).code,
        message: safeMessage(error, deps.secrets),
      });
      return null;
    }
    run.troubleInARow = 0;
    // an answer about the order (TRADE_NOT_EXIST, a reply about another trade…): a person decides
    const code = AlipayEscrowError.is(error) ? error.code : 'INTERNAL_ERROR';
    return { order: (await deps.store.getOrder(order.outTradeNo)) ?? order, code };
  }
}

/** Closes a trade still unpaid at Alipay, then applies the closure; null when the gateway refused. */
async function closeUnpaid(run: Run, order: OrderRecord): Promise<{ order: OrderRecord | null; logId: string } | null> {
  const { deps } = run;
  const closed = await deps.gateway.closeTrade(
    order.tradeNo === null ? { outOrderNo: order.outTradeNo } : { tradeNo: order.tradeNo },
  );
  if (!closed.ok) return null;
  const outcome = await reconcile(deps, order.outTradeNo);
  return { order: outcome.order, logId: outcome.logId };
}

async function sweepOrder(run: Run, candidate: Candidate): Promise<void> {
  const { deps, options } = run;
  let { order } = candidate;
  let code: string | null = null;
  let turn: Awaited<ReturnType<typeof takeQueryTurn>> = null;
  try {
    turn = options.reconcile
      ? await takeQueryTurn(deps.store, order, candidate.reason, candidate.limitMs, run.started)
      : null;
    if (turn !== null) {
      const asked = await askGateway(run, candidate);
      if (asked === null) {
        await deps.store.clearAttention(turn); // not answered: the next run asks again
        return;
      }
      ({ order, code } = asked);
      if (order.version !== candidate.order.version) return; // Alipay's newer state was applied
      if (
        options.closeUnpaid &&
        code === null &&
        candidate.reason === 'unpaid_too_long' &&
        order.phase === 'awaiting_payment'
      ) {
        const closed = await closeUnpaid(run, order);
        if (closed?.order && closed.order.version !== order.version) {
          run.result.reconciled.push({
            outTradeNo: order.outTradeNo,
            reason: candidate.reason,
            from: order.phase,
            to: closed.order.phase,
            logId: closed.logId,
          });
          return;
        }
      }
    }
    await report(run, reportFor(candidate.reason, order.outTradeNo, order, order.updatedAt, code, null), order.version);
  } catch (error) {
    const failedCode = AlipayEscrowError.is(error) ? error.code : 'INTERNAL_ERROR';
    run.result.failed.push({
      outTradeNo: order.outTradeNo,
      reason: candidate.reason,
      code: failedCode,
      message: safeMessage(error, deps.secrets),
    });
    if (turn !== null) await deps.store.clearAttention(turn).catch(() => {}); // the next run asks again
  }
}

/** Runs the effects `deferEffects` tools left pending; a hook that throws is reported (effects_owed). */
async function runDeferredEffects(run: Run, since: string): Promise<void> {
  const { deps, result } = run;
  for (const outTradeNo of await deferredEffectOrders(deps.store, since, run.options.maxOrders)) {
    try {
      const ran = await runOwedEffects(deps, outTradeNo);
      if (ran.done.length > 0) result.effectsRun.push({ outTradeNo, keys: ran.done });
      if (ran.code === 'HOOK_FAILED') {
        const order = (await deps.store.getOrder(outTradeNo)) ?? null;
        await report(
          run,
          reportFor('effects_owed', outTradeNo, order, order?.updatedAt ?? result.startedAt, ran.code, null),
          order?.version ?? 0,
        );
      }
    } catch (error) {
      result.failed.push({
        outTradeNo,
        reason: 'effects_owed',
        code: AlipayEscrowError.is(error) ? error.code : 'INTERNAL_ERROR',
        message: safeMessage(error, deps.secrets),
      });
    }
  }
}

/**
 * Finds the orders that need attention (see {@link SweepOptions} for the limits), reconciles those
 * the gateway can answer (single_trade_query, `concurrency` at once, stopping after
 * `gatewayFailureLimit` failures in a row) and reports the rest through `onStuck`, once per order,
 * reason and order version. Never throws for one order's trouble: it is listed in `failed`.
 */
export async function sweep(deps: EscrowDeps, given?: SweepOptions): Promise<SweepResult> {
  const options = resolveSweepOptions(given);
  const started = deps.now().getTime();
  const at = (msAgo: number): string => new Date(started - msAgo).toISOString();
  const result: SweepResult = {
    startedAt: new Date(started).toISOString(),
    examined: 0,
    reconciled: [],
    effectsRun: [],
    reported: [],
    alreadyReported: 0,
    failed: [],
    complete: true,
  };
  const run: Run = { deps, options, result, started, troubleInARow: 0, lastTrouble: null };

  await runDeferredEffects(run, at(options.anomalyLookbackMs));

  const candidates: Candidate[] = [];
  for (const check of CHECKS) {
    const room = options.maxOrders - candidates.length;
    if (room <= 0) break;
    const orders = await dueOrders(deps.store, check.phases, at(check.limit(options)), room);
    for (const order of orders) candidates.push({ reason: check.reason, order, limitMs: check.limit(options) });
  }
  if (candidates.length >= options.maxOrders) result.complete = false;
  result.examined = candidates.length;
  await forEachBounded(candidates, options.concurrency, (candidate) => sweepOrder(run, candidate));

  const room = options.maxOrders - candidates.length;
  if (room > 0) {
    const anomalies = await unresolvedAnomalies(deps.store, at(options.anomalyLookbackMs), at(options.anomalyMs), room);
    result.examined += anomalies.length;
    for (const entry of anomalies) {
      const outTradeNo = entry.outTradeNo!;
      const order = (await deps.store.getOrder(outTradeNo)) ?? null;
      const stuck = reportFor('anomaly_unresolved', outTradeNo, order, entry.receivedAt, entry.code, entry.id);
      try {
        await report(run, stuck, order?.version ?? 0);
      } catch (error) {
        result.failed.push({
          outTradeNo,
          reason: 'anomaly_unresolved',
          code: AlipayEscrowError.is(error) ? error.code : 'INTERNAL_ERROR',
          message: safeMessage(error, deps.secrets),
        });
      }
    }
  }
  return result;
}
