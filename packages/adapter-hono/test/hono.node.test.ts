// What the Hono adapter adds to core: the client address (from the runtime's getConnInfo, only
// when asked) and the raw body when a middleware read it first.
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type MiddlewareHandler } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError, Escrow } from '@alipay-escrow/core';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { alipayEscrow, notifyHandler } from '@alipay-escrow/hono';
import {
  createSuiteEscrow,
  SUITE_KEYS,
  SUITE_PRICE,
  type SuiteEscrowInput,
} from '../../../tests/adapter-suite/index.js';
import { listen } from './listen.js';

async function seededNotice(escrow: Escrow, outTradeNo: string, charset: 'utf-8' | 'gbk' = 'utf-8') {
  await escrow.createPayment({
    outTradeNo,
    subject: '测试商品',
    price: SUITE_PRICE,
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
  return buildTestNotification({
    keys: SUITE_KEYS,
    charset,
    outTradeNo,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: SUITE_PRICE,
  });
}

/** Posts one genuine notification for a fresh order to `app` served on 127.0.0.1. */
async function deliverTo(
  app: Hono,
  escrow: Escrow,
  path: string,
  id: string,
  headers: Record<string, string> = {},
  charset: 'utf-8' | 'gbk' = 'utf-8',
) {
  const notice = await seededNotice(escrow, id, charset);
  const server = await listen(app);
  try {
    const response = await fetch(notice.request(`${server.baseUrl}${path}`, headers));
    return { status: response.status, body: await response.text(), notice };
  } finally {
    await server.stop();
  }
}

function suite(input: Partial<SuiteEscrowInput> = {}) {
  return createSuiteEscrow({ charset: 'utf-8', ...input });
}

describe('remoteAddress', () => {
  it('is whatever the option answers (here getConnInfo from @hono/node-server): logged, and checked by the IP allow-list', async () => {
    const { escrow } = suite({ options: { ipAllowList: { ranges: ['127.0.0.0/8'] } } });
    const app = new Hono().route('/', alipayEscrow(escrow, { remoteAddress: (c) => getConnInfo(c).remote.address }));
    expect(await deliverTo(app, escrow, '/alipay/notify', 'IP-1')).toMatchObject({ status: 200, body: 'success' });
    expect((await escrow.listLog({ outTradeNo: 'IP-1' }))[0]).toMatchObject({
      remoteAddress: '127.0.0.1',
      verdict: 'applied',
    });
  });

  it('outside the allowed ranges: 403 `fail`, nothing applied', async () => {
    const { escrow } = suite({ options: { ipAllowList: {} } }); // Alipay's ranges only
    const app = new Hono().route('/', alipayEscrow(escrow, { remoteAddress: (c) => getConnInfo(c).remote.address }));
    expect(await deliverTo(app, escrow, '/alipay/notify', 'IP-2')).toMatchObject({ status: 403, body: 'fail' });
    expect(await escrow.getOrder('IP-2')).toMatchObject({ version: 0 });
    expect((await escrow.listLog({ limit: 1 }))[0]).toMatchObject({
      remoteAddress: '127.0.0.1',
      verdict: 'rejected',
      code: 'IP_NOT_ALLOWED',
    });
  });

  it('without the option the address is unknown: logged as null (Hono cannot know it portably)', async () => {
    const { escrow } = suite();
    expect((await deliverTo(new Hono().route('/', alipayEscrow(escrow)), escrow, '/alipay/notify', 'IP-3')).body).toBe(
      'success',
    );
    expect((await escrow.listLog({ outTradeNo: 'IP-3' }))[0]!.remoteAddress).toBeNull();
  });
});

describe('a middleware read the body first', () => {
  const readers: [string, MiddlewareHandler][] = [
    [
      'c.req.text()',
      async (c, next) => {
        await c.req.text();
        await next();
      },
    ],
    [
      'c.req.arrayBuffer()',
      async (c, next) => {
        await c.req.arrayBuffer();
        await next();
      },
    ],
    [
      'c.req.blob()',
      async (c, next) => {
        await c.req.blob();
        await next();
      },
    ],
    [
      'c.req.parseBody()',
      async (c, next) => {
        await c.req.parseBody();
        await next();
      },
    ],
    [
      'c.req.json() (which fails on a form body)',
      async (c, next) => {
        await c.req.json().catch(() => undefined);
        await next();
      },
    ],
  ];
  for (const [name, reader] of readers) {
    for (const charset of ['utf-8', 'gbk'] as const) {
      it(`${name}, ${charset}: Hono kept the bytes, so they are verified and applied`, async () => {
        const { escrow } = suite({ charset });
        const app = new Hono();
        app.use('*', reader);
        app.route('/', alipayEscrow(escrow));
        const r = await deliverTo(app, escrow, '/alipay/notify', `READ-${charset}`, {}, charset);
        expect([r.status, r.body]).toEqual([200, 'success']);
        const [entry] = await escrow.listLog({ outTradeNo: `READ-${charset}` });
        expect(new TextDecoder().decode(entry!.raw)).toBe(r.notice.bodyText);
      });
    }
  }

  const spoilers: [string, MiddlewareHandler][] = [
    [
      'c.req.formData()',
      async (c, next) => {
        await c.req.formData();
        await next();
      },
    ],
    [
      'c.req.raw.text() (bypassing Hono’s cache)',
      async (c, next) => {
        await c.req.raw.text();
        await next();
      },
    ],
  ];
  for (const [name, spoiler] of spoilers) {
    it(`${name}: no raw copy is left, so a 500 BODY_ALREADY_PARSED that says how to fix it; nothing verified`, async () => {
      const { escrow } = suite();
      const errors: unknown[] = [];
      const app = new Hono();
      app.onError((error, c) => {
        errors.push(error);
        return c.text('Internal Server Error', 500);
      });
      app.use('*', spoiler);
      app.post('/notify', notifyHandler(escrow));
      const r = await deliverTo(app, escrow, '/notify', 'SPOILT', {
        'Content-Type': 'application/x-www-form-urlencoded',
      });
      expect(r.status).toBe(500);
      expect(r.body).not.toBe('success');
      expect((errors[0] as AlipayEscrowError).code).toBe('BODY_ALREADY_PARSED');
      expect((errors[0] as Error).message).toMatch(/before middleware that parses bodies/);
      expect(await escrow.listLog()).toEqual([]);
      expect(await escrow.getOrder('SPOILT')).toMatchObject({ version: 0 });
    });
  }
});
