// Chaos: the CLI syntax, and a seeded run that misbehaves the same way every time.
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '@alipay-escrow/core';
import { parseChaos, type ChaosOptions } from '../src/index.js';
import type { RunningSandbox } from '../src/node.js';
import { api, createTrade, START, withMerchant, withSandbox } from './helpers.js';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as AlipayEscrowError).code;
  }
  throw new Error('expected a throw');
}

describe('parseChaos', () => {
  it('reads the CLI syntax', () => {
    expect(parseChaos('dup=0.3,drop=0.2,reorder=1,seed=42')).toEqual({ dup: 0.3, drop: 0.2, reorder: true, seed: 42 });
    expect(parseChaos(' delay=500ms , reorder=off ')).toEqual({ delay: 0.5, reorder: false });
    expect(parseChaos('delay=2m,dup=1,drop=0')).toEqual({ delay: 120, dup: 1, drop: 0 });
    expect(parseChaos('')).toEqual({});
  });

  const BAD: [string, RegExp][] = [
    ['dup=1.5', /probability from 0 to 1/],
    ['drop=-0.1', /not a number/],
    ['dup=abc', /not a number/],
    ['reorder=maybe', /not a flag/],
    ['seed=4.2', /not an integer/],
    ['seed=99999999999', /integer from 0 to 4294967295/],
    ['delay=5h', /not a duration/],
    ['speed=2', /Unknown chaos option "speed"/],
    ['dup', /not key=value/],
    ['dup=0.1,,drop=0.1', /empty item/],
    ['dup=0.1,dup=0.2', /given twice/],
  ];
  for (const [text, message] of BAD) {
    it(`refuses ${JSON.stringify(text)} with a clear CONFIG_INVALID`, () => {
      expect(codeOf(() => parseChaos(text))).toBe('CONFIG_INVALID');
      expect(() => parseChaos(text)).toThrow(message);
    });
  }

  it('checks chaos options given as an object at start-up', async () => {
    await expect(withSandbox({ chaos: { dup: 2 } }, async () => {})).rejects.toThrow(/probability from 0 to 1/);
    await expect(withSandbox({ chaos: { often: 1 } as ChaosOptions }, async () => {})).rejects.toThrow(
      /Unknown chaos option/,
    );
  });
});

interface LogLine {
  at: number;
  status: string;
  refund: string | null;
  httpStatus: number | null;
}

/** A fixed script of actions; returns what the merchant saw and the sandbox's delivery log. */
async function run(chaos: ChaosOptions): Promise<{ received: string[]; log: LogLine[] }> {
  let received: string[] = [];
  const log: LogLine[] = [];
  await withMerchant(async (m) => {
    let n = 0;
    m.reply = () => ({ body: n++ % 3 === 2 ? 'fail' : 'success' });
    await withSandbox({ chaos }, async (s: RunningSandbox) => {
      for (const id of ['a', 'b']) {
        await createTrade(s, { notify_url: m.notifyUrl, out_trade_no: id });
        await api(s, 'POST', `trades/${id}/pay`, {});
        await api(s, 'POST', `trades/${id}/refund`, { action: 'apply' });
      }
      await s.sandbox.clock.advance(5);
      await api(s, 'POST', 'trades/a/refund', { action: 'agree' });
      await s.sandbox.clock.advance(2 * 3600);
      received = m.received.map(
        (r) =>
          `${r.params.get('out_trade_no')}:${r.params.get('trade_status')}:${r.params.get('refund_status') ?? '-'}`,
      );
      for (const t of (await api(s, 'GET', 'trades')).json.trades) {
        for (const n of t.notifications) {
          for (const a of n.attempts)
            log.push({
              at: Date.parse(a.at) - START,
              status: n.tradeStatus,
              refund: n.refundStatus,
              httpStatus: a.httpStatus,
            });
        }
      }
    });
  });
  return { received, log };
}

describe('seeded chaos', () => {
  const CHAOS = { dup: 0.3, drop: 0.3, reorder: true, delay: 30 };

  it('the same seed gives the same delivery log', async () => {
    const first = await run({ ...CHAOS, seed: 42 });
    const second = await run({ ...CHAOS, seed: 42 });
    expect(second).toEqual(first);
    expect(first.log.length).toBeGreaterThan(7);
  });

  it('another seed gives another log', async () => {
    expect((await run({ ...CHAOS, seed: 43 })).log).not.toEqual((await run({ ...CHAOS, seed: 42 })).log);
  });

  it('reorder lets a later status change arrive first', async () => {
    const calm = await run({ seed: 1 });
    const shuffled = await run({ reorder: true, seed: 1 });
    // Same notifications (which ones needed a retry depends on the order), another order.
    expect([...new Set(shuffled.received)].sort()).toEqual([...new Set(calm.received)].sort());
    expect(shuffled.received).not.toEqual(calm.received);
  });

  it('drop=1 loses every first delivery: recorded without a reply, retried 2 minutes later', async () => {
    await withMerchant(async (m) => {
      await withSandbox({ chaos: { drop: 1, seed: 5 } }, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(119);
        expect(m.received).toHaveLength(0);
        await s.sandbox.clock.advance(1);
        const [n] = (await api(s, 'GET', 'trades/order-1')).json.notifications;
        expect(n.attempts).toEqual([
          { at: new Date(START).toISOString(), httpStatus: null, reply: null, error: 'lost on the way (chaos drop)' },
          { at: new Date(START + 120_000).toISOString(), httpStatus: 200, reply: 'success' },
        ]);
        expect(m.received).toHaveLength(1);
      });
    });
  });

  it('dup=1 sends every delivery twice, with the same notify_id, at the same moment', async () => {
    await withMerchant(async (m) => {
      await withSandbox({ chaos: { dup: 1, seed: 5 } }, async (s) => {
        await createTrade(s, { notify_url: m.notifyUrl });
        await s.sandbox.clock.advance(0);
        expect(m.received).toHaveLength(2);
        expect(m.received[0]!.body).toBe(m.received[1]!.body);
        const [n] = (await api(s, 'GET', 'trades/order-1')).json.notifications;
        expect(n.attempts).toHaveLength(2);
        expect(n.delivered).toBe(true);
      });
    });
  });

  it('delay holds each delivery back by up to that many seconds', async () => {
    await withMerchant(async (m) => {
      await withSandbox({ chaos: { delay: 60, seed: 9 } }, async (s) => {
        for (let i = 0; i < 5; i++) await createTrade(s, { notify_url: m.notifyUrl, out_trade_no: `d${i}` });
        await s.sandbox.clock.advance(60);
        const ats = (await api(s, 'GET', 'trades')).json.trades.map(
          (t: any) => Date.parse(t.notifications[0].attempts[0].at) - START,
        );
        expect(ats).toHaveLength(5);
        for (const at of ats) {
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(60_000);
        }
        expect(new Set(ats).size).toBeGreaterThan(1);
      });
    });
  });
});
