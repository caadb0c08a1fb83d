import type { LogUpdate } from '../store/types.js';
import type { EscrowContext } from './context.js';
import { refusedLogEntry, type NewLogEntry } from './log-entry.js';

/**
 * Logs a refused request in ONE write, already settled (see refusedLogEntry: a prefix of the body
 * unless its signature matched, fields cut to size). Resolves to the entry's id, or null when the
 * store failed (the request is refused either way).
 */
export async function logRefusal(ctx: EscrowContext, input: NewLogEntry, update: LogUpdate): Promise<string | null> {
  try {
    const entry = await refusedLogEntry(input, update);
    await ctx.store.appendLog(entry);
    return entry.id;
  } catch {
    return null;
  }
}
