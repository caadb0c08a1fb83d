import type { TransportType } from '../gateway/types.js';
import type { OrderRecord } from '../store/types.js';

/** The escrow logistics types a buyer can choose (docs/internals/payment-request.md#logistics, C p34); anything else is not passed on. */
const CHOSEN = new Set<string>(['POST', 'EXPRESS', 'EMS']);

/**
 * The logistics type the buyer chose, as the order records it (set from a genuine message's
 * `logistics_type`, or the only option offered); undefined when unknown. Send goods passes it on
 * as `create_transport_type`.
 */
export function chosenLogisticsType(order: OrderRecord): TransportType | undefined {
  const type = order.logisticsType;
  return type !== null && CHOSEN.has(type) ? (type as TransportType) : undefined;
}
