/** The shop's favicon (an SVG: 店 on the shop's blue), at /favicon.svg and /favicon.ico. */
import { Hono, type Context } from 'hono';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1677ff"/><text x="16" y="23" font-size="20" text-anchor="middle" fill="#fff" font-family="sans-serif">店</text></svg>`;

export function faviconRoutes(): Hono {
  const app = new Hono();
  const send = (c: Context) =>
    c.body(SVG, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400' });
  app.get('/favicon.svg', send);
  app.get('/favicon.ico', send);
  return app;
}
