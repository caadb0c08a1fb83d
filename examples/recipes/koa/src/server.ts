/**
 * The shop on Koa 3, orders and notifications kept in one SQLite file. Start it with
 * `npm run build && npm start` (environment: see config.ts).
 */
import { createEscrow, createSqlStore, sqliteDatabase } from '@alipay-escrow/core';
import Database from 'better-sqlite3';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { sqliteFulfilments } from './fulfilments.js';

const config = readConfig(process.env);

// #region store
const db = new Database(config.sqlitePath);
db.pragma('journal_mode = WAL'); // one disk sync per commit, and readers do not wait for the writer
db.pragma('synchronous = FULL'); // a commit is on disk when it returns (NORMAL can lose the last ones on power loss)
db.pragma('busy_timeout = 5000');
// group commit: the writes of concurrent notifications share one transaction and one disk sync
const store = createSqlStore(sqliteDatabase(db, { groupCommit: true }));
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

const server = createApp(escrow, fulfilments, config.adminToken).listen(config.port, config.host, () => {
  console.log(`shop listening on http://${config.host}:${config.port}`);
});

process.on('SIGTERM', () => {
  server.close(() => {
    db.close();
    process.exit(0);
  });
});
