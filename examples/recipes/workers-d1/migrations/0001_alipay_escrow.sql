-- @alipay-escrow/core store schema, SQLite dialect (also the Cloudflare D1 migration: wrangler d1 migrations apply).
-- Generated from packages/core/src/store/sql/schema.ts with the default table prefix 'alipay_escrow_':
-- these are exactly the statements EscrowStore.migrate() runs, so running either is enough.
-- With another tablePrefix, replace the prefix in every name below.

CREATE TABLE IF NOT EXISTS alipay_escrow_orders (
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
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS alipay_escrow_effects (
  seq INTEGER PRIMARY KEY,
  effect_key TEXT NOT NULL UNIQUE,
  out_trade_no TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_error TEXT,
  lease_until TEXT,
  created_at TEXT NOT NULL,
  done_at TEXT
);

CREATE INDEX IF NOT EXISTS alipay_escrow_effects_by_order ON alipay_escrow_effects (out_trade_no, seq);

CREATE TABLE IF NOT EXISTS alipay_escrow_notification_log (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  received_at TEXT NOT NULL,
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
);

CREATE INDEX IF NOT EXISTS alipay_escrow_notification_log_by_time ON alipay_escrow_notification_log (received_at, seq);

CREATE INDEX IF NOT EXISTS alipay_escrow_notification_log_by_order ON alipay_escrow_notification_log (out_trade_no, received_at, seq);
