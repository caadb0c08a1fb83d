import type { Escrow } from '@alipay-escrow/core';
import type { ApplyOutcome } from '@alipay-escrow/core/escrow-app';

/** What replay and reconcile print: the outcome, the order's state, and the effects left for the app. */
export async function outcomeJson(escrow: Escrow, outcome: ApplyOutcome): Promise<Record<string, unknown>> {
  const effects = outcome.outTradeNo === null ? [] : await escrow.listEffects(outcome.outTradeNo);
  return {
    logId: outcome.logId,
    channel: outcome.channel,
    verdict: outcome.verdict,
    code: outcome.code,
    detail: outcome.detail,
    outTradeNo: outcome.outTradeNo,
    phase: outcome.order?.phase ?? null,
    tradeStatus: outcome.order?.tradeStatus ?? null,
    refundStatus: outcome.order?.refundStatus ?? null,
    effectsPending: effects
      .filter((effect) => effect.status !== 'done')
      .map((effect) => ({ key: effect.key, kind: effect.kind, status: effect.status })),
  };
}
