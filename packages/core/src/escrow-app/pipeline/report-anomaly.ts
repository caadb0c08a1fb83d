import type { LogChannel, OrderRecord } from '../../store/types.js';
import type { EscrowDeps } from '../deps.js';
import type { CrossCheckFailure } from './cross-check.js';
import { anomalyMessage } from '../logger.js';
import { safeMessage } from '../log/safe-message.js';
import type { Anomaly } from '../types.js';

export interface AnomalyInput {
  channel: LogChannel;
  logId: string;
  params: Record<string, string>;
  order: OrderRecord | null;
}

export function unknownOrderAnomaly(input: AnomalyInput): Anomaly {
  const outTradeNo = input.params['out_trade_no'] || null;
  return {
    code: 'UNKNOWN_ORDER',
    message: outTradeNo === null ? 'The message names no out_trade_no.' : `No order ${outTradeNo} in the store.`,
    channel: input.channel,
    logId: input.logId,
    outTradeNo,
    field: 'out_trade_no',
    expected: null,
    received: outTradeNo,
    order: null,
    params: input.params,
  };
}

export function crossCheckAnomaly(input: AnomalyInput & { order: OrderRecord }, failure: CrossCheckFailure): Anomaly {
  return {
    code: failure.code,
    message: failure.message,
    channel: input.channel,
    logId: input.logId,
    outTradeNo: input.order.outTradeNo,
    field: failure.field,
    expected: failure.expected,
    received: failure.received,
    order: input.order,
    params: input.params,
  };
}

/**
 * Warns through the escrow's logger (every anomaly, hook or not: none is silent), then calls
 * onAnomaly; its failure is returned (as a safe message), never thrown.
 */
export async function reportAnomaly(deps: EscrowDeps, anomaly: Anomaly): Promise<string | null> {
  const { code, channel, logId, outTradeNo } = anomaly;
  deps.logger.warn(anomalyMessage(anomaly), { kind: 'anomaly', code, channel, logId, outTradeNo });
  if (!deps.hooks.onAnomaly) return null;
  try {
    await deps.hooks.onAnomaly(anomaly);
    return null;
  } catch (error) {
    return safeMessage(error, deps.secrets);
  }
}
