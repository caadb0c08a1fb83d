/**
 * The shop's own tables, in the same SQLite file as the escrow store: who placed which order
 * (with what it asked for, so the signed request can be rebuilt), and how many times each escrow
 * hook succeeded (by idempotency key) — the `runs` of GET /api/orders/:outTradeNo.
 */
import type { EffectEvent } from '@alipay-escrow/core';
import type { LogisticsOptions } from '@alipay-escrow/core/protocol';
import type { Database } from 'better-sqlite3';

const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS shop_orders (
     out_trade_no TEXT PRIMARY KEY,
     buyer TEXT,
     subject TEXT NOT NULL,
     price TEXT NOT NULL,
     quantity INTEGER NOT NULL,
     logistics_json TEXT NOT NULL,
     created_at TEXT NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS shop_effect_runs (
     key TEXT PRIMARY KEY,
     out_trade_no TEXT NOT NULL,
     kind TEXT NOT NULL,
     runs INTEGER NOT NULL
   )`,
];

/** An order as the shop placed it: what createPayment was asked for, and by whom. */
export interface NewShopOrder {
  outTradeNo: string;
  /** The signed-in buyer's name; null for an order placed through the JSON API. */
  buyer: string | null;
  subject: string;
  price: string;
  quantity: number;
  logistics: LogisticsOptions;
}

export interface ShopOrder extends NewShopOrder {
  /** ISO 8601, UTC. */
  createdAt: string;
}

interface OrderRow {
  out_trade_no: string;
  buyer: string | null;
  subject: string;
  price: string;
  quantity: number;
  logistics_json: string;
  created_at: string;
}

const fromRow = (row: OrderRow): ShopOrder => ({
  outTradeNo: row.out_trade_no,
  buyer: row.buyer,
  subject: row.subject,
  price: row.price,
  quantity: row.quantity,
  // Written by addOrder from options createPayment accepted.
  logistics: JSON.parse(row.logistics_json) as LogisticsOptions,
  createdAt: row.created_at,
});

export function shopTables(db: Database) {
  for (const sql of SCHEMA) db.prepare(sql).run();
  const insertOrder = db.prepare<[string, string | null, string, string, number, string, string]>(
    'INSERT INTO shop_orders (out_trade_no, buyer, subject, price, quantity, logistics_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectOrder = db.prepare<[string], OrderRow>('SELECT * FROM shop_orders WHERE out_trade_no = ?');
  const ordersOf = db.prepare<[string], OrderRow>(
    'SELECT * FROM shop_orders WHERE buyer = ? ORDER BY created_at DESC, out_trade_no DESC',
  );
  const allOrders = db.prepare<[number], OrderRow>(
    'SELECT * FROM shop_orders ORDER BY created_at DESC, out_trade_no DESC LIMIT ?',
  );
  const countRun = db.prepare<[string, string, string]>(
    'INSERT INTO shop_effect_runs (key, out_trade_no, kind, runs) VALUES (?, ?, ?, 1) ON CONFLICT (key) DO UPDATE SET runs = runs + 1',
  );
  const runsOf = db.prepare<[string], { key: string; runs: number }>(
    'SELECT key, runs FROM shop_effect_runs WHERE out_trade_no = ?',
  );

  return {
    addOrder(o: NewShopOrder): void {
      insertOrder.run(
        o.outTradeNo,
        o.buyer ?? null,
        o.subject,
        o.price,
        o.quantity,
        JSON.stringify(o.logistics),
        new Date().toISOString(),
      );
    },
    getOrder(outTradeNo: string): ShopOrder | undefined {
      const row = selectOrder.get(outTradeNo);
      return row && fromRow(row);
    },
    ordersOf: (buyer: string): ShopOrder[] => ordersOf.all(buyer).map(fromRow),
    allOrders: (limit = 200): ShopOrder[] => allOrders.all(limit).map(fromRow),
    /** Called at the very end of a hook, so it counts only calls that succeeded. */
    countRun(event: EffectEvent): void {
      countRun.run(event.idempotencyKey, event.order.outTradeNo, event.kind);
    },
    /** Runs by idempotency key. */
    runsOf: (outTradeNo: string): Map<string, number> => new Map(runsOf.all(outTradeNo).map((r) => [r.key, r.runs])),
  };
}

export type ShopDb = ReturnType<typeof shopTables>;
