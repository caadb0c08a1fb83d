import { AlipayEscrowError } from '../../errors/error.js';
import type { EscrowDeps } from '../deps.js';
import type { PrunedLog, PruneLogOptions } from '../types.js';

/** escrow.pruneLog: the store's pruneLog with a Date or ISO text as the cut-off. */
export async function pruneLog(deps: EscrowDeps, options: PruneLogOptions): Promise<PrunedLog> {
  if (options === null || typeof options !== 'object') {
    throw new AlipayEscrowError('CONFIG_INVALID', 'pruneLog needs { olderThan, verdicts? }.', {
      field: 'options',
      hint: 'Pass { olderThan: new Date(Date.now() - 30 * 86_400_000) } to delete entries older than 30 days.',
    });
  }
  const { olderThan } = options;
  const ms =
    olderThan instanceof Date
      ? olderThan.getTime()
      : typeof olderThan === 'string'
        ? Date.parse(olderThan)
        : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new AlipayEscrowError('CONFIG_INVALID', `pruneLog: olderThan is not a date-time: ${String(olderThan)}.`, {
      field: 'olderThan',
      hint: 'Pass a Date or ISO 8601 text, e.g. new Date(Date.now() - 30 * 86_400_000).',
    });
  }
  const before = new Date(ms).toISOString();
  const deleted = await deps.store.pruneLog({
    before,
    ...(options.verdicts === undefined ? {} : { verdicts: options.verdicts }),
  });
  return { deleted };
}
