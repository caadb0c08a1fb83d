-- The shop's own table: what its onPaid work did, keyed by the idempotency key the hook receives.
-- A repeated call with the same key adds to `runs` instead of fulfilling the order twice.
CREATE TABLE IF NOT EXISTS fulfilments (
  idempotency_key TEXT NOT NULL PRIMARY KEY,
  out_trade_no TEXT NOT NULL,
  runs INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS fulfilments_by_order ON fulfilments (out_trade_no);
