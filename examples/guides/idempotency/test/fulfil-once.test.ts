// The idempotent hooks of the guide: a repeated call with the same key does nothing more.
import type { EffectEvent, OrderRecord } from '@alipay-escrow/core';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShopTables, notifyWarehouse, prepareShipmentOnce } from '../src/fulfil-once.js';
import { deliver, notificationBody, placeOrder, shopEscrow, sleep, until } from './support.js';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  createShopTables(db);
});
afterEach(() => db.close());

const shipments = () => db.prepare('SELECT out_trade_no FROM shipments').pluck().all();

function event(idempotencyKey: string, outTradeNo: string, attempt = 1): EffectEvent {
  const order = { outTradeNo, subject: '手工皂' } as OrderRecord;
  return { idempotencyKey, kind: 'paid', detail: null, order, attempt };
}

describe('prepareShipmentOnce', () => {
  it('ships once per idempotency key, however often it is called', async () => {
    const hook = prepareShipmentOnce(db);
    await hook(event('A-1:paid', 'A-1'));
    await hook(event('A-1:paid', 'A-1', 2));
    await hook(event('A-2:paid', 'A-2'));
    expect(shipments()).toEqual(['A-1', 'A-2']);
  });

  it('writes nothing when the work fails, so the retry starts clean', async () => {
    db.exec("CREATE TRIGGER no_shipping BEFORE INSERT ON shipments BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const hook = prepareShipmentOnce(db);
    expect(() => hook(event('A-3:paid', 'A-3'))).toThrow('disk full');
    expect(db.prepare('SELECT count(*) FROM processed_effects').pluck().get()).toBe(0);
    db.exec('DROP TRIGGER no_shipping');
    await hook(event('A-3:paid', 'A-3', 2));
    expect(shipments()).toEqual(['A-3']);
  });

  it('ships once when a lease ran out and two deliveries both ran onPaid', async () => {
    const once = prepareShipmentOnce(db);
    let releaseFirst!: () => void;
    const slow = new Promise<void>((resolve) => (releaseFirst = resolve));
    let entered = false;
    const escrow = shopEscrow(
      {
        onPaid: async (e) => {
          entered = true;
          if (e.attempt === 1) await slow; // the first call stalls before doing its work
          await once(e);
        },
      },
      { effectLeaseMs: 100 },
    );
    await placeOrder(escrow, 'A-4');
    const body = await notificationBody('A-4', 'WAIT_SELLER_SEND_GOODS');
    const first = deliver(escrow, body);
    await until(() => entered);
    await sleep(150); // past the 100 ms lease
    expect(await deliver(escrow, body)).toBe('success');
    releaseFirst();
    await first;
    expect(shipments()).toEqual(['A-4']);
  });
});

describe('notifyWarehouse', () => {
  it('hands the idempotency key on, and throws on an error answer so the effect is retried', async () => {
    const seen: { key: string | null; body: string }[] = [];
    let status = 503;
    const fakeFetch = (async (_url: string | URL | Request, init?: RequestInit) => {
      seen.push({
        key: new Headers(init?.headers).get('idempotency-key'),
        body: String(init?.body),
      });
      return new Response(null, { status });
    }) as typeof fetch;
    const hook = notifyWarehouse('https://warehouse.example.com', fakeFetch);
    await expect(async () => hook(event('A-5:paid', 'A-5'))).rejects.toThrow('HTTP 503');
    status = 201;
    await hook(event('A-5:paid', 'A-5', 2));
    expect(seen.map((s) => s.key)).toEqual(['A-5:paid', 'A-5:paid']);
    expect(JSON.parse(seen[1]!.body)).toEqual({
      orderNo: 'A-5',
      subject: '手工皂',
    });
  });
});
