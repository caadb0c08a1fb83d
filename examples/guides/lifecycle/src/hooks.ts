/**
 * The hooks of an escrow shop, one per step of the trade. `ShopActions` stands for your own code
 * (database, warehouse, e-mail); the lifecycle guide explains when each hook runs.
 */
import type { Anomaly, EscrowHooks } from '@alipay-escrow/core';

/** Your shop's own operations. Each takes the idempotency key, so it can do its work once. */
export interface ShopActions {
  prepareShipment(outTradeNo: string, idempotencyKey: string): Promise<void>;
  tellBuyerShipped(outTradeNo: string, idempotencyKey: string): Promise<void>;
  completeOrder(outTradeNo: string, idempotencyKey: string): Promise<void>;
  releaseStock(outTradeNo: string, idempotencyKey: string): Promise<void>;
  recordRefundStep(outTradeNo: string, refundStatus: string, idempotencyKey: string): Promise<void>;
  audit(outTradeNo: string, change: string): Promise<void>;
  alert(anomaly: Anomaly): Promise<void>;
}

// #region hooks
export function lifecycleHooks(shop: ShopActions): EscrowHooks {
  return {
    // The buyer paid; Alipay holds the money. Pack the goods, then call
    // escrow.sendGoods().
    onPaid: ({ order, idempotencyKey }) => shop.prepareShipment(order.outTradeNo, idempotencyKey),
    // The trade is marked shipped (your sendGoods call, or the seller's Alipay
    // back office).
    onShipped: ({ order, idempotencyKey }) => shop.tellBuyerShipped(order.outTradeNo, idempotencyKey),
    // The buyer confirmed receipt (or the receipt period ran out): the seller
    // gets the money.
    onFinished: ({ order, idempotencyKey }) => shop.completeOrder(order.outTradeNo, idempotencyKey),
    // Closed: unpaid and timed out, closed by the seller, or refunded before
    // shipping.
    onClosed: ({ order, idempotencyKey }) => shop.releaseStock(order.outTradeNo, idempotencyKey),
    // Every step of a refund; `detail` is the refund status reached.
    onRefund: ({ order, detail, idempotencyKey }) =>
      shop.recordRefundStep(order.outTradeNo, detail ?? '', idempotencyKey),
    // Every change of state, the ones above included; `detail` is "from→to".
    onTransition: ({ order, detail }) => shop.audit(order.outTradeNo, detail ?? ''),
    // A genuine message that disagrees with your records: nothing was applied.
    onAnomaly: (anomaly) => shop.alert(anomaly),
  };
}
// #endregion hooks
