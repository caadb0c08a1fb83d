// The store calls of one notification (the three steps a store of your own implements), and the
// claim rule store-kit gives such a store.
import { createMemoryStore } from '@alipay-escrow/core';
import type { EffectRecord } from '@alipay-escrow/core/escrow-app';
import { describe, expect, it } from 'vitest';
import { claimEffectsIn, recordingStore } from '../src/store-calls.js';
import { deliver, notificationBody, placeOrder, shopEscrow } from './support.js';

describe('store calls', () => {
  it('a first delivery is receive → commit → settle; its duplicate receive → settle', async () => {
    const hooked: string[] = [];
    // #region steps
    const { store, calls } = recordingStore(createMemoryStore());
    const escrow = shopEscrow(
      {
        onPaid: (e) => void hooked.push(e.idempotencyKey),
        onTransition: (e) => void hooked.push(e.idempotencyKey),
      },
      { store },
    );
    await placeOrder(escrow, 'ST-1');
    const body = await notificationBody('ST-1', 'WAIT_SELLER_SEND_GOODS');

    calls.length = 0;
    expect(await deliver(escrow, body)).toBe('success');
    // the log entry, notify_id and read; the transition with its claimed
    // effects; the hooks ran, then their settlement with the log's outcome
    expect(calls).toEqual(['receive', 'commit', 'settle']);

    calls.length = 0;
    expect(await deliver(escrow, body)).toBe('success');
    expect(calls).toEqual(['receive', 'settle']);
    // #endregion steps
    expect(hooked).toHaveLength(2);
  });

  it('a forged notification is one appendLog', async () => {
    const { store, calls } = recordingStore(createMemoryStore());
    const escrow = shopEscrow({}, { store });
    await placeOrder(escrow, 'ST-2');
    const body = await notificationBody('ST-2', 'WAIT_SELLER_SEND_GOODS');
    const forged = new TextEncoder().encode(
      new TextDecoder().decode(body).replace('total_fee=25.00', 'total_fee=0.01'),
    );
    calls.length = 0;
    expect(await deliver(escrow, forged)).toBe('fail');
    expect(calls).toEqual(['appendLog']);
  });

  it('claimEffectsIn claims pending effects and ended leases, and rejects a time it cannot read', () => {
    const effect = (key: string, over: Partial<EffectRecord>): EffectRecord => ({
      key,
      outTradeNo: 'ST-3',
      kind: 'paid',
      detail: null,
      status: 'pending',
      attempts: 0,
      lastError: null,
      leaseUntil: null,
      createdAt: '2026-03-01T08:00:00.000Z',
      doneAt: null,
      ...over,
    });
    const effects = [
      effect('ST-3:pending', {}),
      effect('ST-3:ended', { status: 'running', attempts: 1, leaseUntil: '2026-03-01T08:01:00.000Z' }),
      effect('ST-3:held', { status: 'running', attempts: 1, leaseUntil: '2026-03-01T09:00:00.000Z' }),
      effect('ST-3:done', { status: 'done', attempts: 1 }),
    ];
    const claimed = claimEffectsIn(effects, {
      now: '2026-03-01T16:05:00+08:00',
      leaseUntil: '2026-03-01T08:06:00.000Z',
    });
    expect(claimed.map((e) => [e.key, e.attempts, e.leaseUntil])).toEqual([
      ['ST-3:pending', 1, '2026-03-01T08:06:00.000Z'],
      ['ST-3:ended', 2, '2026-03-01T08:06:00.000Z'],
    ]);
    expect(effects[2]!.attempts).toBe(1);
    expect(() => claimEffectsIn(effects, { now: 'soon', leaseUntil: '2026-03-01T08:06:00.000Z' })).toThrow(
      /not a date-time/,
    );
  });
});
