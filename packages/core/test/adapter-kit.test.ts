// The adapter kit (@alipay-escrow/core/adapter-kit): what every framework adapter shares. The
// adapters' own suites check the same behaviour through real servers; these pin what an author of
// a new adapter relies on.
import { describe, expect, it } from 'vitest';
import {
  alipayPaths,
  requestInfo,
  matchRoute,
  routeEscrow,
  toEndpoints,
  toEscrow,
  type EscrowEndpoints,
  type RequestInfo,
} from '../src/adapter-kit/index.js';
import { AlipayEscrowError } from '../src/errors/error.js';
import { createGatewayClient } from '../src/gateway/client.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { acceptingNotifyIds, buildTestNotification, TEST_DEFAULTS } from '../src/testing/index.js';

const keys = { signType: 'MD5' as const, key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f' };
const merchant = {
  partner: '2088101122130001',
  keys,
  charset: 'utf-8' as const,
  seller: { id: TEST_DEFAULTS.sellerId },
};

/** Endpoints that answer with which route they were asked for, and record the context. */
function recordingEndpoints(): EscrowEndpoints & { seen: [string, RequestInfo | undefined][] } {
  const seen: [string, RequestInfo | undefined][] = [];
  return {
    seen,
    handleNotify: async (_request, context) => (seen.push(['notify', context]), new Response('notify')),
    handleReturn: async (_request, context) => (seen.push(['return', context]), new Response('return')),
  };
}

describe('alipayPaths', () => {
  it('defaults to /alipay/notify and /alipay/return, and keeps the paths it is given', () => {
    expect(alipayPaths()).toEqual({ notifyPath: '/alipay/notify', returnPath: '/alipay/return' });
    expect(alipayPaths({ notifyPath: '/hooks/alipay' })).toEqual({
      notifyPath: '/hooks/alipay',
      returnPath: '/alipay/return',
    });
  });

  it('refuses one path for both routes: CONFIG_INVALID', () => {
    let caught: unknown;
    try {
      alipayPaths({ notifyPath: '/alipay', returnPath: '/alipay' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AlipayEscrowError);
    expect((caught as AlipayEscrowError).code).toBe('CONFIG_INVALID');
  });
});

describe('matchRoute and routeEscrow', () => {
  const paths = alipayPaths();

  it('match paths exactly: no trailing slash, no prefix, no query', () => {
    expect(matchRoute('/alipay/notify', paths)).toBe('notify');
    expect(matchRoute('/alipay/return', paths)).toBe('return');
    expect(matchRoute('/alipay/notify/', paths)).toBe(null);
    expect(matchRoute('/shop/alipay/notify', paths)).toBe(null);
  });

  it('hand each route to its endpoint with the context, and leave every other path alone', async () => {
    const endpoints = recordingEndpoints();
    const notify = routeEscrow(
      new Request('https://shop.example/alipay/notify?x=1', { method: 'POST', body: 'a=b' }),
      () => endpoints,
      paths,
      { remoteAddress: '110.75.143.21' },
    );
    expect(await notify?.then((r) => r.text())).toBe('notify');
    expect(
      await routeEscrow(new Request('https://shop.example/alipay/return?x=1'), () => endpoints, paths)?.then((r) =>
        r.text(),
      ),
    ).toBe('return');
    expect(routeEscrow(new Request('https://shop.example/'), () => endpoints, paths)).toBe(null);
    expect(endpoints.seen).toEqual([
      ['notify', { remoteAddress: '110.75.143.21' }],
      ['return', {}],
    ]);
  });

  it('do not ask for the endpoints on another path (a lazily built escrow stays unbuilt)', () => {
    let built = 0;
    const lazy = () => {
      built++;
      return recordingEndpoints();
    };
    expect(routeEscrow(new Request('https://shop.example/favicon.ico'), lazy, paths)).toBe(null);
    expect(built).toBe(0);
  });
});

describe('requestInfo', () => {
  it('leaves an unknown or empty address out', () => {
    expect(requestInfo(undefined)).toEqual({});
    expect(requestInfo('')).toEqual({});
    expect(requestInfo('::1')).toEqual({ remoteAddress: '::1' });
  });
});

describe('toEndpoints and toEscrow', () => {
  it('keep an instance as it is, and build one from options', () => {
    const endpoints = recordingEndpoints();
    expect(
      toEndpoints(endpoints, () => {
        throw new Error('must not build');
      }),
    ).toBe(endpoints);
    const escrow = toEscrow({ merchant, store: createMemoryStore() });
    expect(toEscrow(escrow)).toBe(escrow);
  });

  it('check the options at once: a bad key throws when the adapter is set up', () => {
    let caught: unknown;
    try {
      toEscrow({ merchant: { ...merchant, keys: { signType: 'MD5', key: '' } }, store: createMemoryStore() });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AlipayEscrowError);
  });

  it('build an Escrow that answers a notification', async () => {
    const store = createMemoryStore();
    const unreachable = async (): Promise<Response> => {
      throw new Error('no gateway call expected');
    };
    const gateway = {
      ...createGatewayClient({ partner: merchant.partner, keys, charset: 'utf-8', fetch: unreachable }),
      notifyVerify: acceptingNotifyIds(),
    };
    const escrow = toEscrow({ merchant, store, gateway });
    await escrow.createPayment({
      outTradeNo: 'KIT-1',
      subject: 'x',
      price: '10.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }],
    });
    const notice = await buildTestNotification({
      keys,
      charset: 'utf-8',
      outTradeNo: 'KIT-1',
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '10.00',
    });
    const response = routeEscrow(notice.request('https://shop.example/alipay/notify'), () => escrow, alipayPaths());
    expect(await response?.then((r) => r.text())).toBe('success');
    expect((await store.getOrder('KIT-1'))?.phase).toBe('paid');
  });
});
