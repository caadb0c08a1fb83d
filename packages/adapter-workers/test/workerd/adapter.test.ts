// What the Workers adapter adds to core, inside workerd: options built from env once per env
// object, the client address from CF-Connecting-IP (only for a request that came through
// Cloudflare, or as trustCfConnectingIp says), routing (404 / fallback), and the two handlers on
// their own, under the behaviour suite.
import type { AlipayEscrowError } from '@alipay-escrow/core';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { createExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  createSuiteEscrow,
  runAdapterSuite,
  SUITE_KEYS,
  SUITE_PRICE,
  type SuiteEscrowInput,
} from '../../../../tests/adapter-suite/index.js';
import { alipayEscrow, cloudflareClientAddress, notifyHandler, returnHandler } from '../../src/index.js';

const ctx = createExecutionContext();
const suite = (input: Partial<SuiteEscrowInput> = {}) => createSuiteEscrow({ charset: 'utf-8', ...input });
const notifyUrl = 'https://shop.example.com/alipay/notify';

async function paidNotice(input: ReturnType<typeof suite>, outTradeNo: string) {
  await input.escrow.createPayment({
    outTradeNo,
    subject: '测试商品',
    price: SUITE_PRICE,
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
  return buildTestNotification({
    keys: SUITE_KEYS,
    outTradeNo,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: SUITE_PRICE,
  });
}

describe('options as a function of env', () => {
  it('is called once per env object, and each env gets its own escrow', async () => {
    const seen: object[] = [];
    const worker = alipayEscrow((env: { name: string }) => {
      seen.push(env);
      return suite().options;
    });
    const envA = { name: 'a' };
    const envB = { name: 'b' };
    for (const env of [envA, envA, envB, envA, envB]) {
      const response = await worker.fetch(new Request(notifyUrl), env, ctx);
      expect(response.status).toBe(405);
    }
    expect(seen).toEqual([envA, envB]);
    expect(seen[0]).toBe(envA);
  });

  it('reads secrets from env: the key in env verifies the notification', async () => {
    const shop = suite();
    const worker = alipayEscrow((env: { ALIPAY_KEY: string }) => ({
      ...shop.options,
      merchant: { ...shop.merchant, keys: { signType: 'MD5', key: env.ALIPAY_KEY } },
    }));
    const notice = await paidNotice(shop, 'ENV-1');
    const wrongKey = await worker.fetch(notice.request(notifyUrl), { ALIPAY_KEY: 'x'.repeat(32) }, ctx);
    expect(await wrongKey.text()).toBe('fail');
    const rightKey = await worker.fetch(
      notice.request(notifyUrl),
      { ALIPAY_KEY: (SUITE_KEYS as { key: string }).key },
      ctx,
    );
    expect(await rightKey.text()).toBe('success');
    expect(await shop.escrow.getOrder('ENV-1')).toMatchObject({ phase: 'paid' });
  });

  it('a configuration error (no key in env) throws KEY_INVALID from fetch, and is not cached', async () => {
    const shop = suite();
    const env: { ALIPAY_KEY?: string } = {};
    const worker = alipayEscrow((e: typeof env) => ({
      ...shop.options,
      merchant: { ...shop.merchant, keys: { signType: 'MD5', key: e.ALIPAY_KEY ?? '' } },
    }));
    try {
      await worker.fetch(new Request(notifyUrl), env, ctx);
      throw new Error('expected a throw');
    } catch (error) {
      expect((error as AlipayEscrowError).code).toBe('KEY_INVALID');
      expect((error as Error).message).not.toContain('undefined');
    }
    env.ALIPAY_KEY = (SUITE_KEYS as { key: string }).key;
    expect((await worker.fetch(new Request(notifyUrl), env, ctx)).status).toBe(405);
  });
});

/** The request as Cloudflare's edge hands it to a Worker: with `request.cf` attached. */
const viaCloudflare = (request: Request) =>
  new Request(request, { cf: { colo: 'HKG', country: 'CN', asn: 4134 } } as RequestInit);

describe('remoteAddress from CF-Connecting-IP', () => {
  it('is logged, and the IP allow-list admits an Alipay address', async () => {
    const shop = suite({ options: { ipAllowList: {} } });
    const notice = await paidNotice(shop, 'IP-1');
    const response = await alipayEscrow(shop.escrow).fetch(
      viaCloudflare(notice.request(notifyUrl, { 'CF-Connecting-IP': '110.75.143.21' })),
      {},
      ctx,
    );
    expect([response.status, await response.text()]).toEqual([200, 'success']);
    expect((await shop.escrow.listLog({ outTradeNo: 'IP-1' }))[0]).toMatchObject({
      remoteAddress: '110.75.143.21',
      verdict: 'applied',
    });
  });

  it('an address outside the allowed ranges: 403 `fail`, nothing applied', async () => {
    const shop = suite({ options: { ipAllowList: {} } });
    const notice = await paidNotice(shop, 'IP-2');
    const response = await notifyHandler(shop.escrow)(
      viaCloudflare(notice.request(notifyUrl, { 'CF-Connecting-IP': '203.0.113.9' })),
      {},
      ctx,
    );
    expect([response.status, await response.text()]).toEqual([403, 'fail']);
    expect(await shop.escrow.getOrder('IP-2')).toMatchObject({ version: 0 });
    expect((await shop.escrow.listLog({ limit: 1 }))[0]).toMatchObject({
      remoteAddress: '203.0.113.9',
      code: 'IP_NOT_ALLOWED',
    });
  });

  it('without the header the address is unknown (null), and the allow-list refuses', async () => {
    const shop = suite({ options: { ipAllowList: {} } });
    const notice = await paidNotice(shop, 'IP-3');
    const response = await alipayEscrow(shop.escrow).fetch(viaCloudflare(notice.request(notifyUrl)), {}, ctx);
    expect(response.status).toBe(403);
    expect((await shop.escrow.listLog({ limit: 1 }))[0]!.remoteAddress).toBeNull();
  });

  it('attack: a client-written CF-Connecting-IP on a request without request.cf (a self-hosted workerd) is not believed', async () => {
    const shop = suite({ options: { ipAllowList: {} } });
    const notice = await paidNotice(shop, 'IP-4');
    const response = await alipayEscrow(shop.escrow).fetch(
      notice.request(notifyUrl, { 'CF-Connecting-IP': '110.75.143.21' }),
      {},
      ctx,
    );
    expect([response.status, await response.text()]).toEqual([403, 'fail']);
    expect((await shop.escrow.listLog({ limit: 1 }))[0]).toMatchObject({ remoteAddress: null, code: 'IP_NOT_ALLOWED' });
    expect(await shop.escrow.getOrder('IP-4')).toMatchObject({ phase: 'created', version: 0 });
  });

  it('trustCfConnectingIp: true believes the header without request.cf (a proxy of your own overwrites it)', async () => {
    const shop = suite({ options: { ipAllowList: {} } });
    const notice = await paidNotice(shop, 'IP-5');
    const handler = notifyHandler(shop.escrow, { trustCfConnectingIp: true });
    const response = await handler(notice.request(notifyUrl, { 'CF-Connecting-IP': '110.75.143.21' }), {}, ctx);
    expect([response.status, await response.text()]).toEqual([200, 'success']);
    expect((await shop.escrow.listLog({ outTradeNo: 'IP-5' }))[0]).toMatchObject({
      remoteAddress: '110.75.143.21',
      verdict: 'applied',
    });
  });

  it('trustCfConnectingIp: false never reads the header, even with request.cf', async () => {
    const shop = suite({ options: { ipAllowList: {} } });
    const notice = await paidNotice(shop, 'IP-6');
    const worker = alipayEscrow(shop.escrow, { trustCfConnectingIp: false });
    const response = await worker.fetch(
      viaCloudflare(notice.request(notifyUrl, { 'CF-Connecting-IP': '110.75.143.21' })),
      {},
      ctx,
    );
    expect(response.status).toBe(403);
    expect((await shop.escrow.listLog({ limit: 1 }))[0]!.remoteAddress).toBeNull();
  });

  it('cloudflareClientAddress reads the address the same way, for a router of your own', () => {
    const request = new Request(notifyUrl, { headers: { 'CF-Connecting-IP': '198.51.100.7' } });
    expect(cloudflareClientAddress(request)).toBeUndefined();
    expect(cloudflareClientAddress(viaCloudflare(request))).toBe('198.51.100.7');
    expect(cloudflareClientAddress(request, { trustCfConnectingIp: true })).toBe('198.51.100.7');
    expect(cloudflareClientAddress(viaCloudflare(request), { trustCfConnectingIp: false })).toBeUndefined();
  });
});

describe('routing', () => {
  it('answers 404 outside its two paths', async () => {
    const worker = alipayEscrow(suite().escrow);
    for (const path of ['/', '/alipay', '/alipay/notify/', '/alipay/notifyx', '/ALIPAY/NOTIFY']) {
      const response = await worker.fetch(
        new Request(`https://shop.example.com${path}`, { method: 'POST', body: 'a=b' }),
        {},
        ctx,
      );
      expect([path, response.status]).toEqual([path, 404]);
    }
  });

  it('hands every other request, with env and ctx, to the fallback', async () => {
    const calls: unknown[][] = [];
    const env = { SHOP: 'demo' };
    const worker = alipayEscrow(suite().escrow, {
      notifyPath: '/pay/notify',
      returnPath: '/pay/return',
      fallback: (request, e, c) => {
        calls.push([new URL(request.url).pathname, e, c]);
        return new Response('shop page', { status: 200 });
      },
    });
    const page = await worker.fetch(new Request('https://shop.example.com/alipay/notify'), env, ctx);
    expect(await page.text()).toBe('shop page');
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe('/alipay/notify');
    expect(calls[0]![1]).toBe(env);
    expect(calls[0]![2]).toBe(ctx);
    expect((await worker.fetch(new Request('https://shop.example.com/pay/notify'), env, ctx)).status).toBe(405);
    expect(calls).toHaveLength(1);
  });
});

runAdapterSuite(
  'workers in workerd: notifyHandler/returnHandler(options) in a hand-written fetch (in-process, memory store)',
  async ({ charset }) => {
    const { escrow, options, keys } = createSuiteEscrow({ charset });
    const notify = notifyHandler(options);
    const back = returnHandler(options);
    const worker = {
      fetch: (request: Request, env: unknown, c: typeof ctx) => {
        const { pathname } = new URL(request.url);
        if (pathname === '/hooks/alipay') return notify(request, env, c);
        if (pathname === '/checkout/done') return back(request, env, c);
        return Promise.resolve(new Response('Not Found', { status: 404 }));
      },
    };
    // Both handlers were built from the same options: one store, so `escrow` sees what they did.
    return {
      fetch: (request) => worker.fetch(request, {}, ctx),
      notifyPath: '/hooks/alipay',
      returnPath: '/checkout/done',
      escrow,
      keys,
      charset,
      stop: async () => {},
    };
  },
);
