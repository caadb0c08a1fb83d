// `alipay-escrow sandbox`, spawned from the built bin on real ports and always stopped: the
// configuration it prints works against its gateway, events are logged as they happen, Ctrl-C
// (SIGINT) and SIGTERM stop it cleanly, --db keeps state and credentials, mistakes exit 2.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formEncodePairs, signParams } from '@alipay-escrow/core/protocol';
import { jsonOf, runCli } from './helpers/run-cli.js';
import { withCli, type RunningCli } from './helpers/long-running.js';

interface Config {
  url: string;
  gatewayUrl: string;
  partner: string;
  key: string;
  seller: { id: string; email: string };
  sources: Record<string, string>;
  pages: Record<string, string>;
  chaos: { seed: number } | null;
  timeScale: number;
  store: string;
}

async function config(cli: RunningCli): Promise<Config> {
  return JSON.parse(await cli.line((l) => l.startsWith('{"url"'))) as Config;
}

/** A create request signed with the printed credentials; answers the gateway's status. */
async function createTrade(c: Config, outTradeNo: string, notifyUrl?: string): Promise<number> {
  const params: Record<string, string> = {
    service: 'create_partner_trade_by_buyer',
    partner: c.partner,
    _input_charset: 'utf-8',
    payment_type: '1',
    seller_id: c.seller.id,
    out_trade_no: outTradeNo,
    subject: '测试商品',
    price: '0.01',
    quantity: '1',
    logistics_type: 'EXPRESS',
    logistics_fee: '0.00',
    logistics_payment: 'SELLER_PAY',
    ...(notifyUrl === undefined ? {} : { notify_url: notifyUrl }),
  };
  const { sign } = await signParams(params, { signType: 'MD5', key: c.key }, { charset: 'utf-8' });
  const res = await fetch(
    `${c.gatewayUrl}?${formEncodePairs([...Object.entries(params), ['sign', sign], ['sign_type', 'MD5']], 'utf-8')}`,
    { redirect: 'manual' },
  );
  return res.status;
}

describe('alipay-escrow sandbox', { timeout: 30_000 }, () => {
  it('prints generated credentials that work against its gateway, logs events, and stops cleanly on SIGINT', async () => {
    await withCli(['sandbox', '--port', '0', '--json'], async (cli) => {
      const c = await config(cli);
      expect(c.url).toMatch(/^http:\/\/127\.0\.0\.1:[0-9]+$/);
      expect(c.gatewayUrl).toBe(`${c.url}/gateway.do`);
      expect(c.partner).toMatch(/^2088[0-9]{12}$/);
      expect(c.key).toMatch(/^[0-9a-z]{32}$/);
      expect(c.seller).toEqual({ id: c.partner, email: 'seller@example.com' });
      expect(c.sources).toEqual({ partner: 'generated', key: 'generated', seller: 'generated' });
      expect(c.pages).toEqual({
        trades: `${c.url}/sandbox`,
        buyer: `${c.url}/sandbox/buyer`,
        seller: `${c.url}/sandbox/seller`,
        api: `${c.url}/sandbox/api/trades`,
      });
      expect(c.store).toBe('memory');
      expect(await createTrade(c, 'cli-1')).toBe(302);
      const event = JSON.parse(await cli.line((l) => l.includes('"type":"trade"'))) as {
        event: { action: string; outTradeNo: string; tradeStatus: string };
      };
      expect(event.event).toMatchObject({ action: 'create', outTradeNo: 'cli-1', tradeStatus: 'WAIT_BUYER_PAY' });
      const page = await fetch(`${c.url}/sandbox`);
      expect(await page.text()).toContain('cli-1');
      expect(await cli.stop('SIGINT')).toEqual({ code: 0, signal: null });
      expect(cli.stderr()).toContain('sandbox stopped (SIGINT)');
      await expect(fetch(c.url)).rejects.toThrow();
    });
  });

  it('prints the text block a merchant pastes; a generated run gives new credentials each time', async () => {
    const first = await withCli(['sandbox', '--port', '0'], async (cli) => {
      await cli.line((l) => l.startsWith('Press Ctrl-C'));
      expect(await cli.stop('SIGTERM')).toEqual({ code: 0, signal: null });
      expect(cli.stderr()).toContain('sandbox stopped (SIGTERM)');
      return cli.stdout();
    });
    expect(first).toMatch(/^ {2}gatewayUrl {2}http:\/\/127\.0\.0\.1:[0-9]+\/gateway\.do$/m);
    expect(first).toMatch(/^ {2}partner {5}2088[0-9]{12} {3}\(generated for this run\)$/m);
    expect(first).toMatch(/^ {2}ALIPAY_KEY=[0-9a-z]{32}$/m);
    expect(first).toContain('buyer center              http://127.0.0.1:');
    const second = await withCli(['sandbox', '--port', '0'], async (cli) => {
      await cli.line((l) => l.startsWith('Press Ctrl-C'));
      await cli.stop();
      return cli.stdout();
    });
    const partnerOf = (text: string) => /ALIPAY_PARTNER=([0-9]+)/.exec(text)![1];
    expect(partnerOf(second)).not.toBe(partnerOf(first));
  });

  it('uses the partner, key and seller given, and never prints the key it was given', async () => {
    const key = 'q0w9e8r7t6y5u4i3o2p1a0s9d8f7g6h5';
    await withCli(
      [
        'sandbox',
        '--port',
        '0',
        '--json',
        '--partner',
        '2088101122136241',
        '--key',
        key,
        '--seller',
        'shop@example.com',
      ],
      async (cli) => {
        const c = await config(cli);
        expect(c).toMatchObject({
          partner: '2088101122136241',
          key: '[redacted]',
          seller: { id: '2088101122136241', email: 'shop@example.com' },
        });
        expect(c.sources).toEqual({ partner: 'given', key: 'given', seller: 'given' });
        expect(await createTrade({ ...c, key }, 'given-1')).toBe(302);
        await cli.stop();
        expect(cli.stdout() + cli.stderr()).not.toContain(key);
      },
    );
  });

  it('--chaos and --time-scale: retries come fast and the log shows each delivery', async () => {
    let hits = 0;
    const merchant = createServer((req, res) => {
      hits++;
      req.resume();
      res.end('fail');
    });
    await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
    const notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/notify`;
    try {
      await withCli(
        ['sandbox', '--port', '0', '--json', '--time-scale', '3600', '--chaos', 'dup=1,seed=7'],
        async (cli) => {
          const c = await config(cli);
          expect(c.timeScale).toBe(3600);
          expect(c.chaos).toMatchObject({ dup: 1, drop: 0, reorder: false, seed: 7 });
          expect(await createTrade(c, 'fast-1', notifyUrl)).toBe(302);
          // 2 min and 10 min after the first delivery become 33 ms and 200 ms.
          const third = JSON.parse(
            await cli.line((l) => l.includes('"type":"delivery"') && l.includes('"number":3')),
          ) as { event: Record<string, unknown> };
          expect(third.event).toMatchObject({ outTradeNo: 'fast-1', httpStatus: 200, reply: 'fail', delivered: false });
          expect(hits).toBeGreaterThanOrEqual(6); // each delivery twice (dup=1)
        },
      );
    } finally {
      await new Promise<void>((resolve) => merchant.close(() => resolve()));
    }
  });

  it('--db keeps the trades and the generated credentials across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-sandbox-'));
    const db = join(dir, 'sandbox.db');
    try {
      const first = await withCli(['sandbox', '--port', '0', '--json', '--db', db], async (cli) => {
        const c = await config(cli);
        expect(c.store).toBe(db);
        expect(await createTrade(c, 'kept-1')).toBe(302);
        expect(await cli.stop('SIGTERM')).toEqual({ code: 0, signal: null });
        return c;
      });
      await withCli(['sandbox', '--port', '0', '--json', '--db', db], async (cli) => {
        const c = await config(cli);
        expect({ partner: c.partner, key: c.key }).toEqual({ partner: first.partner, key: first.key });
        expect(c.sources).toEqual({ partner: 'stored', key: 'stored', seller: 'stored' });
        const { trades } = (await (await fetch(`${c.url}/sandbox/api/trades`)).json()) as {
          trades: { outTradeNo: string }[];
        };
        expect(trades.map((t) => t.outTradeNo)).toEqual(['kept-1']);
        await cli.stop();
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a port in use exits 2 with CONFIG_INVALID and a hint', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = String((blocker.address() as AddressInfo).port);
      const run = await runCli(['sandbox', '--port', port]);
      expect(run.code).toBe(2);
      expect(jsonOf(run)).toMatchObject({ error: { code: 'CONFIG_INVALID', field: 'port' } });
      expect((jsonOf(run) as { error: { message: string } }).error.message).toContain('EADDRINUSE');
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  const MISTAKES: [string[], string, RegExp][] = [
    [['--port', 'http'], 'USAGE_ERROR', /--port "http" is not a port number/],
    [['--chaos', 'dup=2'], 'CONFIG_INVALID', /probability from 0 to 1/],
    [['--time-scale', '0'], 'USAGE_ERROR', /must be a positive number/],
    [['--partner', '12345'], 'ILLEGAL_PARTNER', /not 2088 followed by 12 digits/],
    [['--seller', '2088123'], 'CONFIG_INVALID', /not 2088 followed by 12 digits/],
    [['--verbose'], 'USAGE_ERROR', /Unknown option '--verbose'/],
  ];
  for (const [args, code, message] of MISTAKES) {
    it(`${args.join(' ')} exits 2 with ${code}`, async () => {
      const run = await runCli(['sandbox', '--port', '0', ...args]);
      expect(run.code).toBe(2);
      const error = (jsonOf(run) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(run.stderr).toContain('usage: alipay-escrow sandbox');
    });
  }

  it('--help explains the command and exits 0 without starting anything', async () => {
    const run = await runCli(['sandbox', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: alipay-escrow sandbox');
    expect(run.stdout).toContain('Exit codes');
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}sandbox /m);
  });
});
