-- The shop's own table (the library's tables come from @alipay-escrow/core/migrations/postgres).
-- One row per fulfilment, keyed by the idempotency key the onPaid hook receives; `runs` would
-- show a repeat.
CREATE TABLE IF NOT EXISTS fulfilments (
  idempotency_key TEXT PRIMARY KEY,
  out_trade_no TEXT NOT NULL,
  runs INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS fulfilments_by_order ON fulfilments (out_trade_no);
