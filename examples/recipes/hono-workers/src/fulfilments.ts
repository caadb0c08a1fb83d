// The shop's record of the work it did once an order was paid, in its own D1 table
// (migrations/0002_fulfilments.sql) next to the escrow tables.
import type { EffectEvent } from '@alipay-escrow/core';

// #region fulfilments
export function d1Fulfilments(db: D1Database) {
  return {
    /** The onPaid hook: does the shop's work once per idempotency key (here: writes it down). */
    async onPaid({ idempotencyKey, order }: EffectEvent): Promise<void> {
      // Reserve stock, send the e-mail, … here — keyed by idempotencyKey, then record it.
      await db
        .prepare(
          'INSERT INTO fulfilments (idempotency_key, out_trade_no, runs) VALUES (?, ?, 1) ON CONFLICT (idempotency_key) DO UPDATE SET runs = runs + 1',
        )
        .bind(idempotencyKey, order.outTradeNo)
        .run();
    },
    /** How many times the work ran for this order: 1 after a payment, however often Alipay notified. */
    async count(outTradeNo: string): Promise<number> {
      const row = await db
        .prepare('SELECT COALESCE(SUM(runs), 0) AS runs FROM fulfilments WHERE out_trade_no = ?')
        .bind(outTradeNo)
        .first<{ runs: number }>();
      return row?.runs ?? 0;
    },
  };
}
// #endregion fulfilments

export type Fulfilments = ReturnType<typeof d1Fulfilments>;
