// The happy paths through handleNotify on every store engine: each trade status in turn, both
// refund sequences, effects exactly once with their idempotency keys, phases, the log.
import { describe, expect, it } from 'vitest';
import { storeFactories } from '../stores/factories.node.js';
import { deliver, notification, orderInput, shop, type Shop } from './harness.js';

type Step = { trade: string; refund?: string; phase: string; keys: string[] };

const T = (state: string) => `transition:${state}`;

/** Buyer pays, seller ships, buyer confirms. */
const PATH: Step[] = [
  { trade: 'WAIT_BUYER_PAY', phase: 'awaiting_payment', keys: [T('WAIT_BUYER_PAY/none/0')] },
  { trade: 'WAIT_SELLER_SEND_GOODS', phase: 'paid', keys: ['paid', T('WAIT_SELLER_SEND_GOODS/none/0')] },
  { trade: 'WAIT_BUYER_CONFIRM_GOODS', phase: 'shipped', keys: ['shipped', T('WAIT_BUYER_CONFIRM_GOODS/none/0')] },
  { trade: 'TRADE_FINISHED', phase: 'finished', keys: ['finished', T('TRADE_FINISHED/none/0')] },
];

/** Buyer has the goods: agree → return goods → seller confirms → refunded; the trade finishes (docs/internals/lifecycle.md#after-a-refund, CR p10). */
const REFUND_WITH_GOODS: Step[] = [
  PATH[0]!,
  PATH[1]!,
  PATH[2]!,
  {
    trade: 'WAIT_BUYER_CONFIRM_GOODS',
    refund: 'WAIT_SELLER_AGREE',
    phase: 'refunding',
    keys: ['refund:1:WAIT_SELLER_AGREE', T('WAIT_BUYER_CONFIRM_GOODS/WAIT_SELLER_AGREE/1')],
  },
  {
    trade: 'WAIT_BUYER_CONFIRM_GOODS',
    refund: 'WAIT_BUYER_RETURN_GOODS',
    phase: 'refunding',
    keys: ['refund:1:WAIT_BUYER_RETURN_GOODS', T('WAIT_BUYER_CONFIRM_GOODS/WAIT_BUYER_RETURN_GOODS/1')],
  },
  {
    trade: 'WAIT_BUYER_CONFIRM_GOODS',
    refund: 'WAIT_SELLER_CONFIRM_GOODS',
    phase: 'refunding',
    keys: ['refund:1:WAIT_SELLER_CONFIRM_GOODS', T('WAIT_BUYER_CONFIRM_GOODS/WAIT_SELLER_CONFIRM_GOODS/1')],
  },
  {
    trade: 'TRADE_FINISHED',
    refund: 'REFUND_SUCCESS',
    phase: 'finished',
    keys: ['finished', 'refund:1:REFUND_SUCCESS', T('TRADE_FINISHED/REFUND_SUCCESS/1')],
  },
];

/** Buyer does not have the goods: agree → refunded; the trade closes (docs/internals/lifecycle.md#after-a-refund, CR p10). */
const REFUND_WITHOUT_GOODS: Step[] = [
  PATH[0]!,
  PATH[1]!,
  {
    trade: 'WAIT_SELLER_SEND_GOODS',
    refund: 'WAIT_SELLER_AGREE',
    phase: 'refunding',
    keys: ['refund:1:WAIT_SELLER_AGREE', T('WAIT_SELLER_SEND_GOODS/WAIT_SELLER_AGREE/1')],
  },
  {
    trade: 'TRADE_CLOSED',
    refund: 'REFUND_SUCCESS',
    phase: 'closed',
    keys: ['closed', 'refund:1:REFUND_SUCCESS', T('TRADE_CLOSED/REFUND_SUCCESS/1')],
  },
];

/** Unpaid, then closed on timeout. */
const CLOSED_UNPAID: Step[] = [
  PATH[0]!,
  { trade: 'TRADE_CLOSED', phase: 'closed', keys: ['closed', T('TRADE_CLOSED/none/0')] },
];

const SEQUENCES: [string, Step[]][] = [
  ['pay → ship → confirm', PATH],
  ['refund, buyer has the goods', REFUND_WITH_GOODS],
  ['refund, buyer has no goods', REFUND_WITHOUT_GOODS],
  ['closed before payment', CLOSED_UNPAID],
];

const KIND_OF: Record<string, string> = { paid: 'paid', shipped: 'shipped', finished: 'finished', closed: 'closed' };
const kindOf = (slot: string) => KIND_OF[slot] ?? slot.split(':')[0]!;

async function walk(s: Shop, outTradeNo: string, steps: Step[]): Promise<void> {
  await s.escrow.createPayment(orderInput(outTradeNo));
  const expectedKeys: string[] = [];
  for (const [i, step] of steps.entries()) {
    const message = await notification({
      outTradeNo,
      tradeStatus: step.trade,
      ...(step.refund ? { refundStatus: step.refund } : {}),
    });
    const reply = await deliver(s.escrow, message);
    expect(reply.body).toBe('success');
    expect(reply.status).toBe(200);
    expect(reply.response.headers.get('content-type')).toBe('text/plain; charset=utf-8');

    const order = (await s.escrow.getOrder(outTradeNo))!;
    expect(order.phase).toBe(step.phase);
    expect(order.tradeStatus).toBe(step.trade);
    expect(order.refundStatus).toBe(step.refund ?? (i > 0 ? (steps[i - 1]!.refund ?? null) : null) ?? null);
    expect(order.version).toBe(i + 1);
    expect(order.tradeNo).toBe(message.params['trade_no']);

    expectedKeys.push(...step.keys.map((slot) => `${outTradeNo}:${slot}`));
    // each effect ran exactly once, in the order planned, with its own hook
    expect(s.hooks.keys()).toEqual(expectedKeys);
    expect(s.hooks.events.map((e) => e.kind)).toEqual(expectedKeys.map((k) => kindOf(k.slice(outTradeNo.length + 1))));
    expect(s.hooks.events.every((e) => e.attempt === 1)).toBe(true);

    // the same notification again: success, nothing new
    const again = await deliver(s.escrow, message);
    expect(again.body).toBe('success');
    expect(s.hooks.keys()).toEqual(expectedKeys);
    expect((await s.escrow.getOrder(outTradeNo))!.version).toBe(i + 1);
  }
  const effects = await s.escrow.listEffects(outTradeNo);
  expect(effects.map((e) => e.key)).toEqual(expectedKeys);
  expect(effects.every((e) => e.status === 'done' && e.attempts === 1 && e.lastError === null)).toBe(true);

  const log = await s.escrow.listLog({ outTradeNo });
  expect(log).toHaveLength(steps.length * 2);
  expect(log.filter((e) => e.verdict === 'applied')).toHaveLength(steps.length);
  expect(log.filter((e) => e.verdict === 'duplicate')).toHaveLength(steps.length);
  expect(log.every((e) => e.channel === 'notify' && e.reply === 'success' && e.code === null)).toBe(true);
}

for (const factory of storeFactories()) {
  describe(`handleNotify happy paths — ${factory.name}`, () => {
    for (const [name, steps] of SEQUENCES) {
      it(name, { timeout: 60_000 }, async () => {
        const { store, close } = await factory.create();
        try {
          await walk(shop(store), `FLOW-${name.replace(/\W+/g, '-')}`, steps);
        } finally {
          await close();
        }
      });
    }

    it('an effect event carries the committed order and a key unique per order', { timeout: 60_000 }, async () => {
      const { store, close } = await factory.create();
      try {
        const s = shop(store);
        for (const id of ['E-1', 'E-2']) {
          await s.escrow.createPayment(orderInput(id));
          expect(
            (await deliver(s.escrow, await notification({ outTradeNo: id, tradeStatus: 'WAIT_SELLER_SEND_GOODS' })))
              .body,
          ).toBe('success');
        }
        const paid = s.hooks.events.filter((e) => e.kind === 'paid');
        expect(paid.map((e) => e.idempotencyKey)).toEqual(['E-1:paid', 'E-2:paid']);
        expect(paid[0]!.order).toMatchObject({
          outTradeNo: 'E-1',
          phase: 'paid',
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          totalFee: '10.00',
          version: 1,
        });
        expect(paid[0]!.detail).toBeNull();
        const transition = s.hooks.events.find((e) => e.kind === 'transition')!;
        expect(transition.detail).toBe('none/none/0→WAIT_SELLER_SEND_GOODS/none/0');
      } finally {
        await close();
      }
    });
  });
}

describe('handleNotify order of arrival', () => {
  it('a notice behind the current state is stale: logged, nothing applied, success', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store);
      await s.escrow.createPayment(orderInput('LATE-1'));
      const paid = await notification({ outTradeNo: 'LATE-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
      const created = await notification({ outTradeNo: 'LATE-1', tradeStatus: 'WAIT_BUYER_PAY' });
      expect((await deliver(s.escrow, paid)).body).toBe('success');
      expect((await deliver(s.escrow, created)).body).toBe('success');
      const order = (await s.escrow.getOrder('LATE-1'))!;
      expect(order).toMatchObject({ tradeStatus: 'WAIT_SELLER_SEND_GOODS', phase: 'paid', version: 1 });
      const [latest] = await s.escrow.listLog({ outTradeNo: 'LATE-1', limit: 1 });
      expect(latest).toMatchObject({ verdict: 'stale', tradeStatus: 'WAIT_BUYER_PAY', reply: 'success' });
      expect(latest!.detail).toContain('WAIT_BUYER_PAY');
      // a jump straight to paid still fires paid once
      expect(s.hooks.keys()).toEqual(['LATE-1:paid', 'LATE-1:transition:WAIT_SELLER_SEND_GOODS/none/0']);
    } finally {
      await close();
    }
  });

  it('refuse, then a late re-delivery of the application: stale, no second cycle, no extra onRefund; a real re-application still opens cycle 2', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store);
      const id = 'REFUSE-1';
      await s.escrow.createPayment(orderInput(id));
      const at = (second: number) => ({
        outTradeNo: id,
        notifyTime: `2026-03-01 16:00:${String(second).padStart(2, '0')}`,
      });
      const paid = await notification({ ...at(1), tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
      const applied = await notification({
        ...at(2),
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'WAIT_SELLER_AGREE',
      });
      const refused = await notification({
        ...at(3),
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'SELLER_REFUSE_BUYER',
      });
      for (const message of [paid, applied, refused, applied])
        expect((await deliver(s.escrow, message)).body).toBe('success');

      expect(await s.escrow.getOrder(id)).toMatchObject({
        refundStatus: 'SELLER_REFUSE_BUYER',
        refundCycle: 1,
        phase: 'refunding',
        noticeTime: '2026-03-01 16:00:03',
      });
      const [late] = await s.escrow.listLog({ outTradeNo: id, limit: 1 });
      expect(late).toMatchObject({ verdict: 'stale', refundStatus: 'WAIT_SELLER_AGREE', reply: 'success' });
      expect(late!.detail).toContain('2026-03-01 16:00:02');
      expect(late!.detail).toContain('2026-03-01 16:00:03');
      const refunds = () => s.hooks.events.filter((e) => e.kind === 'refund').map((e) => e.idempotencyKey);
      expect(refunds()).toEqual([`${id}:refund:1:WAIT_SELLER_AGREE`, `${id}:refund:1:SELLER_REFUSE_BUYER`]);

      // The buyer really applies again; the refusal re-delivered afterwards does not close it.
      const reapplied = await notification({
        ...at(4),
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'WAIT_SELLER_AGREE',
      });
      for (const message of [reapplied, refused]) expect((await deliver(s.escrow, message)).body).toBe('success');
      expect(await s.escrow.getOrder(id)).toMatchObject({ refundStatus: 'WAIT_SELLER_AGREE', refundCycle: 2 });
      expect(refunds()).toEqual([
        `${id}:refund:1:WAIT_SELLER_AGREE`,
        `${id}:refund:1:SELLER_REFUSE_BUYER`,
        `${id}:refund:2:WAIT_SELLER_AGREE`,
      ]);
    } finally {
      await close();
    }
  });

  it('a later notice restating the current state is a duplicate that records its time: an earlier refusal arriving after it is stale', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store);
      const id = 'RESTATE-1';
      await s.escrow.createPayment(orderInput(id));
      const at = (second: number) => ({
        outTradeNo: id,
        notifyTime: `2026-03-01 16:00:${String(second).padStart(2, '0')}`,
      });
      const paid = await notification({ ...at(1), tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
      const applied = await notification({
        ...at(2),
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'WAIT_SELLER_AGREE',
      });
      const refused = await notification({
        ...at(3),
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'SELLER_REFUSE_BUYER',
      });
      const reapplied = await notification({
        ...at(4),
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        refundStatus: 'WAIT_SELLER_AGREE',
      });
      for (const message of [paid, applied, reapplied]) expect((await deliver(s.escrow, message)).body).toBe('success');
      const [restated] = await s.escrow.listLog({ outTradeNo: id, limit: 1 });
      expect(restated).toMatchObject({ verdict: 'duplicate', reply: 'success' });
      expect(await s.escrow.getOrder(id)).toMatchObject({
        refundStatus: 'WAIT_SELLER_AGREE',
        refundCycle: 1,
        noticeTime: '2026-03-01 16:00:04',
      });

      expect((await deliver(s.escrow, refused)).body).toBe('success');
      expect((await s.escrow.listLog({ outTradeNo: id, limit: 1 }))[0]).toMatchObject({
        verdict: 'stale',
        refundStatus: 'SELLER_REFUSE_BUYER',
      });
      // The buyer's application is open, as at Alipay (the refusal in between cannot be counted).
      expect(await s.escrow.getOrder(id)).toMatchObject({
        refundStatus: 'WAIT_SELLER_AGREE',
        phase: 'refunding',
        refundCycle: 1,
      });
      expect(s.hooks.events.filter((e) => e.kind === 'refund').map((e) => e.idempotencyKey)).toEqual([
        `${id}:refund:1:WAIT_SELLER_AGREE`,
      ]);
    } finally {
      await close();
    }
  });

  it('a status outside the escrow enums is logged as unknown_status and not applied', async () => {
    const { store, close } = await storeFactories()[0]!.create();
    try {
      const s = shop(store);
      await s.escrow.createPayment(orderInput('ODD-1'));
      const reply = await deliver(s.escrow, await notification({ outTradeNo: 'ODD-1', tradeStatus: 'TRADE_SUCCESS' }));
      expect(reply.body).toBe('success');
      expect((await s.escrow.getOrder('ODD-1'))!).toMatchObject({ phase: 'created', version: 0 });
      expect((await s.escrow.listLog({ outTradeNo: 'ODD-1' }))[0]).toMatchObject({
        verdict: 'unknown_status',
        tradeStatus: 'TRADE_SUCCESS',
      });
      expect(s.hooks.events).toHaveLength(0);
    } finally {
      await close();
    }
  });
});
