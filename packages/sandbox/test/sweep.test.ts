// escrow.sweep against the sandbox on every store the merchant can run on, with the sandbox's
// manual clock: stuck orders are reconciled from the gateway or reported once through onStuck.
import type { StuckReport } from '@alipay-escrow/core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '../src/prng.js';
import { DAY, HOUR, openWorld, orderOf, PAST_RETRIES, type World } from './sweep-harness.js';
import { closeSharedEngines, STORE_KINDS } from './sweep-stores.js';

afterAll(() => closeSharedEngines());

describe.each(STORE_KINDS)('sweep on $name', { timeout: 30_000 }, (kind) => {
  let world: World | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('reports a paid order that was never shipped once, however often it runs', async () => {
    const reports: StuckReport[] = [];
    world = await openWorld(kind.open, { onStuck: (r) => void reports.push(r) });
    await world.create(orderOf('P-1'));
    await world.act('P-1', 'pay');
    await world.sandbox.clock.advance(60);
    expect((await world.escrow.getOrder('P-1'))?.phase).toBe('paid');

    expect((await world.escrow.sweep()).reported).toEqual([]); // within the 3 days
    await world.sandbox.clock.advance(3 * DAY + HOUR);
    const first = await world.escrow.sweep();
    const second = await world.escrow.sweep();

    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reason: 'paid_not_shipped', outTradeNo: 'P-1', code: null, logId: null });
    expect(reports[0]!.order?.phase).toBe('paid');
    expect(reports[0]!.idempotencyKey).toBe(`P-1:paid_not_shipped:${reports[0]!.order!.version}`);
    expect(first.reported.map((r) => r.outTradeNo)).toEqual(['P-1']);
    expect(second).toMatchObject({ reported: [], alreadyReported: 1, failed: [], reconciled: [] });
  });

  it('asks the gateway about an order that stays stuck only each time its age doubles', async () => {
    world = await openWorld(kind.open, {});
    await world.create(orderOf('B-1'));
    await world.act('B-1', 'pay');
    await world.sandbox.clock.advance(60);
    const queries = async () => (await world!.escrow.listLog({ outTradeNo: 'B-1', channels: ['reconcile'] })).length;
    await world.sandbox.clock.advance(3 * DAY);
    for (let run = 0; run < 4; run++) await world.escrow.sweep(); // past the limit: asked once
    expect(await queries()).toBe(1);
    await world.sandbox.clock.advance(2 * DAY);
    await world.escrow.sweep(); // 5 days: still under twice the limit
    expect(await queries()).toBe(1);
    await world.sandbox.clock.advance(DAY + HOUR);
    await world.escrow.sweep(); // past 6 days
    await world.escrow.sweep();
    expect(await queries()).toBe(2);
  });

  it('reports again on the next run when onStuck threw', async () => {
    let calls = 0;
    world = await openWorld(kind.open, {
      onStuck: () => {
        calls++;
        if (calls === 1) throw new Error('pager down');
      },
    });
    await world.create(orderOf('P-2'));
    await world.act('P-2', 'pay');
    await world.sandbox.clock.advance(4 * DAY);

    const failed = await world.escrow.sweep();
    expect(failed.failed).toEqual([
      expect.objectContaining({ outTradeNo: 'P-2', reason: 'paid_not_shipped', code: 'HOOK_FAILED' }),
    ]);
    const retried = await world.escrow.sweep();
    expect(retried.reported.map((r) => r.outTradeNo)).toEqual(['P-2']);
    expect((await world.escrow.sweep()).alreadyReported).toBe(1);
    expect(calls).toBe(2);
  });

  it('reconciles an order whose notifications were all dropped to the gateway’s state', async () => {
    const reports: StuckReport[] = [];
    world = await openWorld(kind.open, { onStuck: (r) => void reports.push(r) });
    world.unreachable.add('D-1');
    await world.create(orderOf('D-1'));
    await world.act('D-1', 'pay');
    await world.ship('D-1');
    await world.sandbox.clock.advance(PAST_RETRIES);
    expect((await world.escrow.getOrder('D-1'))?.phase).toBe('created'); // not one notification arrived

    const result = await world.escrow.sweep({ unpaidHours: 1 });

    const order = await world.escrow.getOrder('D-1');
    expect(order).toMatchObject({
      phase: 'shipped',
      tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
      tradeNo: (await world.trades()).get('D-1')!.tradeNo,
    });
    expect(result.reconciled).toEqual([
      expect.objectContaining({ outTradeNo: 'D-1', reason: 'unpaid_too_long', from: 'created', to: 'shipped' }),
    ]);
    expect(reports).toEqual([]);
    expect((await world.escrow.listLog({ outTradeNo: 'D-1', channels: ['reconcile'] }))[0]?.verdict).toBe('applied');
  });

  it('reports an order the gateway never heard of with its code, and stops asking a failing gateway', async () => {
    const reports: StuckReport[] = [];
    world = await openWorld(kind.open, { onStuck: (r) => void reports.push(r) });
    await world.escrow.createPayment(orderOf('N-1')); // the buyer never went to Alipay
    await world.sandbox.clock.advance(2 * DAY);
    const result = await world.escrow.sweep();
    expect(result.failed).toEqual([]);
    expect(reports).toEqual([
      expect.objectContaining({ outTradeNo: 'N-1', reason: 'unpaid_too_long', code: 'TRADE_NOT_EXIST' }),
    ]);

    for (const n of [2, 3, 4]) await world.escrow.createPayment(orderOf(`N-${n}`));
    await world.sandbox.close(); // the gateway now answers 503 to everything
    await world.sandbox.clock.advance(2 * DAY);
    const down = await world.escrow.sweep({ gatewayFailureLimit: 2, concurrency: 1 });
    // N-1 is still unsettled, so it is asked about again: two failures, then nobody is asked
    expect(down.failed.map((f) => f.code)).toEqual(Array(4).fill('GATEWAY_HTTP_ERROR'));
    expect(down.failed.slice(2).map((f) => f.message)).toEqual(
      Array(2).fill('Not asked: the gateway failed 2 times in a row in this run.'),
    );
    expect(down.complete).toBe(false);
    expect(reports).toHaveLength(1);
  });

  it('closes a trade still unpaid at Alipay when asked to', async () => {
    world = await openWorld(kind.open, {});
    await world.create(orderOf('C-1'));
    await world.sandbox.clock.advance(2 * HOUR);
    const result = await world.escrow.sweep({ unpaidHours: 1, closeUnpaid: true });
    expect(result.reconciled).toEqual([
      expect.objectContaining({ outTradeNo: 'C-1', from: 'awaiting_payment', to: 'closed' }),
    ]);
    expect((await world.trades()).get('C-1')?.tradeStatus).toBe('TRADE_CLOSED');
  });

  it(`brings ${kind.bulkOrders.toLocaleString('en')} orders whose notifications were dropped past the retry window level with the gateway in one sweep`, {
    timeout: 240_000,
  }, async () => {
    world = await openWorld(kind.open, {});
    const random = mulberry32(20261207);
    const flows: (Parameters<World['act']>[1] | 'ship')[][] = [
      [],
      ['pay'],
      ['pay', 'ship'],
      ['pay', 'ship', 'confirm'],
      ['close'],
      ['pay', 'apply'],
      ['pay', 'apply', 'agree'],
      ['pay', 'ship', 'apply', 'refuse'],
      ['pay', 'ship', 'apply', 'cancel'],
    ];
    const ids = Array.from({ length: kind.bulkOrders }, (_, i) => `M-${String(i).padStart(4, '0')}`);
    for (const id of ids) {
      if (random() < 0.6) world.unreachable.add(id);
      await world.create(orderOf(id));
      for (const step of flows[Math.floor(random() * flows.length)]!) {
        if (step === 'ship') await world.ship(id);
        else await world.act(id, step);
      }
    }
    await world.sandbox.clock.advance(PAST_RETRIES);
    const trades = await world.trades();
    const behind = [];
    for (const id of ids) {
      const mine = await world.escrow.getOrder(id);
      if (mine?.tradeStatus !== trades.get(id)!.tradeStatus || mine?.refundStatus !== trades.get(id)!.refundStatus)
        behind.push(id);
    }
    expect(behind.length).toBeGreaterThan(kind.bulkOrders * 0.4);

    const result = await world.escrow.sweep({
      unpaidHours: 1,
      unshippedDays: 1,
      unconfirmedDays: 1,
      refundOpenDays: 1,
      concurrency: 8,
    });

    expect(result.failed).toEqual([]);
    for (const id of ids) {
      const mine = await world.escrow.getOrder(id);
      const theirs = trades.get(id)!;
      expect({ id, tradeStatus: mine?.tradeStatus, refundStatus: mine?.refundStatus }).toEqual({
        id,
        tradeStatus: theirs.tradeStatus,
        refundStatus: theirs.refundStatus,
      });
    }
    expect(result.reconciled.length).toBeGreaterThanOrEqual(behind.length);
  });
});
