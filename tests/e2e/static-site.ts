/** Serves the built docs site (docs/.vitepress/dist) on 127.0.0.1 the way a static host with clean URLs would. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE = fileURLToPath(new URL('../../docs/.vitepress/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function resolve(pathname: string): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.endsWith('/')
    ? [join(SITE, clean, 'index.html')]
    : [join(SITE, clean), join(SITE, `${clean}.html`), join(SITE, clean, 'index.html')];
  return candidates.find((c) => c.startsWith(SITE) && existsSync(c) && statSync(c).isFile());
}

export interface StaticSite {
  url: string;
  /** Paths asked for that the site does not have. */
  misses: string[];
  stop(): Promise<void>;
}

export async function serveSite(): Promise<StaticSite> {
  if (!existsSync(join(SITE, 'index.html')))
    throw new Error('docs/.vitepress/dist is missing: run `npm run docs:site` first (`npm run test:e2e` does).');
  const misses: string[] = [];
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://site');
    const file = resolve(pathname);
    if (!file) {
      misses.push(pathname);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    misses,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
