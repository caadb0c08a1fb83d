import type { IncomingMessage } from 'node:http';
import { AlipayEscrowError } from '@alipay-escrow/core';
import type { Context } from 'koa';

/**
 * Koa's request as a web Request for core: the same method, URL and headers, and the body as a
 * stream that core reads with its own byte cap. When a body parser ran first, its
 * `ctx.request.rawBody` (koa-bodyparser, @koa/bodyparser) is the body; a body consumed without
 * one cannot be verified, since signatures cover the exact bytes.
 */
export function toWebRequest(ctx: Context): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (value === undefined || name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  const init: RequestInit & { duplex?: 'half' } = { method: ctx.method, headers };
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
    init.body = bodyOf(ctx);
    init.duplex = 'half';
  }
  return new Request(URL.canParse(ctx.href) ? ctx.href : `http://localhost${ctx.originalUrl}`, init);
}

function bodyOf(ctx: Context): BodyInit {
  const rawBody = (ctx.request as { rawBody?: unknown }).rawBody;
  if (typeof rawBody === 'string' || rawBody instanceof Uint8Array) return rawBody as BodyInit;
  if (ctx.req.readableDidRead || ctx.req.readableEnded) {
    throw new AlipayEscrowError(
      'BODY_ALREADY_PARSED',
      'A middleware consumed the notification body before the Alipay notify handler ran, and left no ctx.request.rawBody.',
      {
        hint: 'Mount the Alipay handlers before the body parser (app.use(alipayEscrow(…)) first), or use a parser that keeps the raw body in ctx.request.rawBody (koa-bodyparser, @koa/bodyparser).',
        status: 500,
      },
    );
  }
  return streamOf(ctx.req);
}

/** The request body, pulled chunk by chunk: core stops pulling past its limit and the rest is never buffered. */
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
    },
    // Core gave up on the body (over its byte cap, or past its read deadline): stop reading, so a
    // slow client cannot hold the connection. Ending the iterator destroys the Node request.
    async cancel() {
      await chunks.return?.();
    },
  });
}
