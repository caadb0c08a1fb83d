import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AlipayEscrowError } from '@alipay-escrow/core';
import { errorDocsAnchor, listErrorCodes, ERROR_CODE_ALIASES } from '@alipay-escrow/core/errors';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireBuiltSite } from './pages.js';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The file a site path is served from (cleanUrls: `/a/b` → a/b.html, `/a/` → a/index.html). */
const fileCache = new Map<string, string | undefined>();
function fileOf(path: string): string | undefined {
  if (!fileCache.has(path)) fileCache.set(path, findFile(path));
  return fileCache.get(path);
}

function findFile(path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\//, '');
  const candidates =
    clean === '' || clean.endsWith('/')
      ? [join(DIST, clean, 'index.html')]
      : [join(DIST, clean), join(DIST, `${clean}.html`), join(DIST, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

describe('the built docs site', () => {
  beforeAll(() => requireBuiltSite());

  it('has an anchor for every error code on the Chinese and the English errors page', () => {
    const missing: string[] = [];
    for (const page of ['errors.html', 'en/errors.html']) {
      const ids = idsOf(join(DIST, page));
      for (const code of [...listErrorCodes(), ...Object.keys(ERROR_CODE_ALIASES)]) {
        if (!ids.has(errorDocsAnchor(code))) missing.push(`${page}#${errorDocsAnchor(code)}`);
      }
    }
    expect(missing).toEqual([]);
    expect(listErrorCodes().length).toBeGreaterThan(80);
  });

  it('resolves the link an error message carries to its explanation', () => {
    const error = new AlipayEscrowError('ILLEGAL_SIGN', 'The signature does not match.');
    const url = new URL(error.docs);
    expect(error.message).toContain(error.docs);
    // error.docs points at the deployed site (under its GitHub Pages path); the build here serves it at /.
    const file = fileOf(url.pathname.replace(/^.*(?=\/errors$)/, ''));
    expect(file && relative(DIST, file)).toBe('errors.html');
    expect(idsOf(file!).has(url.hash.slice(1))).toBe(true);
    const html = readFileSync(file!, 'utf8');
    const section = html.slice(
      html.indexOf(`id="${url.hash.slice(1)}"`),
      html.indexOf(`id="${errorDocsAnchor('ILLEGAL_SIGN')}"`) + 4000,
    );
    expect(section).toContain('原因');
    expect(section).toContain('Cause');
  });

  it('has no broken internal link or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(file, 'utf8');
      const from = '/' + relative(DIST, file).replace(/\\/g, '/');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = decodeEntities(m[1]!);
        if (/^(?:[a-z]+:)?\/\//i.test(target) || /^(?:mailto|data|javascript):/i.test(target)) continue;
        checked++;
        const url = new URL(target, `http://site${from}`);
        const dest =
          url.pathname === from.replace(/index\.html$/, '').replace(/\.html$/, '') && url.pathname !== '/'
            ? file
            : fileOf(url.pathname);
        if (!dest) {
          broken.push(`${from}: ${target} (no such file)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && dest.endsWith('.html') && !idsOf(dest).has(anchor))
          broken.push(`${from}: ${target} (no id "${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  }, 120_000);

  it('publishes the API reference for every package', () => {
    for (const pkg of ['core', 'hono', 'koa', 'workers', 'deno', 'sandbox']) {
      const file = fileOf(`/api/@alipay-escrow/${pkg}/`);
      expect(file, `API page of @alipay-escrow/${pkg}`).toBeTruthy();
    }
    const createEscrow = fileOf('/api/@alipay-escrow/core/core/functions/createEscrow');
    expect(createEscrow, 'API page of createEscrow').toBeTruthy();
    expect(readFileSync(createEscrow!, 'utf8')).toMatch(/EscrowOptions/);
  });
});
