/**
 * The shop's own tables, in the same SQLite file as the escrow store: who placed which order
 * (with what it asked for, so the signed request can be rebuilt), and how many times each escrow
 * hook succeeded (by idempotency key) — the `runs` of GET /api/orders/:outTradeNo.
 */
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

export function shopTables(db) {
  for (const sql of SCHEMA) db.prepare(sql).run();
  const insertOrder = db.prepare(
    'INSERT INTO shop_orders (out_trade_no, buyer, subject, price, quantity, logistics_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const selectOrder = db.prepare('SELECT * FROM shop_orders WHERE out_trade_no = ?');
  const ordersOf = db.prepare('SELECT * FROM shop_orders WHERE buyer = ? ORDER BY created_at DESC, out_trade_no DESC');
  const allOrders = db.prepare('SELECT * FROM shop_orders ORDER BY created_at DESC, out_trade_no DESC LIMIT ?');
  const countRun = db.prepare(
    'INSERT INTO shop_effect_runs (key, out_trade_no, kind, runs) VALUES (?, ?, ?, 1) ON CONFLICT (key) DO UPDATE SET runs = runs + 1',
  );
  const runsOf = db.prepare('SELECT key, runs FROM shop_effect_runs WHERE out_trade_no = ?');

  const fromRow = (row) =>
    row && {
      outTradeNo: row.out_trade_no,
      buyer: row.buyer,
      subject: row.subject,
      price: row.price,
      quantity: row.quantity,
      logistics: JSON.parse(row.logistics_json),
      createdAt: row.created_at,
    };

  return {
    addOrder(o) {
      insertOrder.run(o.outTradeNo, o.buyer ?? null, o.subject, o.price, o.quantity, JSON.stringify(o.logistics), new Date().toISOString());
    },
    getOrder: (outTradeNo) => fromRow(selectOrder.get(outTradeNo)),
    ordersOf: (buyer) => ordersOf.all(buyer).map(fromRow),
    allOrders: (limit = 200) => allOrders.all(limit).map(fromRow),
    /** Called at the very end of a hook, so it counts only calls that succeeded. */
    countRun(event) {
      countRun.run(event.idempotencyKey, event.order.outTradeNo, event.kind);
    },
    /** @returns {Map<string, number>} runs by idempotency key */
    runsOf: (outTradeNo) => new Map(runsOf.all(outTradeNo).map((r) => [r.key, r.runs])),
  };
}
