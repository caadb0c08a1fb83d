-- @alipay-escrow/core store schema, PostgreSQL dialect.
-- Generated from packages/core/src/store/sql/schema.ts with the default table prefix 'alipay_escrow_':
-- these are exactly the statements EscrowStore.migrate() runs, so running either is enough.
-- With another tablePrefix, replace the prefix in every name below.
-- Safe to run again: every statement is IF NOT EXISTS.

ALTER TABLE alipay_escrow_notification_log ADD COLUMN IF NOT EXISTS raw_size BIGINT;

ALTER TABLE alipay_escrow_notification_log ADD COLUMN IF NOT EXISTS raw_sha256 TEXT;

ALTER TABLE alipay_escrow_notification_log ADD COLUMN IF NOT EXISTS authenticity TEXT;

CREATE TABLE IF NOT EXISTS alipay_escrow_notify_ids (
  notify_id TEXT NOT NULL PRIMARY KEY,
  out_trade_no TEXT NOT NULL,
  trade_no TEXT,
  bound_at TEXT COLLATE "C" NOT NULL
);
