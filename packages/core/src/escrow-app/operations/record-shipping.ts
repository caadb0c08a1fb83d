import type { OrderRecord } from '../../store/types.js';
import { MAX_COMMIT_ATTEMPTS } from '../pipeline/commit-notice.js';
import type { EscrowDeps } from '../deps.js';
import { AlipayEscrowError } from '../../errors/error.js';
import { unknownOrderError } from './operation-errors.js';

/** Writes the seller's shipment onto the order (compare-and-set, re-read on conflict). */
export async function recordShipping(
  deps: EscrowDeps,
  outTradeNo: string,
  shipping: NonNullable<OrderRecord['shipping']>,
): Promise<OrderRecord> {
  for (let attempt = 1; attempt <= MAX_COMMIT_ATTEMPTS; attempt++) {
    const order = await deps.store.getOrder(outTradeNo);
    if (order === undefined) throw unknownOrderError(outTradeNo);
    const next: OrderRecord = { ...order, shipping, version: order.version + 1, updatedAt: shipping.at };
    if ((await deps.store.commit({ next, expectedVersion: order.version, effects: [] })).committed) return next;
  }
  throw new AlipayEscrowError(
    'CONCURRENT_UPDATE',
    `Order ${outTradeNo} kept changing while the shipment was recorded.`,
    {
      hint: 'Alipay accepted the shipment; call sendGoods again (the call is idempotent) or reconcile(outTradeNo).',
      status: 409,
    },
  );
}
