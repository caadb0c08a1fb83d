-- @alipay-escrow/core store schema, SQLite dialect (also the Cloudflare D1 migration: wrangler d1 migrations apply).
-- Generated from packages/core/src/store/sql/schema.ts with the default table prefix 'alipay_escrow_':
-- these are exactly the statements EscrowStore.migrate() runs, so running either is enough.
-- With another tablePrefix, replace the prefix in every name below.
-- SQLite has no ADD COLUMN IF NOT EXISTS: apply this file once, with a tool that records what it
-- applied (wrangler d1 migrations apply does), and not after migrate() already added the columns.
-- migrate() checks for each column before adding it, so it is safe to call after this file.

ALTER TABLE alipay_escrow_notification_log ADD COLUMN raw_size INTEGER;

ALTER TABLE alipay_escrow_notification_log ADD COLUMN raw_sha256 TEXT;

ALTER TABLE alipay_escrow_notification_log ADD COLUMN authenticity TEXT;

CREATE TABLE IF NOT EXISTS alipay_escrow_notify_ids (
  notify_id TEXT NOT NULL PRIMARY KEY,
  out_trade_no TEXT NOT NULL,
  trade_no TEXT,
  bound_at TEXT NOT NULL
);
