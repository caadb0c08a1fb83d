-- @alipay-escrow/core store schema, PostgreSQL dialect.
-- Generated from packages/core/src/store/sql/schema.ts with the default table prefix 'alipay_escrow_':
-- these are exactly the statements EscrowStore.migrate() runs, so running either is enough.
-- With another tablePrefix, replace the prefix in every name below.
-- Safe to run again: every statement is IF NOT EXISTS.

CREATE TABLE IF NOT EXISTS alipay_escrow_attention_marks (
  out_trade_no TEXT NOT NULL,
  reason TEXT NOT NULL,
  version INTEGER NOT NULL,
  marked_at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (out_trade_no, reason, version)
);

CREATE INDEX IF NOT EXISTS alipay_escrow_orders_by_phase ON alipay_escrow_orders (phase, updated_at, out_trade_no COLLATE "C");

CREATE INDEX IF NOT EXISTS alipay_escrow_notification_log_verdicts ON alipay_escrow_notification_log (verdict, received_at, seq);

CREATE INDEX IF NOT EXISTS alipay_escrow_notification_log_channels ON alipay_escrow_notification_log (channel, received_at, seq);
