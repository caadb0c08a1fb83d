/**
 * The shop's own record of the work it did once an order was paid, in the same SQLite file as the
 * escrow tables. Keyed by the idempotency key the hook receives: a second call with the same key
 * would add to `runs` instead of creating a second fulfilment, so a repeat is visible.
 */
import type { Database } from 'bun:sqlite';

export interface Fulfilments {
  /** Does the shop's work for a paid order (here: writes it down). */
  fulfil(idempotencyKey: string, outTradeNo: string): Promise<void>;
  /** How many times the work ran for this order (1 after a payment, however often Alipay notified). */
  count(outTradeNo: string): Promise<number>;
}

// #region fulfilments
export function sqliteFulfilments(db: Database): Fulfilments {
  db.run(`CREATE TABLE IF NOT EXISTS fulfilments (
    idempotency_key TEXT PRIMARY KEY,
    out_trade_no TEXT NOT NULL,
    runs INTEGER NOT NULL
  )`);
  const upsert = db.query<unknown, [string, string]>(
    `INSERT INTO fulfilments (idempotency_key, out_trade_no, runs) VALUES (?, ?, 1)
     ON CONFLICT (idempotency_key) DO UPDATE SET runs = runs + 1`,
  );
  const total = db.query<{ runs: number }, [string]>(
    'SELECT COALESCE(SUM(runs), 0) AS runs FROM fulfilments WHERE out_trade_no = ?',
  );
  return {
    async fulfil(idempotencyKey, outTradeNo) {
      // Reserve stock, send the e-mail, … here — keyed by idempotencyKey, then record it.
      upsert.run(idempotencyKey, outTradeNo);
    },
    async count(outTradeNo) {
      return total.get(outTradeNo)?.runs ?? 0;
    },
  };
}
// #endregion fulfilments
