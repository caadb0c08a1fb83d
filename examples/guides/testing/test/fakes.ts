import type { Warehouse } from '../src/shop.js';

/** A warehouse in memory: one reservation per idempotency key; `failures` makes the next calls throw. */
export function memoryWarehouse(): Warehouse & {
  reserved: Map<string, string>;
  calls: number;
  failures: number;
} {
  return {
    reserved: new Map(),
    calls: 0,
    failures: 0,
    async reserve(outTradeNo, idempotencyKey) {
      this.calls++;
      if (this.failures > 0) {
        this.failures--;
        throw new Error('warehouse unavailable');
      }
      this.reserved.set(idempotencyKey, outTradeNo);
    },
  };
}
