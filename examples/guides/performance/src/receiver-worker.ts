// A Worker that only receives, for a GBK merchant: Alipay's notify_url and return_url, orders in
// D1 (created by the app that builds the payments, on the same database). Everything comes from
// the receiver entries, and GBK is the one plug-in it asks for.
// #region receiver
import {
  createSqliteReceiverStore,
  d1Database,
  type D1DatabaseLike,
  type ReceiverOptions,
} from '@alipay-escrow/core/receiver';
import { gbk } from '@alipay-escrow/core/gbk';
import { alipayEscrow } from '@alipay-escrow/workers/receiver';

export interface Env {
  DB: D1DatabaseLike;
  ALIPAY_PARTNER: string;
  ALIPAY_KEY: string;
  ALIPAY_SELLER_ID: string;
}

export function receiverOptions(env: Env): ReceiverOptions {
  return {
    merchant: {
      partner: env.ALIPAY_PARTNER,
      keys: { signType: 'MD5', key: env.ALIPAY_KEY },
      charset: 'gbk',
      seller: { id: env.ALIPAY_SELLER_ID },
    },
    store: createSqliteReceiverStore(d1Database(env.DB)),
    // without it, createReceiver throws CONFIG_INVALID: the GBK tables are not in the bundle
    plugins: [gbk],
    hooks: {
      onPaid: async ({ order, idempotencyKey }) => {
        console.log(`paid: ${order.outTradeNo}, key ${idempotencyKey}`);
      },
    },
  };
}

export default alipayEscrow<Env>(receiverOptions);
// #endregion receiver
