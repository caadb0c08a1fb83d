import type { Context } from 'koa';

/** Core's Response onto Koa's ctx: status, headers and the exact body (none for a redirect). */
export async function writeResponse(ctx: Context, response: Response): Promise<void> {
  // body first: Koa derives a status and a Content-Type from it, which the lines below replace
  ctx.body = response.body === null ? null : Buffer.from(await response.arrayBuffer());
  ctx.status = response.status;
  response.headers.forEach((value, name) => {
    ctx.set(name, value);
  });
}
