/** Keeping the notification log bounded: a daily pruneLog with the retention the security guide recommends. */
import type { Escrow } from '@alipay-escrow/core';

const DAY_MS = 24 * 60 * 60 * 1000;

// #region prune
/** What one pruning run deleted. */
export interface PruneReport {
  rejected: number;
  old: number;
}

export async function pruneNotificationLog(escrow: Escrow, now: Date = new Date()): Promise<PruneReport> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  // Refused requests (forged, malformed, wrong address): anyone can send
  // them, so they go first. Two weeks leaves time to look into a spike.
  const rejected = await escrow.pruneLog({
    olderThan: daysAgo(14),
    verdicts: ['rejected'],
  });
  // Everything else is the record of what Alipay told you: escrow trades
  // and their refunds run for weeks, so keep half a year.
  const old = await escrow.pruneLog({ olderThan: daysAgo(180) });
  return { rejected: rejected.deleted, old: old.deleted };
}
// #endregion prune

// #region schedule
/**
 * Runs pruneNotificationLog once a day in a long-running Node process. On
 * Workers use a Cron Trigger, on Deno Deploy Deno.cron, elsewhere cron.
 */
export function pruneDaily(escrow: Escrow, report: (outcome: PruneReport | Error) => void): () => void {
  const run = () =>
    pruneNotificationLog(escrow).then(report, (error: unknown) =>
      report(error instanceof Error ? error : new Error(String(error))),
    );
  const timer = setInterval(run, DAY_MS);
  timer.unref(); // the schedule alone does not keep the process alive
  return () => clearInterval(timer);
}
// #endregion schedule
