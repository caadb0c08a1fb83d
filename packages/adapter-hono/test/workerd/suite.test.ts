// The adapter behaviour suite inside workerd: the sub-app serves in-process through `app.fetch`,
// so requests and responses are workerd's own Request/Response/ReadableStream.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { alipayEscrow, notifyHandler, returnHandler } from '@alipay-escrow/hono';
import { createSuiteEscrow, runAdapterSuite } from '../../../../tests/adapter-suite/index.js';

describe('workerd runtime', () => {
  it('is Cloudflare Workers (the suite below runs in workerd, not Node)', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
    expect(typeof (globalThis as { WebSocketPair?: unknown }).WebSocketPair).toBe('function');
  });
});

runAdapterSuite('hono in workerd, alipayEscrow(escrow) at the root', async ({ charset }) => {
  const { escrow, keys } = createSuiteEscrow({ charset });
  const app = new Hono().route('/', alipayEscrow(escrow));
  return {
    baseUrl: 'https://shop.example.com',
    fetch: async (request) => app.fetch(request),
    notifyPath: '/alipay/notify',
    returnPath: '/alipay/return',
    escrow,
    keys,
    charset,
    stop: async () => {},
  };
});

runAdapterSuite('hono in workerd, notifyHandler/returnHandler(options) on routes of the app', async ({ charset }) => {
  const { escrow, options, keys } = createSuiteEscrow({ charset });
  const app = new Hono();
  app.all('/pay/notify', notifyHandler(options));
  app.all('/pay/return', returnHandler(options));
  return {
    fetch: async (request) => app.fetch(request),
    notifyPath: '/pay/notify',
    returnPath: '/pay/return',
    escrow,
    keys,
    charset,
    stop: async () => {},
  };
});
