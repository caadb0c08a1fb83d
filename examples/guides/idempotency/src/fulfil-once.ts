/**
 * Idempotent hooks: the library calls a hook at least once per idempotency key, so the hook makes
 * its own work happen once — in the database with the key, outside it by handing the key on.
 */
import type { EffectHook } from '@alipay-escrow/core';
import type Database from 'better-sqlite3';

// #region schema
export function createShopTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS processed_effects (
      idempotency_key TEXT PRIMARY KEY,
      processed_at    TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS shipments (
      out_trade_no TEXT NOT NULL,
      created_at   TEXT NOT NULL
    );
  `);
}
// #endregion schema

// #region once
export function prepareShipmentOnce(db: Database.Database): EffectHook {
  const remember = db.prepare(
    `INSERT OR IGNORE INTO processed_effects (idempotency_key, processed_at)
     VALUES (?, ?)`,
  );
  const ship = db.prepare('INSERT INTO shipments (out_trade_no, created_at) VALUES (?, ?)');
  // One transaction: key and work are committed together, or not at all.
  const once = db.transaction((idempotencyKey: string, outTradeNo: string) => {
    const now = new Date().toISOString();
    // seen before: a repeat call
    if (remember.run(idempotencyKey, now).changes === 0) return;
    ship.run(outTradeNo, now);
  });
  return ({ idempotencyKey, order }) => once(idempotencyKey, order.outTradeNo);
}
// #endregion once

// #region external
export function notifyWarehouse(warehouseUrl: string, fetchFn: typeof fetch = fetch): EffectHook {
  return async ({ idempotencyKey, order }) => {
    const response = await fetchFn(`${warehouseUrl}/shipments`, {
      method: 'POST',
      // The warehouse ignores a second request with the same key.
      headers: {
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
      },
      body: JSON.stringify({
        orderNo: order.outTradeNo,
        subject: order.subject,
      }),
    });
    // Throwing leaves the effect pending: the reply is `fail` and Alipay's
    // next delivery retries it.
    if (!response.ok) {
      throw new Error(`warehouse answered HTTP ${response.status}`);
    }
  };
}
// #endregion external
