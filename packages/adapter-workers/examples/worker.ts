// A Cloudflare Worker that is Alipay's notify_url and return_url, with orders in D1.
// Secrets come from env: `wrangler secret put ALIPAY_KEY` (locally: .dev.vars). Apply the
// migration once: `wrangler d1 migrations apply alipay-escrow --remote` (or --local).
import { createSqlStore, d1Database } from '@alipay-escrow/core';
import { alipayEscrow } from '@alipay-escrow/workers';

export interface Env {
  DB: D1Database;
  ALIPAY_PARTNER: string;
  ALIPAY_KEY: string;
  ALIPAY_SELLER_ID: string;
  /** Optional: another gateway, e.g. the local sandbox (`http://127.0.0.1:7001/gateway.do`). */
  ALIPAY_GATEWAY_URL?: string;
}

export default alipayEscrow<Env>((env) => ({
  merchant: {
    partner: env.ALIPAY_PARTNER,
    keys: { signType: 'MD5', key: env.ALIPAY_KEY },
    charset: 'utf-8',
    seller: { id: env.ALIPAY_SELLER_ID },
    ...(env.ALIPAY_GATEWAY_URL ? { gatewayUrl: env.ALIPAY_GATEWAY_URL } : {}),
  },
  store: createSqlStore(d1Database(env.DB)),
  hooks: {
    // Runs once per order and milestone (retried until it succeeds); dedupe on idempotencyKey.
    onPaid: async ({ order, idempotencyKey }) => {
      console.log(`paid: ${order.outTradeNo} (${order.totalFee} yuan), key ${idempotencyKey}`);
    },
  },
})) satisfies ExportedHandler<Env>;
