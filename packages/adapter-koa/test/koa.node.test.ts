// What the Koa adapter adds to core: the raw body (from the stream, or a body parser's
// ctx.request.rawBody, or a clear error when neither is left), the socket address, path matching,
// and core's Response written onto ctx (a redirect included).
import { bodyParser } from '@koa/bodyparser';
import Koa, { type Middleware } from 'koa';
import koaBodyParser from 'koa-bodyparser';
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError, Escrow } from '@alipay-escrow/core';
import { buildTestNotification, buildTestReturn, type TestNotification } from '@alipay-escrow/core/testing';
import { alipayEscrow, notifyHandler } from '@alipay-escrow/koa';
import {
  createSuiteEscrow,
  SUITE_KEYS,
  SUITE_PRICE,
  type SuiteEscrowInput,
} from '../../../tests/adapter-suite/index.js';
import { listen } from './listen.js';

type Charset = 'utf-8' | 'gbk';

async function seededNotice(escrow: Escrow, outTradeNo: string, charset: Charset = 'utf-8'): Promise<TestNotification> {
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
    subject: '测试商品',
  });
}

/** Serves `middleware` in order on 127.0.0.1, runs `body` against the base URL, stops the server; collects app errors. */
async function serving(
  middleware: Middleware[],
  body: (baseUrl: string, errors: unknown[]) => Promise<void>,
): Promise<void> {
  const app = new Koa();
  const errors: unknown[] = [];
  app.on('error', (error) => errors.push(error));
  for (const m of middleware) app.use(m);
  const server = await listen(app);
  try {
    await body(server.baseUrl, errors);
  } finally {
    await server.stop();
  }
}

function suite(input: Partial<SuiteEscrowInput> = {}) {
  return createSuiteEscrow({ charset: 'utf-8', ...input });
}

const rawText = async (escrow: Escrow, outTradeNo: string) =>
  new TextDecoder().decode((await escrow.listLog({ outTradeNo, limit: 1 }))[0]!.raw);

describe('remote address', () => {
  it('defaults to the socket’s peer: logged, and checked by the IP allow-list', async () => {
    const { escrow } = suite({ options: { ipAllowList: { ranges: ['127.0.0.0/8'] } } });
    const notice = await seededNotice(escrow, 'IP-1');
    await serving([alipayEscrow(escrow)], async (base) => {
      expect(await (await fetch(notice.request(`${base}/alipay/notify`))).text()).toBe('success');
    });
    expect((await escrow.listLog({ outTradeNo: 'IP-1' }))[0]!.remoteAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('outside Alipay’s ranges (the default allow-list): 403 `fail`, nothing applied', async () => {
    const { escrow } = suite({ options: { ipAllowList: {} } });
    const notice = await seededNotice(escrow, 'IP-2');
    await serving([alipayEscrow(escrow)], async (base) => {
      const response = await fetch(notice.request(`${base}/alipay/notify`));
      expect([response.status, await response.text()]).toEqual([403, 'fail']);
    });
    expect(await escrow.getOrder('IP-2')).toMatchObject({ version: 0 });
  });

  it('the remoteAddress option replaces it', async () => {
    const { escrow } = suite({ options: { ipAllowList: {} } });
    const notice = await seededNotice(escrow, 'IP-3');
    await serving([alipayEscrow(escrow, { remoteAddress: (ctx) => ctx.get('x-test-peer') })], async (base) => {
      expect(await (await fetch(notice.request(`${base}/alipay/notify`, { 'x-test-peer': '121.0.26.7' }))).text()).toBe(
        'success',
      );
    });
    expect((await escrow.listLog({ outTradeNo: 'IP-3' }))[0]!.remoteAddress).toBe('121.0.26.7');
  });
});

describe('body parsers mounted first', () => {
  /** Records what the parser left: whether it consumed the stream, and rawBody's type. */
  const probe =
    (seen: string[]): Middleware =>
    async (ctx, next) => {
      seen.push(
        `${ctx.req.readableEnded ? 'consumed' : 'untouched'}:${typeof (ctx.request as { rawBody?: unknown }).rawBody}`,
      );
      await next();
    };
  const parsers: [string, () => Middleware][] = [
    ['koa-bodyparser', () => koaBodyParser() as unknown as Middleware],
    ['@koa/bodyparser', () => bodyParser() as unknown as Middleware],
  ];
  for (const [name, parser] of parsers) {
    for (const charset of ['utf-8', 'gbk'] as const) {
      it(`${name} consumes a standard form body and keeps rawBody: that is what gets verified (${charset})`, async () => {
        const { escrow } = suite({ charset });
        const notice = await seededNotice(escrow, `P-${charset}`, charset);
        const seen: string[] = [];
        await serving([parser(), probe(seen), alipayEscrow(escrow)], async (base) => {
          const request = notice.request(`${base}/alipay/notify`, {
            'Content-Type': 'application/x-www-form-urlencoded',
          });
          expect(await (await fetch(request)).text()).toBe('success');
        });
        expect(seen).toEqual(['consumed:string']);
        expect(await rawText(escrow, `P-${charset}`)).toBe(notice.bodyText);
        expect(await escrow.getOrder(`P-${charset}`)).toMatchObject({ phase: 'paid' });
      });
    }

    // Koa 3's type-is reads Alipay's malformed type as a form, Koa 2's does not (koa-bodyparser
    // asks ctx.request.is): the parser then either keeps rawBody or leaves the stream unread.
    it(`${name} with Alipay’s malformed Content-Type: rawBody or the untouched stream, verified either way`, async () => {
      const { escrow } = suite();
      const notice = await seededNotice(escrow, 'P-alipay');
      const seen: string[] = [];
      await serving([parser(), probe(seen), alipayEscrow(escrow)], async (base) => {
        expect(await (await fetch(notice.request(`${base}/alipay/notify`))).text()).toBe('success');
      });
      expect(['consumed:string', 'untouched:undefined']).toContain(seen[0]);
      expect(await rawText(escrow, 'P-alipay')).toBe(notice.bodyText);
    });
  }

  it('a rawBody kept as a Buffer is used too', async () => {
    const { escrow } = suite();
    const notice = await seededNotice(escrow, 'BUF');
    const keepBuffer: Middleware = async (ctx, next) => {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
      Object.assign(ctx.request, { rawBody: Buffer.concat(chunks), body: {} });
      await next();
    };
    await serving([keepBuffer, alipayEscrow(escrow)], async (base) => {
      expect(await (await fetch(notice.request(`${base}/alipay/notify`))).text()).toBe('success');
    });
  });

  it('a parser that consumed the body and kept no rawBody: 500 BODY_ALREADY_PARSED saying to mount the handler first; nothing verified', async () => {
    const { escrow } = suite();
    const notice = await seededNotice(escrow, 'GONE');
    // what koa-body does without includeUnparsed: the stream is read, only the parsed object stays
    const parseOnly: Middleware = async (ctx, next) => {
      let text = '';
      for await (const chunk of ctx.req) text += String(chunk);
      Object.assign(ctx.request, { body: Object.fromEntries(new URLSearchParams(text)) });
      await next();
    };
    await serving([parseOnly, alipayEscrow(escrow)], async (base, errors) => {
      const response = await fetch(notice.request(`${base}/alipay/notify`));
      expect(response.status).toBe(500);
      expect(await response.text()).not.toBe('success');
      expect((errors[0] as AlipayEscrowError).code).toBe('BODY_ALREADY_PARSED');
      expect((errors[0] as Error).message).toMatch(/Mount the Alipay handlers before the body parser/);
    });
    expect(await escrow.listLog()).toEqual([]);
    expect(await escrow.getOrder('GONE')).toMatchObject({ version: 0 });
  });
});

describe('routing and responses', () => {
  it('alipayEscrow answers only its two paths; every other request goes on to next', async () => {
    const { escrow } = suite();
    const notice = await seededNotice(escrow, 'R-1');
    const rest: Middleware = (ctx) => {
      ctx.body = `app: ${ctx.method} ${ctx.path}`;
    };
    await serving([alipayEscrow(escrow, { notifyPath: '/hooks/alipay' }), rest], async (base) => {
      expect(await (await fetch(`${base}/alipay/notify`, { method: 'POST', body: notice.body.slice() })).text()).toBe(
        'app: POST /alipay/notify',
      );
      expect(await (await fetch(`${base}/hooks/alipay/extra`)).text()).toBe('app: GET /hooks/alipay/extra');
      expect(await (await fetch(`${base}/hooks/alipay`, { method: 'POST', body: notice.body.slice() })).text()).toBe(
        'success',
      );
      expect((await fetch(`${base}/alipay/return`)).headers.get('content-type')).toBe('text/html; charset=utf-8');
    });
  });

  it('notifyHandler answers exactly core’s reply: `success` as text/plain, no-store', async () => {
    const { escrow } = suite();
    const notice = await seededNotice(escrow, 'R-2');
    await serving([notifyHandler(escrow)], async (base) => {
      const response = await fetch(notice.request(`${base}/anything`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-length')).toBe('7');
      expect(await response.text()).toBe('success');
    });
  });

  it('a return redirect (returnPage.redirectTo): 303 with Location and an empty body', async () => {
    const { escrow } = suite({
      options: { returnPage: { redirectTo: (o) => `/orders/${o.outTradeNo ?? ''}?status=${o.status}` } },
    });
    await seededNotice(escrow, 'R-3');
    await serving([alipayEscrow(escrow)], async (base) => {
      const visit = await buildTestReturn({
        keys: SUITE_KEYS,
        returnUrl: `${base}/alipay/return`,
        outTradeNo: 'R-3',
        tradeStatus: 'WAIT_SELLER_SEND_GOODS',
        totalFee: SUITE_PRICE,
      });
      const response = await fetch(visit.url, { redirect: 'manual' });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/orders/R-3?status=paid');
      expect(await response.text()).toBe('');
    });
  });
});
