// The adapter behaviour suite against Deno.serve on 127.0.0.1 (port 0), with orders, effects and
// the log in Deno KV; and what the adapter adds to core: the client address from
// info.remoteAddr, and routing.
import { describe, expect, it } from 'vitest';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { createSuiteEscrow, runAdapterSuite, SUITE_KEYS, SUITE_PRICE } from '../../../tests/adapter-suite/index.js';
import { createDenoKvStore } from '@alipay-escrow/core/deno-kv';
import { alipayEscrow, notifyHandler, returnHandler } from '../src/index.js';

interface Served {
  baseUrl: string;
  stop(): Promise<void>;
}

function serve(handler: Deno.ServeHandler): Served {
  const server = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, handler);
  return { baseUrl: `http://127.0.0.1:${server.addr.port}`, stop: () => server.shutdown() };
}

runAdapterSuite('deno: Deno.serve(alipayEscrow(options)) on 127.0.0.1, Deno KV store', async ({ charset }) => {
  const kv = await Deno.openKv(':memory:');
  const { escrow, options, keys } = createSuiteEscrow({ charset, store: createDenoKvStore(kv) });
  const server = serve(alipayEscrow(options));
  return {
    baseUrl: server.baseUrl,
    notifyPath: '/alipay/notify',
    returnPath: '/alipay/return',
    escrow,
    keys,
    charset,
    stop: async () => {
      await server.stop();
      kv.close();
    },
  };
});

runAdapterSuite(
  'deno: notifyHandler/returnHandler(escrow) in a hand-written router, Deno KV store',
  async ({ charset }) => {
    const kv = await Deno.openKv(':memory:');
    const { escrow, keys } = createSuiteEscrow({
      charset,
      store: createDenoKvStore(kv, { prefix: ['tenant', charset] }),
    });
    const notify = notifyHandler(escrow);
    const back = returnHandler(escrow);
    const server = serve((request, info) => {
      const { pathname } = new URL(request.url);
      if (pathname === '/hooks/alipay') return notify(request, info);
      if (pathname === '/checkout/done') return back(request, info);
      return new Response('Not Found', { status: 404 });
    });
    return {
      baseUrl: server.baseUrl,
      notifyPath: '/hooks/alipay',
      returnPath: '/checkout/done',
      escrow,
      keys,
      charset,
      stop: async () => {
        await server.stop();
        kv.close();
      },
    };
  },
);

async function paid(escrow: ReturnType<typeof createSuiteEscrow>['escrow'], outTradeNo: string) {
  await escrow.createPayment({
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

describe('remoteAddress from info.remoteAddr', () => {
  it('is the connection’s address: logged, and checked by the IP allow-list', async () => {
    const loopback = createSuiteEscrow({ charset: 'utf-8', options: { ipAllowList: { ranges: ['127.0.0.0/8'] } } });
    const alipayOnly = createSuiteEscrow({ charset: 'utf-8', options: { ipAllowList: {} } });
    for (const [shop, status, body, verdict] of [
      [loopback, 200, 'success', 'applied'],
      [alipayOnly, 403, 'fail', 'rejected'],
    ] as const) {
      const notice = await paid(shop.escrow, 'IP-1');
      const server = serve(alipayEscrow(shop.escrow));
      try {
        const response = await fetch(notice.request(`${server.baseUrl}/alipay/notify`));
        expect([response.status, await response.text()]).toEqual([status, body]);
      } finally {
        await server.stop();
      }
      expect((await shop.escrow.listLog({ limit: 1 }))[0]).toMatchObject({ remoteAddress: '127.0.0.1', verdict });
    }
  });

  it('without info (called from another router) the address is unknown: null', async () => {
    const shop = createSuiteEscrow({ charset: 'utf-8' });
    const notice = await paid(shop.escrow, 'IP-2');
    expect(await (await notifyHandler(shop.escrow)(notice.request())).text()).toBe('success');
    expect((await shop.escrow.listLog({ limit: 1 }))[0]!.remoteAddress).toBe(null);
  });

  it('a unix-socket connection has no hostname: null', async () => {
    const shop = createSuiteEscrow({ charset: 'utf-8' });
    const notice = await paid(shop.escrow, 'IP-3');
    const info = { remoteAddr: { transport: 'unix' as const, path: '/tmp/app.sock' } };
    expect(await (await alipayEscrow(shop.escrow)(notice.request('http://localhost/alipay/notify'), info)).text()).toBe(
      'success',
    );
    expect((await shop.escrow.listLog({ limit: 1 }))[0]!.remoteAddress).toBe(null);
  });
});

describe('routing', () => {
  it('404 outside its two paths, or the fallback with the same info', async () => {
    const shop = createSuiteEscrow({ charset: 'utf-8' });
    expect((await alipayEscrow(shop.escrow)(new Request('http://localhost/'))).status).toBe(404);
    const seen: unknown[] = [];
    const info = { remoteAddr: { transport: 'tcp', hostname: '192.0.2.1', port: 4000 } };
    const handler = alipayEscrow(shop.escrow, {
      notifyPath: '/pay/notify',
      fallback: (request, i) => {
        seen.push(new URL(request.url).pathname, i);
        return new Response('page');
      },
    });
    expect(await (await handler(new Request('http://localhost/alipay/notify'), info)).text()).toBe('page');
    expect(seen).toEqual(['/alipay/notify', info]);
    expect((await handler(new Request('http://localhost/pay/notify'), info)).status).toBe(405);
  });
});
