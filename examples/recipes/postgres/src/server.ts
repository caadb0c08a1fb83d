/**
 * One instance of the shop: Hono on Node over a shared Postgres database. Start as many as you
 * like behind a load balancer, each with the same environment (see config.ts) and its own PORT;
 * apply the migrations once before the first one starts.
 */
import { createEscrow, createSqlStore, postgresDatabase } from '@alipay-escrow/core';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { postgresFulfilments } from './fulfilments.js';

const config = readConfig(process.env);

// #region pool
const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolSize });
// A connection that dies while idle is dropped by the pool; without a listener it would end the process.
pool.on('error', (error) => console.error(`idle Postgres connection lost: ${error.message}`));
const store = createSqlStore(postgresDatabase(pool));
const fulfilments = postgresFulfilments(pool);
// #endregion pool

// #region schema-check
// The tables come from the migrations (a deploy step): refuse to start without them.
try {
  await pool.query('SELECT 1 FROM alipay_escrow_orders, fulfilments LIMIT 0');
} catch (error) {
  console.error(
    `The database is not migrated (${error instanceof Error ? error.message : String(error)}). Apply the migrations first.`,
  );
  process.exit(1);
}
// #endregion schema-check

// #region escrow
const escrow = createEscrow({
  merchant: config.merchant,
  store,
  hooks: {
    // Exactly one instance wins the order's transition and records this effect; the hook then
    // runs under a lease, so a duplicate delivered to another instance does not run it again.
    onPaid: ({ idempotencyKey, order }) => fulfilments.fulfil(idempotencyKey, order.outTradeNo),
  },
});
// #endregion escrow

const app = createApp(escrow, fulfilments, config.adminToken);
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`shop instance ${process.pid} listening on http://${info.address}:${info.port}`);
});

process.on('SIGTERM', () => {
  server.close(() => {
    void pool.end().then(() => process.exit(0));
  });
});
