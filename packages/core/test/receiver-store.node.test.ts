// The receiver stores (createSqliteReceiverStore, createPostgresReceiverStore): a receiver on
// them answers notifications over the tables of createSqlStore, as createEscrow on the full store
// does, and a full app on the same database sees what the receiver wrote.
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AlipayEscrowError } from '../src/errors/error.js';
import { createEscrow } from '../src/escrow-app/create-escrow.js';
import {
  createPostgresReceiverStore,
  createReceiver,
  createSqliteReceiverStore,
  createSqlStore,
  pgliteDatabase,
  sqliteDatabase,
} from '../src/receiver/index.js';
import type { SqlDatabase } from '../src/store/sql/database.js';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '../src/testing/index.js';

const keys = { signType: 'MD5' as const, key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f' };
const merchant = {
  partner: '2088101122130001',
  keys,
  charset: 'utf-8' as const,
  seller: { id: TEST_DEFAULTS.sellerId },
};
const logistics = [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }] as const;

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

const engines = [
  {
    name: 'SQLite (better-sqlite3)',
    open: (): SqlDatabase => {
      const db = new Database(':memory:');
      closers.push(() => {
        db.close();
      });
      return sqliteDatabase(db);
    },
    receiverStore: createSqliteReceiverStore,
    otherStore: createPostgresReceiverStore,
  },
  {
    name: 'Postgres (PGlite)',
    open: (): SqlDatabase => {
      const db = new PGlite();
      closers.push(() => db.close());
      return pgliteDatabase(db);
    },
    receiverStore: createPostgresReceiverStore,
    otherStore: createSqliteReceiverStore,
  },
];

for (const engine of engines) {
  describe(`receiver store on ${engine.name}`, () => {
    it('pays an order the full app created: success twice, onPaid once, the full store sees the order paid and the log entries', async () => {
      const db = engine.open();
      const full = createSqlStore(db, { tablePrefix: 'shop_' });
      await full.migrate();
      await createEscrow({ merchant, store: full }).createPayment({
        outTradeNo: 'RS-1',
        subject: 'tea',
        price: '10.00',
        quantity: 1,
        logistics: [...logistics],
      });

      const paid: string[] = [];
      const receiver = createReceiver({
        merchant,
        store: engine.receiverStore(db, { tablePrefix: 'shop_' }),
        gateway: { notifyVerify: acceptingNotifyIds() },
        hooks: { onPaid: ({ order }) => void paid.push(order.outTradeNo) },
      });
      const notice = await buildTestNotification({
        keys,
        outTradeNo: 'RS-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '10.00',
        subject: 'tea',
      });
      for (let i = 0; i < 2; i++) expect(await (await receiver.handleNotify(notice.request())).text()).toBe('success');

      expect((await full.getOrder('RS-1'))?.phase).toBe('paid');
      expect(paid).toEqual(['RS-1']);
      const effects = await full.listEffects('RS-1');
      expect(effects.length).toBeGreaterThan(0);
      expect(effects.every((e) => e.status === 'done')).toBe(true);
      const log = await full.listLog({ outTradeNo: 'RS-1' });
      expect(log.map((entry) => entry.verdict).sort()).toEqual(['applied', 'duplicate']);
    });

    it('logs a notification notify_verify does not confirm as rejected and leaves the order unpaid', async () => {
      const db = engine.open();
      const full = createSqlStore(db);
      await full.migrate();
      await createEscrow({ merchant, store: full }).createPayment({
        outTradeNo: 'RS-2',
        subject: 'tea',
        price: '10.00',
        quantity: 1,
        logistics: [...logistics],
      });
      const receiver = createReceiver({
        merchant,
        store: engine.receiverStore(db),
        gateway: { notifyVerify: async () => ({ outcome: 'rejected', body: 'false', status: 200 }) },
      });
      const notice = await buildTestNotification({
        keys,
        outTradeNo: 'RS-2',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '10.00',
      });
      expect(await (await receiver.handleNotify(notice.request())).text()).toBe('fail');
      expect((await full.getOrder('RS-2'))?.phase).toBe('created');
      expect((await full.listLog()).map((entry) => entry.verdict)).toEqual(['rejected']);
    });

    it('has only the receiver steps, and refuses a database of the other dialect with CONFIG_INVALID on db', () => {
      const db = engine.open();
      expect(Object.keys(engine.receiverStore(db)).sort()).toEqual([
        'appendLog',
        'claimEffects',
        'commit',
        'getOrder',
        'listEffects',
        'receive',
        'settle',
      ]);
      let error: unknown;
      try {
        engine.otherStore(db);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AlipayEscrowError);
      expect((error as AlipayEscrowError).code).toBe('CONFIG_INVALID');
      expect((error as AlipayEscrowError).field).toBe('db');
    });
  });
}
