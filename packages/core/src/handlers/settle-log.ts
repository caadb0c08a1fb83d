import type { EscrowStore, LogUpdate } from '../store/types.js';
import type { ApplyOutcome } from './types.js';

/** The log fields an outcome sets. */
export function outcomeUpdate(outcome: ApplyOutcome, reply: string): LogUpdate {
  return { verdict: outcome.verdict, code: outcome.code, detail: outcome.detail, reply };
}

/** Writes the final verdict; false when the store failed (the caller then answers `fail`). */
export async function settleLog(store: EscrowStore, id: string, update: LogUpdate): Promise<boolean> {
  try {
    await store.updateLog(id, update);
    return true;
  } catch {
    return false;
  }
}
