// The console in a Koa app: the middleware hands the request to the console as a web Request
// and writes its Response back.
import { Readable } from 'node:stream';
import type { Escrow } from '@alipay-escrow/core';
import { createConsole } from '@alipay-escrow/console';
import { alipayEscrow } from '@alipay-escrow/koa';
import Koa, { type Context } from 'koa';
import { basicOperators, BASIC_CHALLENGE } from './authorize.js';

// #region koa
const BASE = '/admin/alipay';

/** Koa's request as a web Request (the body streamed: the console stops reading past 8 KiB). */
function toRequest(ctx: Context): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const hasBody = ctx.method !== 'GET' && ctx.method !== 'HEAD';
  return new Request(`${ctx.protocol}://${ctx.host}${ctx.originalUrl}`, {
    method: ctx.method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(ctx.req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

export function koaApp(escrow: Escrow, settings: { secret: string; passwords: Record<string, string> }): Koa {
  const console = createConsole({
    escrow,
    basePath: BASE,
    secret: settings.secret,
    authorize: basicOperators(settings.passwords),
    challenge: BASIC_CHALLENGE,
  });
  const app = new Koa();
  app.use(alipayEscrow(escrow)); // POST /alipay/notify, GET /alipay/return
  app.use(async (ctx, next) => {
    if (ctx.path !== BASE && !ctx.path.startsWith(`${BASE}/`)) return next();
    const response = await console(toRequest(ctx));
    ctx.body = Buffer.from(await response.arrayBuffer());
    ctx.status = response.status;
    response.headers.forEach((value, name) => {
      ctx.set(name, value);
    });
  });
  return app;
}
// #endregion koa
