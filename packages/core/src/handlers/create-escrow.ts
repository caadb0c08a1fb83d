import { resolveEscrowOptions } from './context.js';
import { createPayment } from './create-payment.js';
import { handleNotify } from './handle-notify.js';
import { handleReturn } from './handle-return.js';
import { reconcile } from './reconcile.js';
import { replay } from './replay.js';
import { sendGoods } from './send-goods.js';
import type { Escrow, EscrowOptions } from './types.js';

/**
 * The merchant's side of the escrow trade: payment requests, the notify and return endpoints
 * (web Request → Response), reconciliation, shipping and replay, over one store. Options are
 * checked now, so a misconfiguration fails at start-up rather than on the first notification.
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
  } satisfies Escrow);
}
