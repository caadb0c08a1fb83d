/** The JSON of GET /api/orders/:outTradeNo (DESIGN.md "Demo shop HTTP surface"). */
export async function orderJson(escrow, shopDb, order) {
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
