/** The JSON of GET /api/orders/:outTradeNo (the HTTP surface in examples/shop/README.md). */
import type { Escrow, OrderPhase, OrderRecord } from '@alipay-escrow/core';
import type { EffectKind } from '@alipay-escrow/core/escrow';
import type { ShopDb } from './shop-db.js';

export interface OrderJson {
  outTradeNo: string;
  status: OrderPhase;
  tradeStatus: OrderRecord['tradeStatus'];
  refundStatus: OrderRecord['refundStatus'];
  tradeNo: string | null;
  totalFee: string | null;
  /** `runs`: how many times that hook succeeded. */
  effects: { kind: EffectKind; runs: number; key: string; detail: string | null }[];
}

export async function orderJson(escrow: Escrow, shopDb: ShopDb, order: OrderRecord): Promise<OrderJson> {
  const effects = await escrow.listEffects(order.outTradeNo);
  const runs = shopDb.runsOf(order.outTradeNo);
  return {
    outTradeNo: order.outTradeNo,
    status: order.phase,
    tradeStatus: order.tradeStatus,
    refundStatus: order.refundStatus,
    tradeNo: order.tradeNo,
    totalFee: order.totalFee,
    effects: effects.map((e) => ({ kind: e.kind, runs: runs.get(e.key) ?? 0, key: e.key, detail: e.detail })),
  };
}
