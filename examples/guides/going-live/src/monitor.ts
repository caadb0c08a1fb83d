/** What to watch in production: the notification log and the effects it left undone. */
import { AlipayEscrowError, type Escrow } from '@alipay-escrow/core';

export interface LogHealth {
  /** Log entries received since `since`. */
  entries: number;
  /** Refused messages by code: SIGN_MISMATCH, NOTIFY_VERIFY_FAILED, IP_NOT_ALLOWED, … */
  rejected: Record<string, number>;
  /** Genuine messages that disagree with your orders (nothing was applied): replay them once resolved. */
  anomalies: {
    logId: string;
    code: string | null;
    outTradeNo: string | null;
  }[];
  /** Messages answered `fail`: Alipay delivers them again, for about 25 hours. */
  failReplies: number;
  /** Effects (hook calls) of those orders that are still not done. */
  stuckEffects: { key: string; attempts: number; lastError: string | null }[];
}

// #region monitor
export async function logHealth(escrow: Escrow, since: Date, limit = 1000): Promise<LogHealth> {
  const recent = (await escrow.listLog({ limit })).filter((e) => new Date(e.receivedAt) >= since);
  const health: LogHealth = {
    entries: recent.length,
    rejected: {},
    anomalies: [],
    failReplies: 0,
    stuckEffects: [],
  };
  const failedOrders = new Set<string>();
  for (const entry of recent) {
    if (entry.verdict === 'rejected') {
      const code = entry.code ?? 'UNKNOWN';
      health.rejected[code] = (health.rejected[code] ?? 0) + 1;
    }
    if (entry.verdict === 'anomaly') {
      const { id: logId, code, outTradeNo } = entry;
      health.anomalies.push({ logId, code, outTradeNo });
    }
    if (entry.reply === 'fail') {
      health.failReplies++;
      if (entry.outTradeNo) failedOrders.add(entry.outTradeNo);
    }
  }
  for (const outTradeNo of failedOrders) {
    for (const effect of await escrow.listEffects(outTradeNo)) {
      if (effect.status !== 'done') {
        const { key, attempts, lastError } = effect;
        health.stuckEffects.push({ key, attempts, lastError });
      }
    }
  }
  return health;
}
// #endregion monitor

// #region reconcile
/**
 * Asks Alipay (single_trade_query) about orders your database still shows as
 * unpaid or unsettled.
 */
export async function reconcileOrders(escrow: Escrow, outTradeNos: readonly string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const outTradeNo of outTradeNos) {
    try {
      // applied like a notification: same hooks
      const outcome = await escrow.reconcile(outTradeNo);
      result[outTradeNo] = outcome.order?.phase ?? outcome.verdict;
    } catch (error) {
      // TRADE_NOT_EXIST: the buyer never reached the cashier.
      // A timeout: try again on the next run.
      result[outTradeNo] = AlipayEscrowError.is(error) ? error.code : 'error';
    }
  }
  return result;
}
// #endregion reconcile
