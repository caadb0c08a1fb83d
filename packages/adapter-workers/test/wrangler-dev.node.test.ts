// One smoke test of the example Worker under `wrangler dev` on 127.0.0.1 with a local D1
// database: migrate it with `wrangler d1 migrations apply --local`, seed an order into that
// database with core's own SQL store, post a signed notification, expect exactly `success`, and
// find the order paid in D1. notify_verify goes to a stub gateway on 127.0.0.1 named by the
// ALIPAY_GATEWAY_URL var, so nothing leaves the machine. wrangler runs in its own process group,
// which is killed in every case.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createEscrow, createSqlStore, sqliteDatabase, type MerchantConfig } from '@alipay-escrow/core';
import { buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { exampleConfig, startWrangler, wrangler } from './wrangler.js';

const KEY = 'smoke0test0key0for0wrangler0dev0';
/** The example's vars (examples/wrangler.jsonc), plus the secret passed with --var. */
const merchant: MerchantConfig = {
  partner: '2088101122136241',
  keys: { signType: 'MD5', key: KEY },
  charset: 'utf-8',
  seller: { id: '2088101122136241' },
  notifyUrl: 'https://shop.example.com/alipay/notify',
};

/** The gateway's notify_verify, answering `true` and recording the ids it was asked about. */
async function stubGateway(): Promise<{ server: Server; url: string; asked: string[] }> {
  const asked: string[] = [];
  const server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    if (query.get('service') === 'notify_verify') asked.push(query.get('notify_id') ?? '');
    res.end(query.get('service') === 'notify_verify' && query.get('partner') === merchant.partner ? 'true' : 'false');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway.do`, asked };
}

/** The local D1 database file wrangler keeps under --persist-to. */
function d1File(persist: string): string {
  const dir = join(persist, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const file = readdirSync(dir).find((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite');
  if (file === undefined) throw new Error(`no D1 database file in ${dir}`);
  return join(dir, file);
}

async function withD1<T>(persist: string, body: (escrow: ReturnType<typeof createEscrow>) => Promise<T>): Promise<T> {
  const db = new Database(d1File(persist));
  try {
    return await body(createEscrow({ merchant, store: createSqlStore(sqliteDatabase(db)) }));
  } finally {
    db.close();
  }
}

async function waitForReady(output: () => string, exited: () => boolean, timeoutMs: number): Promise<string> {
  for (const until = Date.now() + timeoutMs; Date.now() < until; ) {
    const ready = /Ready on (http:\/\/127\.0\.0\.1:\d+)/.exec(output());
    if (ready) return ready[1]!;
    if (exited()) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`wrangler dev did not get ready:\n${output()}`);
}

describe('the example Worker under wrangler dev (local D1)', () => {
  it('answers a signed notification with `success` and the order is paid in D1', async () => {
    const persist = mkdtempSync(join(tmpdir(), 'alipay-escrow-wrangler-'));
    const gateway = await stubGateway();
    let dev: ReturnType<typeof startWrangler> | undefined;
    try {
      const migrated = wrangler([
        'd1',
        'migrations',
        'apply',
        'alipay-escrow',
        '--local',
        '--persist-to',
        persist,
        '-c',
        exampleConfig,
      ]);
      expect([migrated.status, migrated.output]).toMatchObject([
        0,
        expect.stringMatching(/0001_init\.sql[\s\S]*0002_log_bounds_notify_ids\.sql/),
      ]);
      await withD1(persist, (escrow) =>
        escrow.createPayment({
          outTradeNo: 'SMOKE-1',
          subject: '测试商品',
          price: '0.01',
          quantity: 1,
          logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
        }),
      );

      dev = startWrangler([
        'dev',
        '-c',
        exampleConfig,
        '--ip',
        '127.0.0.1',
        '--port',
        '0',
        '--local',
        '--persist-to',
        persist,
        '--var',
        `ALIPAY_KEY:${KEY}`,
        '--var',
        `ALIPAY_GATEWAY_URL:${gateway.url}`,
        '--show-interactive-dev-session=false',
      ]);
      const { child } = dev;
      const origin = await waitForReady(dev.output, () => child.exitCode !== null || child.signalCode !== null, 60_000);

      const notice = await buildTestNotification({
        keys: merchant.keys,
        outTradeNo: 'SMOKE-1',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: '0.01',
        sellerId: TEST_DEFAULTS.sellerId,
      });
      const response = await fetch(notice.request(`${origin}/alipay/notify`), { signal: AbortSignal.timeout(15_000) });
      expect([response.status, await response.text()]).toEqual([200, 'success']);
      expect(gateway.asked).toEqual([notice.notifyId]);
      expect((await fetch(`${origin}/elsewhere`, { signal: AbortSignal.timeout(15_000) })).status).toBe(404);

      await dev.stop();
      await withD1(persist, async (escrow) => {
        expect(await escrow.getOrder('SMOKE-1')).toMatchObject({
          phase: 'paid',
          tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          totalFee: '0.01',
        });
        expect((await escrow.listLog({ outTradeNo: 'SMOKE-1' }))[0]).toMatchObject({
          channel: 'notify',
          verdict: 'applied',
          reply: 'success',
          remoteAddress: '127.0.0.1',
        });
      });
    } finally {
      await dev?.stop();
      await new Promise((resolve) => gateway.server.close(resolve));
      rmSync(persist, { recursive: true, force: true });
    }
  }, 120_000);
});
