import { installFullSupport } from '../full-support.js';
import { createGatewayClient } from '../gateway/client.js';
import { resolveEscrowOptions } from './deps.js';
import { createPayment } from './operations/create-payment.js';
import { handleNotify } from './endpoints/handle-notify.js';
import { withWarningHeader } from './endpoints/warning-header.js';
import { handleReturn } from './endpoints/handle-return.js';
import { pruneLog } from './log/prune-log.js';
import { reconcile } from './operations/reconcile.js';
import { replay } from './operations/replay.js';
import { sendGoods } from './operations/send-goods.js';
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
  const deps = resolveEscrowOptions(options, (config) =>
    createGatewayClient({
      partner: config.partner,
      keys: config.keys,
      charset: config.charset,
      gatewayUrl: config.gateway.url,
    }),
  );
  return Object.freeze({
    createPayment: (order) => createPayment(deps, order),
    handleNotify: (request, info) => withWarningHeader(deps, (d) => handleNotify(d, request, info)),
    handleReturn: (request, info) => handleReturn(deps, request, info),
    reconcile: (outTradeNo) => reconcile(deps, outTradeNo),
    sendGoods: (outTradeNo, input) => sendGoods(deps, outTradeNo, input),
    replay: (logId, replayOptions) => replay(deps, logId, replayOptions),
    getOrder: (outTradeNo) => deps.store.getOrder(outTradeNo),
    listEffects: (outTradeNo) => deps.store.listEffects(outTradeNo),
    listLog: (filter) => deps.store.listLog(filter === undefined ? undefined : logListFilter(filter)),
    getLog: (id) => deps.store.getLog(id),
    pruneLog: (pruneOptions) => pruneLog(deps, pruneOptions),
    sweep: (sweepOptions) => sweep(deps, sweepOptions),
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
