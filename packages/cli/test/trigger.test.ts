// `alipay-escrow trigger`, spawned from the built bin: a notification signed by a running sandbox
// (whose notify_verify confirms it) reaches a real merchant — core's createEscrow behind
// node:http on 127.0.0.1 — which answers `success` and updates its order once, however often
// it is sent. Everything started here is stopped.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  verifyNotification,
  type Escrow,
} from '@alipay-escrow/core';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { jsonOf, runCli } from './helpers/run-cli.js';

const PARTNER = '2088101122136241';
const KEY = '760bdzec6y9goq7ctyx96ezkz78287de';
const MD5 = { signType: 'MD5' as const, key: KEY };

interface Shop {
  escrow: Escrow;
  notifyUrl: string;
  paidHooks: number;
  requests: { headers: IncomingMessage['headers']; body: Buffer }[];
  /** What the merchant's logger was told (codes). */
  warnings: string[];
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** A sandbox and a merchant that knows order `shop-1` (0.01 yuan); both stopped afterwards. */
async function withShop(fn: (sandbox: RunningSandbox, shop: Shop) => Promise<void>): Promise<void> {
  const sandbox = await startSandbox({ partner: PARTNER, key: KEY, seller: { email: 'seller@example.com' } });
  const server = createServer();
  try {
    const url = await listen(server);
    const shop: Shop = {
      escrow: undefined as unknown as Escrow,
      notifyUrl: `${url}/alipay/notify`,
      paidHooks: 0,
      requests: [],
      warnings: [],
    };
    shop.escrow = createEscrow({
      merchant: {
        partner: PARTNER,
        keys: MD5,
        charset: 'utf-8',
        seller: { email: 'seller@example.com' },
        notifyUrl: shop.notifyUrl,
        gatewayUrl: sandbox.gatewayUrl,
      },
      store: createMemoryStore(),
      hooks: { onPaid: () => void shop.paidHooks++ },
      logger: { warn: (_message, warning) => void shop.warnings.push(`${warning.kind} ${warning.code}`) },
    });
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        shop.requests.push({ headers: req.headers, body });
        const request = new Request(`${url}${req.url}`, {
          method: req.method ?? 'POST',
          headers: { 'content-type': String(req.headers['content-type']) },
          body: new Uint8Array(body),
        });
        void shop.escrow.handleNotify(request).then(async (response) => {
          res.statusCode = response.status;
          response.headers.forEach((value, name) => {
            res.setHeader(name, value);
          });
          res.end(await response.text());
        });
      });
    });
    await shop.escrow.createPayment({
      outTradeNo: 'shop-1',
      subject: '测试商品',
      price: '0.01',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
    });
    await fn(sandbox, shop);
  } finally {
    await close(server);
    await sandbox.stop();
  }
}

describe('alipay-escrow trigger', { timeout: 30_000 }, () => {
  it('delivers a notification the merchant verifies (signature and notify_verify) and answers success: exit 0', async () => {
    await withShop(async (sandbox, shop) => {
      const run = await runCli([
        'trigger',
        'WAIT_SELLER_SEND_GOODS',
        '--to',
        shop.notifyUrl,
        '--out-trade-no',
        'shop-1',
        '--total',
        '0.01',
        '--sandbox',
        sandbox.url,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const out = jsonOf(run);
      expect(out).toMatchObject({
        outTradeNo: 'shop-1',
        sent: 1,
        acknowledged: 1,
        httpStatus: 200,
        reply: 'success',
        replies: { '200 "success"': 1 },
      });
      expect(out['notifyId']).toMatch(/^[0-9a-f]{32}$/);
      expect(await shop.escrow.getOrder('shop-1')).toMatchObject({
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        phase: 'paid',
        tradeNo: out['tradeNo'],
      });
      expect(shop.paidHooks).toBe(1);
      // Sent as Alipay sends: the malformed content type, Mozilla/4.0, signed with the sandbox key.
      const [request] = shop.requests;
      expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded; text/html; charset=UTF-8');
      expect(request!.headers['user-agent']).toBe('Mozilla/4.0');
      const client = createGatewayClient({
        partner: PARTNER,
        keys: MD5,
        charset: 'utf-8',
        gatewayUrl: sandbox.gatewayUrl,
      });
      expect(
        (
          await verifyNotification(new Uint8Array(request!.body), {
            keys: MD5,
            charset: 'utf-8',
            checkNotifyId: client.notifyVerify,
          })
        ).valid,
      ).toBe(true);
    });
  });

  it('--count N delivers the same notification N times with progress on stderr; the merchant applies it once', async () => {
    await withShop(async (sandbox, shop) => {
      const run = await runCli([
        'trigger',
        'WAIT_SELLER_SEND_GOODS',
        '--to',
        shop.notifyUrl,
        '--out-trade-no',
        'shop-1',
        '--total',
        '0.01',
        '--sandbox',
        sandbox.url,
        '--count',
        '40',
      ]);
      expect(run.code).toBe(0);
      expect(jsonOf(run)).toMatchObject({ sent: 40, acknowledged: 40, replies: { '200 "success"': 40 } });
      expect(run.stderr.trim().split('\n').at(-1)).toBe('trigger: 40/40 delivered, 40 answered success');
      expect(new Set(shop.requests.map((r) => r.body.toString('latin1'))).size).toBe(1);
      expect(shop.paidHooks).toBe(1);
      const log = await shop.escrow.listLog({ outTradeNo: 'shop-1' });
      expect(log.filter((e) => e.verdict === 'applied')).toHaveLength(1);
      expect(log.filter((e) => e.verdict === 'duplicate')).toHaveLength(39);
    });
  });

  it("prints the merchant's refusal and exits 1 for an order it does not know; a refund status on a known order is applied", async () => {
    await withShop(async (sandbox, shop) => {
      const unknown = await runCli([
        'trigger',
        'TRADE_FINISHED',
        '--to',
        shop.notifyUrl,
        '--out-trade-no',
        'nobody',
        '--total',
        '0.01',
        '--sandbox',
        sandbox.url,
      ]);
      expect(unknown.code).toBe(1);
      expect(jsonOf(unknown)).toMatchObject({
        httpStatus: 200,
        reply: 'fail',
        acknowledged: 0,
        warning: 'anomaly UNKNOWN_ORDER',
      });
      expect(unknown.stderr).toContain('trigger: not applied (UNKNOWN_ORDER)');
      const refund = await runCli([
        'trigger',
        'WAIT_SELLER_SEND_GOODS',
        '--refund-status',
        'WAIT_SELLER_AGREE',
        '--to',
        shop.notifyUrl,
        '--out-trade-no',
        'shop-1',
        '--total',
        '0.01',
        '--sandbox',
        sandbox.url,
      ]);
      expect(refund.code).toBe(0);
      expect(await shop.escrow.getOrder('shop-1')).toMatchObject({
        refundStatus: 'WAIT_SELLER_AGREE',
        phase: 'refunding',
      });
    });
  });

  it('an anomaly the merchant acknowledges but does not apply (total 9.99 for a 0.01 order) is not a success: exit 1, says so', async () => {
    await withShop(async (sandbox, shop) => {
      const run = await runCli([
        'trigger',
        'WAIT_SELLER_SEND_GOODS',
        '--to',
        shop.notifyUrl,
        '--out-trade-no',
        'shop-1',
        '--total',
        '9.99',
        '--sandbox',
        sandbox.url,
      ]);
      expect(run.code).toBe(1);
      expect(jsonOf(run)).toMatchObject({
        acknowledged: 1,
        httpStatus: 200,
        reply: 'success',
        warning: 'anomaly AMOUNT_MISMATCH',
        warnings: { 'anomaly AMOUNT_MISMATCH': 1 },
      });
      expect(run.stderr).toContain(
        'trigger: acknowledged, not applied (AMOUNT_MISMATCH) — npx alipay-escrow explain AMOUNT_MISMATCH',
      );
      expect(shop.warnings).toEqual(['anomaly AMOUNT_MISMATCH']);
      expect(await shop.escrow.getOrder('shop-1')).toMatchObject({ tradeStatus: null, phase: 'created' });
      expect(shop.paidHooks).toBe(0);
      // The right total is applied as usual, and exits 0 without a note.
      const ok = await runCli([
        'trigger',
        'WAIT_SELLER_SEND_GOODS',
        '--to',
        shop.notifyUrl,
        '--out-trade-no',
        'shop-1',
        '--total',
        '0.01',
        '--sandbox',
        sandbox.url,
      ]);
      expect(ok.code).toBe(0);
      expect(ok.stderr).toBe('');
      expect(jsonOf(ok)['warning']).toBeUndefined();
    });
  });

  it('a notify_url nobody answers: exit 1 with the network error', async () => {
    await withShop(async (sandbox) => {
      const run = await runCli([
        'trigger',
        'TRADE_FINISHED',
        '--to',
        'http://127.0.0.1:1/notify',
        '--out-trade-no',
        'shop-1',
        '--total',
        '0.01',
        '--sandbox',
        sandbox.url,
      ]);
      expect(run.code).toBe(1);
      expect(jsonOf(run)).toMatchObject({ httpStatus: null, reply: null, acknowledged: 0 });
      expect(String(jsonOf(run)['error'])).toMatch(/network error/);
    });
  });

  it('no sandbox running: exit 1, GATEWAY_NETWORK_ERROR naming --sandbox', async () => {
    const run = await runCli([
      'trigger',
      'TRADE_FINISHED',
      '--to',
      'http://127.0.0.1:1/notify',
      '--out-trade-no',
      'x',
      '--total',
      '0.01',
      '--sandbox',
      'http://127.0.0.1:1',
    ]);
    expect(run.code).toBe(1);
    expect(jsonOf(run)).toMatchObject({ error: { code: 'GATEWAY_NETWORK_ERROR', field: 'sandbox' } });
  });

  it('the sandbox refuses a malformed request: exit 1 with its code', async () => {
    await withShop(async (sandbox, shop) => {
      const run = await runCli([
        'trigger',
        'paid',
        '--to',
        shop.notifyUrl,
        '--out-trade-no',
        'shop-1',
        '--total',
        '0.01',
        '--sandbox',
        sandbox.url,
      ]);
      expect(run.code).toBe(1);
      expect(jsonOf(run)).toMatchObject({ error: { code: 'ILLEGAL_ARGUMENT' } });
    });
  });

  const USAGE: [string[], RegExp][] = [
    [['--to', 'http://127.0.0.1:1/n', '--out-trade-no', 'x', '--total', '1'], /needs the trade status/],
    [['TRADE_FINISHED', '--out-trade-no', 'x', '--total', '1'], /needs --to/],
    [['TRADE_FINISHED', '--to', 'http://127.0.0.1:1/n', '--total', '1'], /needs --out-trade-no/],
    [['TRADE_FINISHED', '--to', 'http://127.0.0.1:1/n', '--out-trade-no', 'x'], /needs --total/],
    [
      ['TRADE_FINISHED', '--to', 'http://127.0.0.1:1/n', '--out-trade-no', 'x', '--total', '1', '--count', '0'],
      /--count "0"/,
    ],
    [
      ['TRADE_FINISHED', 'TRADE_CLOSED', '--to', 'http://127.0.0.1:1/n', '--out-trade-no', 'x', '--total', '1'],
      /one trade status, got 2/,
    ],
    [
      ['TRADE_FINISHED', '--to', 'http://127.0.0.1:1/n', '--out-trade-no', 'x', '--total', '1', '--charset', 'big5'],
      /--charset "big5"/,
    ],
  ];
  for (const [args, message] of USAGE) {
    it(`usage error (exit 2): ${message.source}`, async () => {
      const run = await runCli(['trigger', ...args]);
      expect(run.code).toBe(2);
      expect((jsonOf(run) as { error: { message: string } }).error.message).toMatch(message);
      expect(run.stderr).toContain('usage: alipay-escrow trigger');
    });
  }

  it('--help explains the command and exits 0 without starting anything', async () => {
    const run = await runCli(['trigger', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: alipay-escrow trigger');
    expect(run.stdout).toContain('Exit codes');
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}trigger /m);
  });
});
