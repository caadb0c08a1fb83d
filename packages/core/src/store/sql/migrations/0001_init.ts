import type { Migration } from './migration.js';

/**
 * The first schema: orders, effects (the work a transition queued, run after it) and the
 * notification log. Every statement is IF NOT EXISTS. `seq` keeps insertion order; `txn` is the
 * token of the transition that last wrote an order (see ../sql-store.ts).
 */
export const init: Migration = {
  id: '0001_init',
  notes: { sqlite: [], postgres: [] },
  steps: (w, t) => [
    `CREATE TABLE IF NOT EXISTS ${t.orders} (
  out_trade_no TEXT NOT NULL PRIMARY KEY,
  partner TEXT NOT NULL,
  subject TEXT NOT NULL,
  payable TEXT NOT NULL,
  seller_id TEXT,
  seller_email TEXT,
  phase TEXT NOT NULL,
  trade_status TEXT,
  refund_status TEXT,
  refund_cycle INTEGER NOT NULL,
  notice_time TEXT,
  trade_no TEXT,
  total_fee TEXT,
  shipping TEXT,
  logistics_type TEXT,
  version INTEGER NOT NULL,
  txn TEXT NOT NULL,
  created_at ${w.time} NOT NULL,
  updated_at ${w.time} NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${t.effects} (
  ${w.seq},
  effect_key TEXT NOT NULL UNIQUE,
  out_trade_no TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_error TEXT,
  lease_until ${w.time},
  created_at ${w.time} NOT NULL,
  done_at ${w.time}
)`,
    `CREATE INDEX IF NOT EXISTS ${t.effects}_by_order ON ${t.effects} (out_trade_no, seq)`,
    `CREATE TABLE IF NOT EXISTS ${t.log} (
  ${w.seq},
  id TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  received_at ${w.time} NOT NULL,
  method TEXT NOT NULL,
  raw TEXT NOT NULL,
  headers TEXT NOT NULL,
  remote_address TEXT,
  verdict TEXT NOT NULL,
  code TEXT,
  detail TEXT,
  out_trade_no TEXT,
  notify_id TEXT,
  trade_status TEXT,
  refund_status TEXT,
  reply TEXT,
  replay_of TEXT
)`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_by_time ON ${t.log} (received_at, seq)`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_by_order ON ${t.log} (out_trade_no, received_at, seq)`,
  ],
};
