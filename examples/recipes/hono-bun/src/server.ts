/**
 * The shop on Bun: Hono served by Bun.serve, orders and notifications kept in one SQLite file
 * through Bun's built-in bun:sqlite. Start it with `bun src/server.ts` (no build step; environment:
 * see config.ts).
 */
import { Database } from 'bun:sqlite';
import { bunSqliteDatabase, createEscrow, createSqlStore } from '@alipay-escrow/core';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { sqliteFulfilments } from './fulfilments.js';

const config = readConfig(process.env);

// #region store
const db = new Database(config.sqlitePath);
db.run('PRAGMA journal_mode = WAL'); // readers do not wait for the writer
db.run('PRAGMA busy_timeout = 5000');
// group commit: the writes of concurrent notifications share one transaction and one disk sync
const store = createSqlStore(bunSqliteDatabase(db, { groupCommit: true }));
await store.migrate(); // creates the alipay_escrow_* tables if they are missing
const fulfilments = sqliteFulfilments(db);
// #endregion store

// #region escrow
const escrow = createEscrow({
  merchant: config.merchant,
  store,
  hooks: {
    // Runs once the payment is confirmed (WAIT_SELLER_SEND_GOODS), with a key that stays the same
    // if the call has to be repeated; a throw makes Alipay's next notification retry it.
    onPaid: ({ idempotencyKey, order }) => fulfilments.fulfil(idempotencyKey, order.outTradeNo),
  },
});
// #endregion escrow

// #region serve
const app = createApp(escrow, fulfilments, config.adminToken);
// Bun passes the server to app.fetch as Hono's env, which hono/bun's getConnInfo reads the client address from.
const server = Bun.serve({ fetch: app.fetch, port: config.port, hostname: config.host });
console.log(`shop listening on http://${server.hostname}:${server.port}`);

process.on('SIGTERM', async () => {
  await server.stop();
  db.close();
  process.exit(0);
});
// #endregion serve
