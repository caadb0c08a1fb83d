/**
 * The shop's own record of the work it did once an order was paid, in the same Postgres database
 * as the escrow tables (migrations/0001_fulfilments.sql). Keyed by the idempotency key the hook
 * receives: a second call with the same key would add to `runs` instead of creating a second
 * fulfilment, so a repeat is visible — whichever instance made it.
 */
import type { Pool } from 'pg';

export interface Fulfilments {
  /** Does the shop's work for a paid order (here: writes it down). */
  fulfil(idempotencyKey: string, outTradeNo: string): Promise<void>;
  /** How many times the work ran for this order (1 after a payment, however often Alipay notified). */
  count(outTradeNo: string): Promise<number>;
}

// #region fulfilments
export function postgresFulfilments(pool: Pool): Fulfilments {
  return {
    async fulfil(idempotencyKey, outTradeNo) {
      // Reserve stock, send the e-mail, … here — keyed by idempotencyKey, then record it.
      await pool.query(
        `INSERT INTO fulfilments (idempotency_key, out_trade_no, runs) VALUES ($1, $2, 1)
         ON CONFLICT (idempotency_key) DO UPDATE SET runs = fulfilments.runs + 1`,
        [idempotencyKey, outTradeNo],
      );
    },
    async count(outTradeNo) {
      const { rows } = await pool.query<{ runs: string }>(
        'SELECT COALESCE(SUM(runs), 0) AS runs FROM fulfilments WHERE out_trade_no = $1',
        [outTradeNo],
      );
      return Number(rows[0]?.runs ?? 0);
    },
  };
}
// #endregion fulfilments
