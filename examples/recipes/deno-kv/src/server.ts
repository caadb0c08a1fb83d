// The shop on Deno: Deno.serve, orders, the notification log and the shop's own records in
// Deno KV. Run: deno run --unstable-kv --unstable-cron --allow-net --allow-env --allow-read --allow-write src/server.ts
import { createEscrow } from '@alipay-escrow/core';
import { createDenoKvStore } from '@alipay-escrow/core/deno-kv';
import { alipayEscrow } from '@alipay-escrow/deno';
import { adminTokenFromEnv, merchantFromEnv } from './config.ts';
import { kvFulfilments } from './fulfilments.ts';
import { shopRoutes } from './shop.ts';

// #region store
// KV_PATH: a file for local runs (":memory:" for a throwaway one); unset on Deno Deploy, which
// provides the database. No schema: nothing to migrate.
const kv = await Deno.openKv(Deno.env.get('KV_PATH'));
const store = createDenoKvStore(kv);
const fulfilments = kvFulfilments(kv);
// #endregion store

// #region escrow
const escrow = createEscrow({
  merchant: merchantFromEnv(),
  store,
  hooks: {
    // Runs once the payment is confirmed (WAIT_SELLER_SEND_GOODS), with a key that stays the same
    // if the call has to be repeated; a throw makes Alipay's next notification retry it.
    onPaid: fulfilments.onPaid,
    // The scheduled sweep's report of an order stuck past its limit (once per order and state).
    onStuck: (report) => console.warn(report.detail),
  },
});
// #endregion escrow

// #region notify
const handler = alipayEscrow(escrow, {
  // notify_url: Alipay POSTs here; the answer is exactly `success` (done) or `fail` (Alipay retries).
  notifyPath: '/alipay/notify',
  // #region return
  // return_url: the buyer's browser comes back here after paying; the visit is verified like a
  // notification and answered with a small result page.
  returnPath: '/alipay/return',
  // #endregion return
  // Every other request: the shop's own routes.
  fallback: shopRoutes(escrow, fulfilments, adminTokenFromEnv()),
});
// #endregion notify

// #region cron
// Every 15 minutes, orders stuck past their limits are reconciled with the gateway or reported to
// onStuck. Deno Deploy runs Deno.cron on its own; locally it exists only with --unstable-cron
// (without the flag the shop runs unswept; call escrow.sweep() yourself when you need it).
if (typeof Deno.cron === 'function') {
  Deno.cron('sweep stuck orders', '*/15 * * * *', async () => {
    await escrow.sweep();
  });
}
// #endregion cron

// On Deno Deploy the platform decides where to listen; locally this is 127.0.0.1:8000.
Deno.serve({ hostname: Deno.env.get('HOST') ?? '127.0.0.1', port: Number(Deno.env.get('PORT') ?? 8000) }, handler);
