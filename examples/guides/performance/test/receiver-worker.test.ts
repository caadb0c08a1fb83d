// The receiver Worker of the performance guide, run on Node: D1 is stood in for by better-sqlite3
// behind D1's prepare/bind/all/batch, the order is created by a full app on the same database,
// and a signed GBK notification goes through the Worker's fetch.
import Database from 'better-sqlite3';
import { createEscrow, createSqlStore, d1Database, type D1DatabaseLike } from '@alipay-escrow/core';
import type { D1StatementLike } from '@alipay-escrow/core/store-kit';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { alipayEscrow } from '@alipay-escrow/workers/receiver';
import { describe, expect, it } from 'vitest';
import worker, { receiverOptions, type Env } from '../src/receiver-worker.js';

/** D1's API over an in-memory better-sqlite3 database (a batch is one transaction, as on D1). */
function localD1(db: Database.Database): D1DatabaseLike {
  const statement = (
    sql: string,
    params: unknown[] = [],
  ): D1StatementLike & { run(): { results: unknown[]; meta: { changes: number } } } => ({
    bind: (...values: unknown[]) => statement(sql, values),
    all: async () => ({ results: statement(sql, params).run().results }),
    run() {
      const prepared = db.prepare(sql);
      if (prepared.reader) return { results: prepared.all(...params), meta: { changes: 0 } };
      return { results: [], meta: { changes: prepared.run(...params).changes } };
    },
  });
  return {
    prepare: (sql) => statement(sql),
    batch: async (statements) =>
      db.transaction(() => statements.map((s) => (s as ReturnType<typeof statement>).run()))(),
  };
}

const key = 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f';
const partner = '2088101122130001';

describe('the receiver Worker (performance guide)', () => {
  it('is a module worker, and routes nothing else: 404', async () => {
    expect(typeof worker.fetch).toBe('function');
    const env: Env = {
      DB: localD1(new Database(':memory:')),
      ALIPAY_PARTNER: partner,
      ALIPAY_KEY: key,
      ALIPAY_SELLER_ID: TEST_DEFAULTS.sellerId,
    };
    const response = await worker.fetch(new Request('https://shop.example.com/other'), env, { waitUntil() {} });
    expect(response.status).toBe(404);
  });

  it('answers a genuine GBK notification with `success` and marks the order paid, on a database it shares with the full app', async () => {
    const env: Env = {
      DB: localD1(new Database(':memory:')),
      ALIPAY_PARTNER: partner,
      ALIPAY_KEY: key,
      ALIPAY_SELLER_ID: TEST_DEFAULTS.sellerId,
    };
    const store = createSqlStore(d1Database(env.DB));
    await store.migrate();
    const { merchant } = receiverOptions(env);
    const shop = createEscrow({ merchant, store });
    await shop.createPayment({
      outTradeNo: 'PERF-1',
      subject: '纯棉T恤',
      price: '10.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });

    // the Worker as deployed, except that notify_verify is answered here instead of by Alipay
    const receiving = alipayEscrow<Env>((e) => ({
      ...receiverOptions(e),
      gateway: { notifyVerify: acceptingNotifyIds() },
    }));
    const notice = await buildTestNotification({
      keys: { signType: 'MD5', key },
      charset: 'gbk',
      outTradeNo: 'PERF-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '10.00',
      subject: '纯棉T恤',
    });
    const response = await receiving.fetch(notice.request('https://shop.example.com/alipay/notify'), env, {
      waitUntil() {},
    });
    expect([response.status, await response.text()]).toEqual([200, 'success']);
    expect((await store.getOrder('PERF-1'))?.phase).toBe('paid');
  });
});
