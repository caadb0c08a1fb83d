// What the pages say: Chinese throughout (transport types, delivery diagnostics), notifications
// numbered per trade, the ILLEGAL_SIGN page's pre-sign string and expected sign, the test API page
// with curl commands, dated validity times, and a favicon.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signParams } from '@alipay-escrow/core/protocol';
import { describe, expect, it } from 'vitest';
import { eventLine } from '../src/node.js';
import { open, submit, textOf } from './browser.js';
import {
  api,
  createParams,
  createTrade,
  get,
  KEY,
  MD5,
  signedUrl,
  unescapeHtml,
  withMerchant,
  withSandbox,
} from './helpers.js';

/** A port nothing listens on (the OS gave it, then it was closed). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Chinese pages', () => {
  it('the seller center offers the transport types as 快递 / 平邮 / EMS and the trade page names the one used', async () => {
    await withSandbox({}, async (s) => {
      const tradeNo = (await createTrade(s, { out_trade_no: 'ship-1', logistics_type: 'POST' })).headers
        .get('location')!
        .split('/')[2]!;
      await api(s, 'POST', 'trades/ship-1/pay', {});
      const seller = await open(`${s.url}/sandbox/seller`);
      const options = [...seller.html.matchAll(/<option value="([A-Z]+)"( selected)?>([^<]*)<\/option>/g)].map(
        (m) => `${m[1]}=${m[3]}${m[2] ? '*' : ''}`,
      );
      expect(options).toEqual(['POST=平邮*', 'EXPRESS=快递', 'EMS=EMS', 'DIRECT=无需物流']);
      await submit(seller, `ship-${tradeNo}`, { invoice_no: 'P001' });
      const page = await open(`${s.url}/sandbox/trades/${tradeNo}`);
      expect(page.html).toContain('平邮<code>POST</code>');
    });
  });

  it('a delivery nobody answered is explained in Chinese, with the system code', async () => {
    const port = await freePort();
    await withSandbox({}, async (s) => {
      const tradeNo = (await createTrade(s, { notify_url: `http://127.0.0.1:${port}/alipay/notify` })).headers
        .get('location')!
        .split('/')[2]!;
      await s.sandbox.clock.advance(1);
      const page = await open(`${s.url}/sandbox/trades/${tradeNo}`);
      expect(page.html).toContain(
        '连不上商户的 notify_url：连接被拒绝，这个地址和端口上没有程序在监听（ECONNREFUSED）',
      );
      // The JSON keeps the English text.
      const [n] = (await api(s, 'GET', 'trades/order-1/notifications')).json.notifications;
      expect(n.attempts[0].error).toBe('network error: fetch failed (ECONNREFUSED)');
    });
  });

  it('numbers notifications per trade, from 1', async () => {
    await withMerchant(async (m) => {
      await withSandbox({}, async (s) => {
        await createTrade(s, { out_trade_no: 'n-1', notify_url: m.notifyUrl });
        const second = (await createTrade(s, { out_trade_no: 'n-2', notify_url: m.notifyUrl })).headers
          .get('location')!
          .split('/')[2]!;
        await api(s, 'POST', 'trades/n-2/pay', {});
        const page = await open(`${s.url}/sandbox/trades/${second}`);
        expect([...page.html.matchAll(/class="notification-number">(\d+)</g)].map((x) => x[1])).toEqual(['1', '2']);
      });
    });
  });

  it('writes validity times with their date', () => {
    const expiresAt = Date.UTC(2013, 7, 23, 7, 7, 18);
    const line = eventLine({
      type: 'notify-id',
      at: expiresAt - 60_000,
      outTradeNo: 'o-1',
      tradeNo: 't',
      notifyId: 'abc',
      tradeStatus: 'TRADE_FINISHED',
      refundStatus: null,
      expiresAt,
    } as never);
    expect(line).toContain('valid until 2013-08-23 15:07:18');
  });
});

describe('the ILLEGAL_SIGN page', () => {
  it('shows the pre-sign string the sandbox built and the MD5 sign it expected', async () => {
    await withSandbox({}, async (s) => {
      const params = createParams({ out_trade_no: 'sign-1', subject: '签名 测试', body: '' });
      const good = await signParams(params, MD5, { charset: 'utf-8' });
      const url = new URL(await signedUrl(s.gatewayUrl, params));
      url.searchParams.set('sign', '0'.repeat(32));
      const html = await (await get(url.toString())).text();
      expect(/<code id="error-code">([A-Z_]+)</.exec(html)?.[1]).toBe('ILLEGAL_SIGN');
      const presign = unescapeHtml(/<pre id="expected-presign">([\s\S]*?)<\/pre>/.exec(html)![1]!);
      expect(presign).toContain('subject=签名 测试');
      expect(presign).not.toContain('body=');
      expect(presign).not.toContain(KEY);
      expect(presign.split('&')[0]).toBe('_input_charset=utf-8');
      expect(textOf(html, 'expected-sign')).toBe(good.sign);
      expect(textOf(html, 'received-sign')).toBe('0'.repeat(32));
      expect(html).not.toContain(KEY);
    });
  });

  it('is not shown for other errors', async () => {
    await withSandbox({}, async (s) => {
      const html = await (await get(await signedUrl(s.gatewayUrl, createParams({ price: '-1' })))).text();
      expect(html).toContain('id="error-code"');
      expect(html).not.toContain('expected-presign');
    });
  });
});

describe('the 测试 API page and the favicon', () => {
  it('the navigation leads to an HTML page with curl commands for this sandbox and its latest trade', async () => {
    await withSandbox({}, async (s) => {
      await createTrade(s, { out_trade_no: 'api-1' });
      const index = await open(`${s.url}/sandbox`);
      expect(index.html).toContain('<a href="/sandbox/test-api">测试 API</a>');
      const res = await fetch(`${s.url}/sandbox/test-api`);
      expect(res.headers.get('content-type')).toContain('text/html');
      const html = unescapeHtml(await res.text());
      expect(html).toContain(`curl -s '${s.url}/sandbox/api/trades/api-1'`);
      expect(html).toContain(`curl -s -X POST '${s.url}/sandbox/api/trades/api-1/pay'`);
      expect(html).toContain("-H 'content-type: application/json'");
      expect(html).toContain('pay-fail@buyer.sandbox');
      // The command it shows works as written.
      const pay = /curl -s -X POST '([^']+\/pay)' \\\n\s+-H 'content-type: application\/json' -d '([^']*)'/.exec(html)!;
      const done = await fetch(pay[1]!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: pay[2]!,
      });
      expect(done.status).toBe(200);
      expect(((await done.json()) as { tradeStatus: string }).tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
    });
  });

  it('serves a favicon every page links to', async () => {
    await withSandbox({}, async (s) => {
      expect((await open(`${s.url}/sandbox`)).html).toContain('<link rel="icon" href="/favicon.svg"');
      for (const path of ['/favicon.svg', '/favicon.ico']) {
        const res = await fetch(`${s.url}${path}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('image/svg+xml');
        expect(await res.text()).toContain('<svg');
      }
    });
  });
});
