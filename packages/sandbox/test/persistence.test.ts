// State survives a restart: with an SQLite file (or a store object handed to the next sandbox),
// trades, notifications with their delivery logs, and pending retries are back and resume.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClock, memoryStore } from '../src/index.js';
import { startSandbox, type StartSandboxOptions } from '../src/node.js';
import { api, createTrade, get, KEY, PARTNER, START, withMerchant } from './helpers.js';

async function withTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alipay-sandbox-'));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const base = (clockAt: number): StartSandboxOptions => ({
  partner: PARTNER,
  key: KEY,
  clock: createClock({ mode: 'manual', start: clockAt }),
});

describe('persistence', () => {
  for (const kind of ['sqlite file', 'store object'] as const) {
    it(`${kind}: stop, start again, the trade and its notifications are there and retries resume`, async () => {
      await withTempDir(async (dir) => {
        await withMerchant(async (m) => {
          const storage =
            kind === 'sqlite file' ? { storage: { sqliteFile: join(dir, 'sandbox.db') } } : { store: memoryStore() };
          m.reply = () => ({ body: 'fail' });
          const first = await startSandbox({ ...base(START), ...storage });
          let tradeNo: string;
          let notifyId: string;
          try {
            await createTrade(first, { notify_url: m.notifyUrl });
            await first.sandbox.clock.advance(120); // deliveries 1 and 2
            const trade = (await api(first, 'GET', 'trades/order-1')).json;
            tradeNo = trade.tradeNo;
            notifyId = trade.notifications[0].notifyId;
            expect(trade.notifications[0].attempts).toHaveLength(2);
          } finally {
            await first.stop();
          }

          m.reply = () => ({ body: 'success' });
          const second = await startSandbox({ ...base(START + 120_000), ...storage });
          try {
            const trade = (await api(second, 'GET', 'trades/order-1')).json;
            expect(trade.tradeNo).toBe(tradeNo);
            expect(trade.notifications).toHaveLength(1);
            expect(trade.notifications[0].attempts).toHaveLength(2);
            expect((await api(second, 'GET', 'idle')).json).toEqual({ pending: 1 });
            expect(
              await (
                await get(`${second.gatewayUrl}?service=notify_verify&partner=${PARTNER}&notify_id=${notifyId}`)
              ).text(),
            ).toBe('true');
            await second.sandbox.clock.advance(599);
            expect(m.received).toHaveLength(2);
            await second.sandbox.clock.advance(1); // 12 minutes: delivery 3
            const after = (await api(second, 'GET', 'trades/order-1')).json.notifications[0];
            expect(after.attempts.map((a: { at: string }) => (Date.parse(a.at) - START) / 1000)).toEqual([0, 120, 720]);
            expect(after.delivered).toBe(true);
            expect(m.received.map((r) => r.params.get('notify_id'))).toEqual([notifyId, notifyId, notifyId]);
            expect((await api(second, 'POST', 'trades/order-1/pay', {})).json.tradeStatus).toBe(
              'WAIT_SELLER_SEND_GOODS',
            );
          } finally {
            await second.stop();
          }
        });
      });
    });
  }

  it('a real clock resumes a retry that fell due while the sandbox was down', async () => {
    await withTempDir(async (dir) => {
      await withMerchant(async (m) => {
        const options = {
          partner: PARTNER,
          key: KEY,
          timeScale: 2400,
          storage: { sqliteFile: join(dir, 'sandbox.db') },
        }; // 2 min → 50 ms
        m.reply = () => ({ body: 'fail' });
        const first = await startSandbox({ ...options, clock: createClock() });
        try {
          await createTrade(first, { notify_url: m.notifyUrl });
          for (let i = 0; i < 200 && m.received.length < 1; i++) await new Promise((r) => setTimeout(r, 5));
        } finally {
          await first.stop();
        }
        expect(m.received).toHaveLength(1);
        await new Promise((r) => setTimeout(r, 80));
        const second = await startSandbox({ ...options, clock: createClock() });
        try {
          for (let i = 0; i < 200 && m.received.length < 2; i++) await new Promise((r) => setTimeout(r, 5));
          expect(m.received).toHaveLength(2);
        } finally {
          await second.stop();
        }
      });
    });
  });

  it('refuses both a store and an SQLite file', async () => {
    await expect(
      startSandbox({ partner: PARTNER, key: KEY, store: memoryStore(), storage: { sqliteFile: ':memory:' } }),
    ).rejects.toThrow(/either store or storage.sqliteFile/);
  });
});
