/** Sweeping stuck orders from a Node server: the onStuck hook and a plain interval. */
import type { Escrow, EscrowHooks, SweepResult } from '@alipay-escrow/core';

// #region hook
// Called once per order, reason and order version, after a reconcile could not
// settle the order. Throwing makes the next sweep report the order again.
export const stuckHooks: EscrowHooks = {
  async onStuck(report) {
    // report: { idempotencyKey, reason, outTradeNo, order, since, code, detail, logId }
    console.warn(
      JSON.stringify({
        level: 'warn',
        msg: report.detail,
        reason: report.reason,
        outTradeNo: report.outTradeNo,
        code: report.code,
      }),
    );
  },
};
// #endregion hook

// #region interval
// One sweep every `everyMs` (15 minutes by default), never two at once. Every
// instance may run it: the reports are deduplicated in the store.
export function startSweeping(
  escrow: Escrow,
  everyMs = 15 * 60_000,
  onResult?: (result: SweepResult) => void,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      const result = await escrow.sweep({ unshippedDays: 3, concurrency: 4 });
      onResult?.(result);
    } catch (error) {
      console.error('sweep failed', error); // a bad option, or the store is down
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref(); // do not keep the process alive for the sweep alone
  return () => clearInterval(timer);
}
// #endregion interval
