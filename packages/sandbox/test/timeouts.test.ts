// The gateway's automatic timeouts on the sandbox's clock: an unpaid trade closes, a shipped one
// finishes without the buyer, and each change reaches the merchant as a notification.
import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../src/index.js';
import { KEY, PARTNER } from './helpers.js';
import { DAY, HOUR, openWorld, orderOf, type World } from './sweep-harness.js';
import { STORE_KINDS } from './sweep-stores.js';

const memory = STORE_KINDS[0]!;

describe('sandbox timeouts', () => {
  let world: World | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it('closes an unpaid trade after 7 days and tells the merchant', async () => {
    world = await openWorld(memory.open, {});
    await world.create(orderOf('T-1'));
    await world.sandbox.clock.advance(7 * DAY - 60);
    expect((await world.trades()).get('T-1')?.tradeStatus).toBe('WAIT_BUYER_PAY');
    await world.sandbox.clock.advance(120);
    expect((await world.trades()).get('T-1')?.tradeStatus).toBe('TRADE_CLOSED');
    expect(await world.escrow.getOrder('T-1')).toMatchObject({ phase: 'closed', tradeStatus: 'TRADE_CLOSED' });
  });

  it('honours the configured unpaid period, and the request’s it_b_pay with custom timeouts', async () => {
    world = await openWorld(memory.open, {}, { timeouts: { unpaid: '2h' }, features: { customTimeouts: true } });
    await world.create(orderOf('T-2'));
    await world.create({ ...orderOf('T-3'), timeouts: { itBPay: '30m' } });
    await world.sandbox.clock.advance(31 * 60);
    let trades = await world.trades();
    expect([trades.get('T-2')?.tradeStatus, trades.get('T-3')?.tradeStatus]).toEqual([
      'WAIT_BUYER_PAY',
      'TRADE_CLOSED',
    ]);
    await world.sandbox.clock.advance(2 * HOUR);
    trades = await world.trades();
    expect(trades.get('T-2')?.tradeStatus).toBe('TRADE_CLOSED');
  });

  it('confirms receipt 10 days after an express shipment, 30 after POST, not while a refund is open', async () => {
    world = await openWorld(memory.open, {});
    await world.create(orderOf('E-1'));
    await world.create(orderOf('P-1', [{ type: 'POST', fee: '0.00', payment: 'SELLER_PAY' }]));
    await world.create(orderOf('R-1'));
    for (const id of ['E-1', 'P-1', 'R-1']) await world.act(id, 'pay');
    await world.sandbox.clock.advance(60);
    await world.ship('E-1');
    await world.ship('P-1', 'POST');
    await world.ship('R-1');
    await world.act('R-1', 'apply');
    await world.sandbox.clock.advance(10 * DAY + 60);
    let trades = await world.trades();
    expect([trades.get('E-1')?.tradeStatus, trades.get('P-1')?.tradeStatus, trades.get('R-1')?.tradeStatus]).toEqual([
      'TRADE_FINISHED',
      'WAIT_BUYER_CONFIRM_GOODS',
      'WAIT_BUYER_CONFIRM_GOODS',
    ]);
    expect((await world.escrow.getOrder('E-1'))?.phase).toBe('finished');
    await world.act('R-1', 'cancel'); // the refund closes after the period: the trade finishes at once
    await world.sandbox.clock.advance(1);
    await world.sandbox.clock.advance(20 * DAY);
    trades = await world.trades();
    expect([trades.get('P-1')?.tradeStatus, trades.get('R-1')?.tradeStatus]).toEqual([
      'TRADE_FINISHED',
      'TRADE_FINISHED',
    ]);
    expect((await world.escrow.getOrder('P-1'))?.phase).toBe('finished');
  });

  it('refuses timeouts out of range', async () => {
    await expect(createSandbox({ partner: PARTNER, key: KEY, timeouts: { unpaid: '1.5h' } })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'timeouts.unpaid',
    });
    await expect(createSandbox({ partner: PARTNER, key: KEY, timeouts: { confirmDays: 0 } })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'timeouts.confirmDays',
    });
  });
});
