import type { EscrowDeps } from '../escrow-app/deps.js';
import { safeMessage } from '../escrow-app/log/safe-message.js';
import type { StuckReport } from './types.js';

/** What became of one report: handed to onStuck, already reported earlier, or onStuck threw. */
export type ReportOutcome = { kind: 'reported' } | { kind: 'already' } | { kind: 'failed'; message: string };

/**
 * Reports once per order, reason and version: the mark is inserted first (insert-if-absent, so two
 * sweeps running at once report it once); if `onStuck` throws, the mark is removed so the next run
 * reports again.
 */
export async function reportOnce(deps: EscrowDeps, report: StuckReport, version: number): Promise<ReportOutcome> {
  const mark = { outTradeNo: report.outTradeNo, reason: report.reason, version };
  const made = await deps.store.markAttention({ ...mark, at: deps.now().toISOString() });
  if (!made) return { kind: 'already' };
  try {
    await deps.hooks.onStuck?.(report);
    return { kind: 'reported' };
  } catch (error) {
    await deps.store.clearAttention(mark);
    return { kind: 'failed', message: safeMessage(error, deps.secrets) };
  }
}
