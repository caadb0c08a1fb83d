// The shop's record of the work it did once an order was paid, in the same Deno KV database as
// the escrow store (under keys of its own).
import type { EffectEvent } from '@alipay-escrow/core';

interface Fulfilment {
  outTradeNo: string;
  runs: number;
}

// #region fulfilments
export function kvFulfilments(kv: Deno.Kv) {
  return {
    /** The onPaid hook: does the shop's work once per idempotency key (here: writes it down). */
    async onPaid({ idempotencyKey, order }: EffectEvent): Promise<void> {
      // Reserve stock, send the e-mail, … here — keyed by idempotencyKey, then record it.
      const key = ['shop', 'fulfilment', order.outTradeNo, idempotencyKey];
      for (;;) {
        const current = await kv.get<Fulfilment>(key);
        const next = { outTradeNo: order.outTradeNo, runs: (current.value?.runs ?? 0) + 1 };
        // Written only if nobody changed the record since it was read; otherwise read again.
        if ((await kv.atomic().check(current).set(key, next).commit()).ok) return;
      }
    },
    /** How many times the work ran for this order: 1 after a payment, however often Alipay notified. */
    async count(outTradeNo: string): Promise<number> {
      let runs = 0;
      for await (const entry of kv.list<Fulfilment>({ prefix: ['shop', 'fulfilment', outTradeNo] }))
        runs += entry.value.runs;
      return runs;
    },
  };
}
// #endregion fulfilments

export type Fulfilments = ReturnType<typeof kvFulfilments>;
