// The Cron Trigger's handler: each run sweeps the escrow built from env, and reports stuck orders once.
import { createEscrow, createMemoryStore, type StuckReport } from '@alipay-escrow/core';
import { describe, expect, it } from 'vitest';
import { sweepHandler } from '../src/index.js';

const merchant = {
  partner: '2088101122136241',
  keys: { signType: 'MD5', key: '760bdzec6y9goq7ctyx96ezkz78287de' },
  charset: 'utf-8',
  seller: { id: '2088101122136241' },
  notifyUrl: 'https://shop.example.com/alipay/notify',
} as const;

describe('sweepHandler', () => {
  it('sweeps on every scheduled event with the options of env', async () => {
    let t = Date.parse('2026-03-01T00:00:00Z');
    const reports: StuckReport[] = [];
    const store = createMemoryStore();
    const escrow = createEscrow({
      merchant,
      store,
      now: () => new Date(t),
      logger: null,
      hooks: { onStuck: (r) => void reports.push(r) },
    });
    await escrow.createPayment({
      outTradeNo: 'W-1',
      subject: 'cron',
      price: '1.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
    const results: number[] = [];
    const scheduled = sweepHandler<{ UNPAID_HOURS: string }>(() => escrow, {
      sweep: (env) => ({ reconcile: false, unpaidHours: Number(env.UNPAID_HOURS) }),
      onResult: (result) => void results.push(result.reported.length),
    });
    const env = { UNPAID_HOURS: '2' };
    const event = { cron: '*/15 * * * *', scheduledTime: t };
    const ctx = { waitUntil: () => {} };

    await scheduled(event, env, ctx);
    t += 3 * 3_600_000;
    await scheduled(event, env, ctx);
    await scheduled(event, env, ctx);
    expect(results).toEqual([0, 1, 0]);
    expect(reports.map((r) => [r.outTradeNo, r.reason])).toEqual([['W-1', 'unpaid_too_long']]);
  });

  it('rejects when the sweep cannot run, so the invocation shows as failed', async () => {
    const scheduled = sweepHandler(
      { merchant, store: createMemoryStore(), logger: null },
      { sweep: { concurrency: 0 } },
    );
    await expect(scheduled({ cron: '0 * * * *', scheduledTime: 0 }, {}, { waitUntil: () => {} })).rejects.toMatchObject(
      { code: 'CONFIG_INVALID' },
    );
  });
});
