// `alipay-escrow logs --postgres URL`: the real server when ALIPAY_ESCROW_PG_URL is set (CI),
// otherwise PGlite served over the Postgres wire protocol — the engine the postgres recipe's test
// shares (examples/recipes/postgres/test/engine.ts), so the CLI connects with `pg` as it would to
// a server. Never skipped: without either engine the test fails.
import { createEscrow, createGatewayClient, createSqlStore, postgresDatabase } from '@alipay-escrow/core';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSharedDatabase, type SharedDatabase } from '../../../examples/recipes/postgres/test/engine.js';
import { runCli } from './helpers/run-cli.js';

const PARTNER = '2088101122136241';
const keys = { signType: 'MD5' as const, key: 'logs0test0key0logs0test0key01234' };
let shared: SharedDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  shared = await openSharedDatabase();
  pool = new pg.Pool({ connectionString: shared.url, max: 2 });
  const store = createSqlStore(postgresDatabase(pool), { tablePrefix: 'cli_logs_' });
  await store.migrate();
  const escrow = createEscrow({
    merchant: {
      partner: PARTNER,
      keys,
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId, email: TEST_DEFAULTS.sellerEmail },
      notifyUrl: 'https://shop.example.com/n',
    },
    store,
    gateway: {
      ...createGatewayClient({ partner: PARTNER, keys, charset: 'utf-8' }),
      notifyVerify: acceptingNotifyIds(),
    },
  });
  await escrow.createPayment({
    outTradeNo: 'PG-LOG-1',
    subject: '测试商品',
    price: '0.01',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
  });
  const notification = await buildTestNotification({
    keys,
    outTradeNo: 'PG-LOG-1',
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '0.01',
    subject: '测试商品',
  });
  expect(await (await escrow.handleNotify(notification.request('https://shop.example.com/n'))).text()).toBe('success');
}, 60_000);

afterAll(async () => {
  await pool?.end();
  await shared?.close();
});

describe('alipay-escrow logs --postgres', () => {
  it('reads the log the app wrote, with the table prefix the app uses', async () => {
    const run = await runCli(['logs', '--postgres', shared.url, '--table-prefix', 'cli_logs_']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [entry] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entry).toMatchObject({ outTradeNo: 'PG-LOG-1', verdict: 'applied', channel: 'notify' });
  });

  it('never prints the password of a connection string, even when the connection fails', async () => {
    const run = await runCli(['logs', '--postgres', 'postgres://shop:Sup3rSecretPassw0rd@127.0.0.1:1/shop']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toContain('Sup3rSecretPassw0rd');
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ error: { code: 'INTERNAL_ERROR' } });
  });
});
