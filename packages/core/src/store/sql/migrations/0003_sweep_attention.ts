import type { Migration } from './migration.js';

/**
 * The sweep's report marks (insert-if-absent on order, reason and version) and the indexes behind
 * `listOrders` (phase, then updated_at and out_trade_no: the page order) and `listLog`'s verdict
 * and channel filters (newest first within each). On Postgres the page order compares
 * out_trade_no byte by byte (COLLATE "C"), so no locale can reorder a page; the index is built
 * the same way so it serves that order.
 */
export const sweepAttention: Migration = {
  id: '0003_sweep_attention',
  notes: {
    sqlite: ['-- Safe to run again: every statement is IF NOT EXISTS.'],
    postgres: ['-- Safe to run again: every statement is IF NOT EXISTS.'],
  },
  steps: (w, t) => [
    `CREATE TABLE IF NOT EXISTS ${t.attention} (
  out_trade_no TEXT NOT NULL,
  reason TEXT NOT NULL,
  version INTEGER NOT NULL,
  marked_at ${w.time} NOT NULL,
  PRIMARY KEY (out_trade_no, reason, version)
)`,
    `CREATE INDEX IF NOT EXISTS ${t.orders}_by_phase ON ${t.orders} (phase, updated_at, ${w.bytewise('out_trade_no')})`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_verdicts ON ${t.log} (verdict, received_at, seq)`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_channels ON ${t.log} (channel, received_at, seq)`,
  ],
};
