// A Worker that only RECEIVES: Alipay's notify_url and return_url, orders in D1, nothing else of
// the library (payment requests are built by another app sharing the same database). Everything
// comes from the receiver entries, so the bundle leaves out payment building, signed gateway calls,
// XML, GBK and RSA; its store has only the steps a receiver takes, in SQLite's SQL (no migrate, no
// listings, no Postgres statements). A GBK merchant adds `import { gbk } from '@alipay-escrow/core/gbk'` and
// `plugins: [gbk]`; RSA keys need `rsa` from '@alipay-escrow/core/rsa' the same way.
import { createSqliteReceiverStore, d1Database } from '@alipay-escrow/core/receiver';
import { alipayEscrow } from '@alipay-escrow/workers/receiver';

export interface Env {
  DB: D1Database;
  ALIPAY_PARTNER: string;
  ALIPAY_KEY: string;
  ALIPAY_SELLER_ID: string;
}

export default alipayEscrow<Env>((env) => ({
  merchant: {
    partner: env.ALIPAY_PARTNER,
    keys: { signType: 'MD5', key: env.ALIPAY_KEY },
    charset: 'utf-8',
    seller: { id: env.ALIPAY_SELLER_ID },
  },
  store: createSqliteReceiverStore(d1Database(env.DB)),
  hooks: {
    // Runs once per order and milestone (retried until it succeeds); dedupe on idempotencyKey.
    onPaid: async ({ order, idempotencyKey }) => {
      console.log(`paid: ${order.outTradeNo} (${order.totalFee} yuan), key ${idempotencyKey}`);
    },
  },
})) satisfies ExportedHandler<Env>;
