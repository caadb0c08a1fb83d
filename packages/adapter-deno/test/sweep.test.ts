// escrow.sweep with the merchant on Deno KV, against the sandbox on its manual clock (the same
// world as packages/sandbox/test/sweep.test.ts runs on the Node stores).
import { describe, expect, it } from 'vitest';
import type { StuckReport } from '@alipay-escrow/core';
import { mulberry32 } from '../../sandbox/src/prng.js';
import {
  DAY,
  HOUR,
  openWorld,
  orderOf,
  PAST_RETRIES,
  type OpenStore,
  type World,
} from '../../sandbox/test/sweep-harness.js';
import { createDenoKvStore } from '@alipay-escrow/core/deno-kv';

const openKv: OpenStore = async () => {
  const kv = await Deno.openKv(':memory:');
  return { store: createDenoKvStore(kv), close: async () => kv.close() };
};

async function inWorld(hooks: Parameters<typeof openWorld>[1], run: (world: World) => Promise<void>): Promise<void> {
  const world = await openWorld(openKv, hooks);
  try {
    await run(world);
  } finally {
    await world.close();
  }
}

describe('sweep on deno kv', () => {
  const reports: StuckReport[] = [];

  it('reports a paid order that was never shipped once, however often it runs', () =>
    inWorld({ onStuck: (r: StuckReport) => void reports.push(r) }, async (world) => {
      await world.create(orderOf('P-1'));
      await world.act('P-1', 'pay');
      await world.sandbox.clock.advance(3 * DAY + HOUR);
      const first = await world.escrow.sweep();
      const second = await world.escrow.sweep();
      expect(reports.map((r) => [r.outTradeNo, r.reason, r.code])).toEqual([['P-1', 'paid_not_shipped', null]]);
      expect(first.reported.length).toBe(1);
      expect([second.reported.length, second.alreadyReported, second.failed.length]).toEqual([0, 1, 0]);
    }));

  it('reconciles an order whose notifications were all dropped to the gateway’s state', () =>
    inWorld({}, async (world) => {
      world.unreachable.add('D-1');
      await world.create(orderOf('D-1'));
      await world.act('D-1', 'pay');
      await world.ship('D-1');
      await world.sandbox.clock.advance(PAST_RETRIES);
      expect((await world.escrow.getOrder('D-1'))?.phase).toBe('created');
      const result = await world.escrow.sweep({ unpaidHours: 1 });
      expect(await world.escrow.getOrder('D-1')).toMatchObject({
        phase: 'shipped',
        tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
      });
      expect(result.reconciled.map((r) => [r.outTradeNo, r.from, r.to])).toEqual([['D-1', 'created', 'shipped']]);
    }));

  it('brings 1,000 orders whose notifications were dropped past the retry window level with the gateway in one sweep', () =>
    inWorld({}, async (world) => {
      const random = mulberry32(20261207);
      const flows: (Parameters<World['act']>[1] | 'ship')[][] = [
        [],
        ['pay'],
        ['pay', 'ship'],
        ['pay', 'ship', 'confirm'],
        ['close'],
        ['pay', 'apply'],
        ['pay', 'apply', 'agree'],
      ];
      const ids = Array.from({ length: 1000 }, (_, i) => `M-${String(i).padStart(4, '0')}`);
      for (const id of ids) {
        if (random() < 0.6) world.unreachable.add(id);
        await world.create(orderOf(id));
        for (const step of flows[Math.floor(random() * flows.length)]!) {
          if (step === 'ship') await world.ship(id);
          else await world.act(id, step);
        }
      }
      await world.sandbox.clock.advance(PAST_RETRIES);
      const result = await world.escrow.sweep({
        unpaidHours: 1,
        unshippedDays: 1,
        unconfirmedDays: 1,
        refundOpenDays: 1,
        concurrency: 8,
      });
      expect(result.failed).toEqual([]);
      const trades = await world.trades();
      const differ = [];
      for (const id of ids) {
        const mine = await world.escrow.getOrder(id);
        const theirs = trades.get(id)!;
        if (mine?.tradeStatus !== theirs.tradeStatus || mine?.refundStatus !== theirs.refundStatus) differ.push(id);
      }
      expect(differ).toEqual([]);
      expect(result.reconciled.length).toBeGreaterThan(400);
    }));
});
