// The demo shop's order numbers (out_trade_no) must never repeat: a 10,000-order run once drew
// the same number twice in one second and the second buyer got a 400. Numbers made in a tight
// loop, all stamped with the same second, must all differ and stay valid out_trade_no values.
import { describe, expect, it } from 'vitest';
import { newOutTradeNo } from '../../examples/shop/src/routes/orders.js';

const make = newOutTradeNo as (now?: Date) => string;

describe('demo shop order numbers', () => {
  it('100 000 numbers made within the same second are all different, readable and valid out_trade_no values', () => {
    const second = new Date('2025-06-01T08:30:15.000Z');
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(make(second));
    expect(seen.size).toBe(100_000);
    for (const no of [...seen].slice(0, 1000)) {
      expect(no).toMatch(/^SHOP20250601083015[0-9A-Z]+$/);
      expect(no.length).toBeLessThanOrEqual(64);
    }
  });

  it('stay unique when the clock goes back', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(make(new Date(Date.UTC(2025, 5, 1, 8, 30, 15 - (i % 3)))));
    expect(seen.size).toBe(10_000);
  });
});
