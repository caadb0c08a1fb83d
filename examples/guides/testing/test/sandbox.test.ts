// The shop against the local sandbox gateway, over real HTTP on 127.0.0.1: the buyer pays through
// the sandbox's test API, the sandbox delivers (and retries) signed notifications, the shop answers.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createClock } from '@alipay-escrow/sandbox';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShop } from '../src/shop.js';
import { memoryWarehouse } from './fakes.js';

const partner = '2088101122136241';
const key = 'testing0guide0key0testing0guide0';

let sandbox: RunningSandbox;
let server: ServerType;
let shopUrl: string;
let shop: ReturnType<typeof createShop>;
const warehouse = memoryWarehouse();

/** The sandbox's JSON test API. */
async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}/sandbox/api${path}`, {
    method,
    // The test API takes only JSON (415 otherwise), even with no body.
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface TradeJson {
  tradeStatus: string;
  notifications: {
    tradeStatus: string;
    delivered: boolean;
    attempts: { httpStatus: number | null; reply: string | null }[];
  }[];
}

beforeAll(async () => {
  // #region start
  // A manual clock: nothing is delivered until the test moves it
  // (POST /sandbox/api/clock/advance).
  sandbox = await startSandbox({
    partner,
    key,
    clock: createClock({ mode: 'manual' }),
  });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve(
      {
        fetch: (request) => shop.app.fetch(request),
        hostname: '127.0.0.1',
        port: 0,
      },
      () => resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  shopUrl = `http://127.0.0.1:${port}`;
  shop = createShop({
    warehouse,
    merchant: {
      partner,
      keys: { signType: 'MD5', key },
      charset: 'utf-8',
      seller: { id: partner }, // the sandbox's default seller
      // http is accepted for a loopback gateway only
      gatewayUrl: sandbox.gatewayUrl,
      notifyUrl: `${shopUrl}/alipay/notify`,
      returnUrl: `${shopUrl}/alipay/return`,
    },
  });
  // #endregion start
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await sandbox.stop();
});

describe('the shop against the sandbox', () => {
  it('is paid, ships and finishes, one notification per step', async () => {
    // #region pay
    const { payUrl } = (await (await fetch(`${shopUrl}/orders/S-1/pay`, { method: 'POST' })).json()) as {
      payUrl: string;
    };
    // the buyer's browser opens the cashier: the trade exists
    expect((await fetch(payUrl)).ok).toBe(true);

    await api('POST', '/trades/S-1/pay'); // the buyer pays
    // deliver what is due now
    await api('POST', '/clock/advance', { seconds: 0 });
    expect((await shop.escrow.getOrder('S-1'))?.phase).toBe('paid');
    expect([...warehouse.reserved]).toEqual([['S-1:paid', 'S-1']]);
    // #endregion pay

    // #region ship
    await shop.escrow.sendGoods('S-1', {
      logisticsName: '顺丰速运',
      invoiceNo: 'SF1234567890',
      transportType: 'EXPRESS',
    });
    await api('POST', '/trades/S-1/confirm'); // the buyer confirms receipt
    await api('POST', '/clock/advance', { seconds: 0 });

    const trade = await api<TradeJson>('GET', '/trades/S-1');
    expect(trade.tradeStatus).toBe('TRADE_FINISHED');
    expect(trade.notifications.map((n) => [n.tradeStatus, n.delivered])).toEqual([
      ['WAIT_BUYER_PAY', true],
      ['WAIT_SELLER_SEND_GOODS', true],
      ['WAIT_BUYER_CONFIRM_GOODS', true],
      ['TRADE_FINISHED', true],
    ]);
    expect((await shop.escrow.getOrder('S-1'))?.phase).toBe('finished');
    // #endregion ship
  });

  it('gets the notification again after answering `fail`, on Alipay’s schedule', async () => {
    // #region retry
    await fetch(`${shopUrl}/orders/S-2/pay`, { method: 'POST' })
      .then((r) => r.json() as Promise<{ payUrl: string }>)
      .then(({ payUrl }) => fetch(payUrl));
    warehouse.failures = 1; // the warehouse is down for the first call

    await api('POST', '/trades/S-2/pay');
    await api('POST', '/clock/advance', { seconds: 0 });
    // the state is committed…
    expect((await shop.escrow.getOrder('S-2'))?.phase).toBe('paid');
    // …the reservation is owed
    expect(warehouse.reserved.has('S-2:paid')).toBe(false);

    // the first retry is due after 2 minutes
    await api('POST', '/clock/advance', { seconds: 120 });
    expect(warehouse.reserved.has('S-2:paid')).toBe(true);
    const paid = (await api<TradeJson>('GET', '/trades/S-2')).notifications.find(
      (n) => n.tradeStatus === 'WAIT_SELLER_SEND_GOODS',
    );
    expect(paid?.attempts.map((a) => a.reply)).toEqual(['fail', 'success']);
    // #endregion retry
  });

  it('answers a notification sent with `alipay-escrow trigger`, however often it comes', async () => {
    await fetch(`${shopUrl}/orders/S-3/pay`, { method: 'POST' });
    const cli = join(dirname(createRequire(import.meta.url).resolve('@alipay-escrow/cli/package.json')), 'dist/bin.js');
    const args = [
      'trigger',
      'WAIT_SELLER_SEND_GOODS',
      '--to',
      `${shopUrl}/alipay/notify`,
      '--out-trade-no',
      'S-3',
      '--total',
      '0.01',
      '--sandbox',
      sandbox.url,
      '--count',
      '3',
    ];
    const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args]); // exit 0: every delivery acknowledged
    const result = JSON.parse(stdout) as {
      sent: number;
      acknowledged: number;
      replies: Record<string, number>;
    };
    expect(result).toMatchObject({
      sent: 3,
      acknowledged: 3,
      replies: { '200 "success"': 3 },
    });
    expect([...warehouse.reserved].filter(([, no]) => no === 'S-3')).toEqual([['S-3:paid', 'S-3']]);
  });
});
