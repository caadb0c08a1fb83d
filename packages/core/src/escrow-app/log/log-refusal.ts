import type { LogUpdate } from '../../store/types.js';
import type { EscrowDeps } from '../deps.js';
import { refusedLogEntry, type NewLogEntry } from './log-entry.js';
import { rejectionMessage } from '../logger.js';

/**
 * Logs a refused request in ONE write, already settled (see refusedLogEntry: a prefix of the body
 * unless its signature matched, fields cut to size), and warns through the escrow's logger.
 * Resolves to the entry's id, or null when the store failed (the request is refused either way).
 */
export async function logRefusal(deps: EscrowDeps, input: NewLogEntry, update: LogUpdate): Promise<string | null> {
  let logId: string | null = null;
  try {
    const entry = await refusedLogEntry(input, update);
    await deps.store.appendLog(entry);
    logId = entry.id;
  } catch {
    logId = null;
  }
  const code = update.code ?? 'INTERNAL_ERROR';
  const { channel, remoteAddress } = input;
  const detail = update.detail ?? null;
  deps.logger.warn(rejectionMessage({ code, detail, channel, logId, remoteAddress }), {
    kind: 'rejection',
    code,
    channel,
    logId,
    outTradeNo: update.outTradeNo ?? null,
  });
  return logId;
}
