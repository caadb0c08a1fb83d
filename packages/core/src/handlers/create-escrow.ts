import { resolveEscrowOptions } from './context.js';
import { createPayment } from './create-payment.js';
import { handleNotify } from './handle-notify.js';
import { handleReturn } from './handle-return.js';
import { pruneLog } from './prune-log.js';
import { reconcile } from './reconcile.js';
import { replay } from './replay.js';
import { sendGoods } from './send-goods.js';
import type { Escrow, EscrowOptions } from './types.js';

/**
 * The merchant's side of the escrow trade: payment requests, the notify and return endpoints
 * (web Request → Response), reconciliation, shipping and replay, over one store. Options are
 * checked now, so a misconfiguration fails at start-up rather than on the first notification:
 * see {@link EscrowOptions} for what is thrown. Without `gateway`, a gateway client is made from
 * `merchant` (partner, keys, charset, gatewayUrl). The store's schema is not created here: call
 * `await store.migrate()` once at start (or create the tables another way, e.g. D1 migrations).
 *
 * @example
 * ```ts
 * import { createEscrow, createMemoryStore } from '@alipay-escrow/core';
 *
 * const escrow = createEscrow({
 *   merchant: {
 *     partner: '2088101122136241',
 *     keys: { signType: 'MD5', key: 'your-32-character-md5-key' },
 *     charset: 'utf-8',
 *     seller: { id: '2088101122136241' },
 *     notifyUrl: 'https://shop.example.com/alipay/notify',
 *     returnUrl: 'https://shop.example.com/alipay/return',
 *   },
 *   store: createMemoryStore(),
 *   hooks: {
 *     onPaid: async (event) => console.log('ship order', event.order.outTradeNo),
 *   },
 * });
 *
 * const payment = await escrow.createPayment({
 *   outTradeNo: 'order-1001',
 *   subject: '测试商品',
 *   price: '19.90',
 *   quantity: 1,
 *   logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
 * });
 * // Send the buyer to payment.url, or answer with payment.page() as text/html.
 * ```
 */
export function createEscrow(options: EscrowOptions): Escrow {
  const ctx = resolveEscrowOptions(options);
  return Object.freeze({
    createPayment: (order) => createPayment(ctx, order),
    handleNotify: (request, context) => handleNotify(ctx, request, context),
    handleReturn: (request, context) => handleReturn(ctx, request, context),
    reconcile: (outTradeNo) => reconcile(ctx, outTradeNo),
    sendGoods: (outTradeNo, input) => sendGoods(ctx, outTradeNo, input),
    replay: (logId, replayOptions) => replay(ctx, logId, replayOptions),
    getOrder: (outTradeNo) => ctx.store.getOrder(outTradeNo),
    listEffects: (outTradeNo) => ctx.store.listEffects(outTradeNo),
    listLog: (filter) =>
      ctx.store.listLog(
        filter === undefined
          ? undefined
          : {
              ...(filter.outTradeNo === undefined ? {} : { outTradeNo: filter.outTradeNo }),
              ...(filter.limit === undefined ? {} : { limit: filter.limit }),
            },
      ),
    pruneLog: (pruneOptions) => pruneLog(ctx, pruneOptions),
  } satisfies Escrow);
}
