// The shop as a Cloudflare Worker with D1, no framework: the adapter's module worker answers
// /alipay/notify and /alipay/return and hands every other request to the shop's routes.
import { createEscrow, createSqlStore, d1Database, type Escrow } from '@alipay-escrow/core';
import { alipayEscrow, sweepHandler } from '@alipay-escrow/workers';
import { adminToken } from './admin.js';
import { merchantFromEnv, type Env } from './env.js';
import { d1Fulfilments } from './fulfilments.js';
import { shopRoutes } from './shop.js';

// #region escrow
// Bindings and secrets arrive with each request's env, so the Escrow is built from the first
// one and kept for the isolate (Workers hands every request of an isolate the same env).
const escrows = new WeakMap<Env, Escrow>();
function escrowFor(env: Env): Escrow {
  let escrow = escrows.get(env);
  if (escrow === undefined) {
    escrow = createEscrow({
      merchant: merchantFromEnv(env),
      // The tables come from `wrangler d1 migrations apply` (migrations/), not from store.migrate().
      store: createSqlStore(d1Database(env.DB)),
      hooks: {
        // Runs once the payment is confirmed (WAIT_SELLER_SEND_GOODS), with a key that stays the same
        // if the call has to be repeated; a throw makes Alipay's next notification retry it.
        onPaid: d1Fulfilments(env.DB).onPaid,
        // The scheduled sweep's report of an order stuck past its limit (once per order and state).
        onStuck: (report) => console.warn(report.detail),
      },
    });
    escrows.set(env, escrow);
  }
  return escrow;
}
// #endregion escrow

// #region notify
export default {
  ...alipayEscrow<Env>(escrowFor, {
    // notify_url: Alipay POSTs here; the answer is exactly `success` (done) or `fail` (Alipay retries).
    notifyPath: '/alipay/notify',
    // #region return
    // return_url: the buyer's browser comes back here after paying; the visit is verified like a
    // notification and answered with a small result page.
    returnPath: '/alipay/return',
    // #endregion return
    // Every other request: the shop's own routes.
    fallback: (request, env) => shopRoutes(escrowFor(env), d1Fulfilments(env.DB), adminToken(env))(request),
  }),
  // #region scheduled
  // The Cron Trigger of wrangler.jsonc: orders stuck past their limits are reconciled with the
  // gateway, or reported to onStuck.
  scheduled: sweepHandler<Env>(escrowFor),
  // #endregion scheduled
} satisfies ExportedHandler<Env>;
// #endregion notify
