// What "exactly once" covers: the transition and the effects it owes are committed once; a hook
// that fails is retried alone (by Alipay's redelivery or by replay); a hook that outlives its
// lease can run twice, so hooks must be idempotent.
import type { EffectEvent } from '@alipay-escrow/core';
import { describe, expect, it } from 'vitest';
import { deliver, notificationBody, placeOrder, shopEscrow, sleep, until } from './support.js';

describe('retries', () => {
  it('runs only the unfinished effects again when Alipay redelivers after a `fail`', async () => {
    const calls: string[] = [];
    let mailServerUp = false;
    const escrow = shopEscrow({
      onPaid: (e) => void calls.push(`onPaid attempt ${e.attempt}`),
      onShipped: (e) => {
        calls.push(`onShipped attempt ${e.attempt}`);
        if (!mailServerUp) throw new Error('mail server down');
      },
    });
    await placeOrder(escrow, 'ID-1');
    // #region rerun
    // The first notice we hear of says "shipped": it owes onPaid and onShipped,
    // committed at once.
    const body = await notificationBody('ID-1', 'WAIT_BUYER_CONFIRM_GOODS');

    // onShipped threw → `fail`
    expect(await deliver(escrow, body)).toBe('fail');
    // the transition stays
    expect((await escrow.getOrder('ID-1'))?.phase).toBe('shipped');
    const pending = (await escrow.listEffects('ID-1')).filter((e) => e.status !== 'done');
    expect(pending.map((e) => [e.key, e.lastError])).toEqual([['ID-1:shipped', 'mail server down']]);

    mailServerUp = true;
    // Alipay's retry, same body
    expect(await deliver(escrow, body)).toBe('success');
    expect(calls).toEqual(['onPaid attempt 1', 'onShipped attempt 1', 'onShipped attempt 2']);
    // #endregion rerun
  });

  it('runs a failed effect now with replay(logId), without waiting for Alipay', async () => {
    let fixed = false;
    const finished: EffectEvent[] = [];
    const escrow = shopEscrow({
      onFinished: (e) => {
        if (!fixed) throw new Error('bug in onFinished');
        finished.push(e);
      },
    });
    await placeOrder(escrow, 'ID-2');
    expect(await deliver(escrow, await notificationBody('ID-2', 'TRADE_FINISHED'))).toBe('fail');
    // #region replay
    const [failed] = await escrow.listLog({ outTradeNo: 'ID-2', limit: 1 });
    expect(failed?.code).toBe('HOOK_FAILED');

    fixed = true; // deploy the fix, then:
    const outcome = await escrow.replay(failed!.id);
    expect(outcome).toMatchObject({
      channel: 'replay',
      reply: 'success',
      effectsDone: true,
    });
    expect(finished.map((e) => [e.idempotencyKey, e.attempt])).toEqual([['ID-2:finished', 2]]);
    // #endregion replay
  });

  it('lets another delivery take over an effect whose lease ran out: the hook runs twice', async () => {
    const started: number[] = [];
    let releaseFirst!: () => void;
    const firstCallHangs = new Promise<void>((resolve) => (releaseFirst = resolve));
    const escrow = shopEscrow(
      {
        onPaid: async (e) => {
          started.push(e.attempt);
          if (e.attempt === 1) await firstCallHangs; // a slow warehouse API, say
        },
      },
      { effectLeaseMs: 500 },
    );
    await placeOrder(escrow, 'ID-3');
    const body = await notificationBody('ID-3', 'WAIT_SELLER_SEND_GOODS');
    // #region lease
    // claims ID-3:paid for 500 ms, then hangs in onPaid
    const first = deliver(escrow, body);
    await until(() => started.length === 1);
    // lease held: EFFECT_IN_PROGRESS
    expect(await deliver(escrow, body)).toBe('fail');

    await sleep(600); // the lease runs out
    // takes the effect over: onPaid again
    expect(await deliver(escrow, body)).toBe('success');
    releaseFirst();
    // the first call lost its claim and settles nothing
    expect(await first).toBe('fail');

    // one key, two calls: the hook must be idempotent
    expect(started).toEqual([1, 2]);
    // #endregion lease
    const codes = (await escrow.listLog({ outTradeNo: 'ID-3' })).map((e) => e.code).reverse();
    expect(codes).toEqual(['EFFECT_IN_PROGRESS', 'EFFECT_IN_PROGRESS', null]);
  });
});
