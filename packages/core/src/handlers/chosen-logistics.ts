import type { TransportType } from '../gateway/types.js';
import { latin1, parseFormBody } from '../protocol/form-body.js';
import type { EscrowStore } from '../store/types.js';

const CHOSEN = new Set<string>(['POST', 'EXPRESS', 'EMS']);
const GENUINE = new Set<string>(['applied', 'duplicate', 'stale']);

/**
 * The logistics type the buyer chose, as the newest genuine notification or return of the order
 * states it (`logistics_type`); undefined when none does. Send goods passes it on as
 * `create_transport_type`.
 */
export async function chosenLogisticsType(store: EscrowStore, outTradeNo: string): Promise<TransportType | undefined> {
  const entries = await store.listLog({ outTradeNo, limit: 50 });
  for (const entry of entries) {
    if (entry.channel === 'reconcile' || !GENUINE.has(entry.verdict)) continue;
    try {
      const param = parseFormBody(entry.raw).find((p) => p.key === 'logistics_type');
      const value = param ? latin1(param.value) : '';
      if (CHOSEN.has(value)) return value as TransportType;
    } catch {
      // not a form body: look further back
    }
  }
  return undefined;
}
