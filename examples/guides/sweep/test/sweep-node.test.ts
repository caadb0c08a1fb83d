// The sweep guide's Node code, run: the interval sweeps and onStuck hears of an unpaid order once.
import { createEscrow, createMemoryStore, type SweepResult } from '@alipay-escrow/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSweeping, stuckHooks } from '../src/sweep-node.js';

const merchant = {
  partner: '2088101122136241',
  keys: { signType: 'MD5', key: 'sweep0guide0key0sweep0guide00000' },
  charset: 'utf-8',
  seller: { id: '2088101122136241' },
  notifyUrl: 'https://shop.example.com/alipay/notify',
} as const;

describe('sweeping on an interval', () => {
  afterEach(() => vi.useRealTimers());

  it('sweeps every 15 minutes and reports a stuck order once', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-01T00:00:00Z') });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // a gateway that never heard of the order: nobody took it to Alipay
    const escrow = createEscrow({
      merchant,
      store: createMemoryStore(),
      hooks: stuckHooks,
      logger: null,
      gateway: {
        notifyVerify: async () => ({ outcome: 'rejected' as const }),
        sendGoods: never,
        singleTradeQuery: async () => ({
          ok: false as const,
          error: 'TRADE_NOT_EXIST',
          retryable: false,
          signVerified: 'absent' as const,
          raw: '',
        }),
        closeTrade: never,
      },
    });
    await escrow.createPayment({
      outTradeNo: 'G-1',
      subject: 'guide',
      price: '1.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
    const results: SweepResult[] = [];
    const stop = startSweeping(escrow, 15 * 60_000, (r) => results.push(r));
    await vi.advanceTimersByTimeAsync(25 * 3_600_000);
    stop();
    expect(results.length).toBe(100);
    expect(results.flatMap((r) => r.reported.map((s) => [s.outTradeNo, s.reason, s.code]))).toEqual([
      ['G-1', 'unpaid_too_long', 'TRADE_NOT_EXIST'],
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

async function never(): Promise<never> {
  throw new Error('not called in this test');
}
