import { addColumn, type Migration } from './migration.js';

/**
 * The bounded log and the notify_id bindings. The log gains `raw_size` (bytes received),
 * `raw_sha256` (hex digest of them) and `authenticity` (none / signature / verified), nullable:
 * rows written before have none, and the store reads them as described on NotificationLogEntry.
 * The new table binds each applied notify_id to one trade (insert-if-absent on its primary key).
 */
export const logBoundsNotifyIds: Migration = {
  id: '0002_log_bounds_notify_ids',
  notes: {
    sqlite: [
      '-- SQLite has no ADD COLUMN IF NOT EXISTS: apply this file once, with a tool that records what it',
      '-- applied (wrangler d1 migrations apply does), and not after migrate() already added the columns.',
      '-- migrate() checks for each column before adding it, so it is safe to call after this file.',
    ],
    postgres: ['-- Safe to run again: every statement is IF NOT EXISTS.'],
  },
  steps: (w, t) => [
    addColumn(w, t.log, 'raw_size', w.bigint),
    addColumn(w, t.log, 'raw_sha256', 'TEXT'),
    addColumn(w, t.log, 'authenticity', 'TEXT'),
    `CREATE TABLE IF NOT EXISTS ${t.notifyIds} (
  notify_id TEXT NOT NULL PRIMARY KEY,
  out_trade_no TEXT NOT NULL,
  trade_no TEXT,
  bound_at ${w.time} NOT NULL
)`,
  ],
};
