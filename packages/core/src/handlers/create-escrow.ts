import { installFullSupport } from '../full-support.js';
import { createGatewayClient } from '../gateway/client.js';
import { resolveEscrowOptions } from './context.js';
import { createPayment } from './create-payment.js';
import { handleNotify } from './handle-notify.js';
import { withWarningHeader } from './notify-warning-header.js';
import { handleReturn } from './handle-return.js';
import { pruneLog } from './prune-log.js';
import { reconcile } from './reconcile.js';
import { replay } from './replay.js';
import { sendGoods } from './send-goods.js';
import { sweep } from '../sweep/sweep.js';
import type { LogListFilter } from '../store/types.js';
import type { Escrow, EscrowOptions, LogFilter } from './types.js';

// createEscrow always has GBK and RSA (the receiver entry loads them only on request)
installFullSupport();

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
  const ctx = resolveEscrowOptions(options, (config) =>
    createGatewayClient({ partner: config.partner, keys: config.keys, charset: config.charset, gatewayUrl: config.gateway.url }),
  );
  return Object.freeze({
    createPayment: (order) => createPayment(ctx, order),
    handleNotify: (request, context) => withWarningHeader(ctx, (c) => handleNotify(c, request, context)),
    handleReturn: (request, context) => handleReturn(ctx, request, context),
    reconcile: (outTradeNo) => reconcile(ctx, outTradeNo),
    sendGoods: (outTradeNo, input) => sendGoods(ctx, outTradeNo, input),
    replay: (logId, replayOptions) => replay(ctx, logId, replayOptions),
    getOrder: (outTradeNo) => ctx.store.getOrder(outTradeNo),
    listEffects: (outTradeNo) => ctx.store.listEffects(outTradeNo),
    listLog: (filter) => ctx.store.listLog(filter === undefined ? undefined : logListFilter(filter)),
    getLog: (id) => ctx.store.getLog(id),
    pruneLog: (pruneOptions) => pruneLog(ctx, pruneOptions),
    sweep: (sweepOptions) => sweep(ctx, sweepOptions),
  } satisfies Escrow);
}

/** The store's listLog filter from the escrow's: the given fields only (the store checks them). */
function logListFilter(filter: LogFilter): LogListFilter {
  const { outTradeNo, verdicts, channels, since, before, limit } = filter;
  return {
    ...(outTradeNo === undefined ? {} : { outTradeNo }),
    ...(verdicts === undefined ? {} : { verdicts }),
    ...(channels === undefined ? {} : { channels }),
    ...(since === undefined ? {} : { since }),
    ...(before === undefined ? {} : { before }),
    ...(limit === undefined ? {} : { limit }),
  };
}
