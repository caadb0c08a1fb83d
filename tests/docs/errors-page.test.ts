// The errors page as readers get it (the BUILT site, docs/.vitepress/dist): code shown as written
// (no `&lt;` where the catalogue says `<`), no citation a reader cannot open, the words people
// search with find the right entry, and the site links to its repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { explain } from '@alipay-escrow/core';
import { errorDocsAnchor, listErrorCodes } from '@alipay-escrow/core/errors';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, requireBuiltSite } from './pages.js';

const PAGES = ['errors.html', 'en/errors.html'] as const;

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text inside every <code> element of a built page, decoded once (as the browser shows it). */
function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code[^>]*>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, '')));
}

/** The built page's text of one entry: from its heading to the next h3. */
function entryHtml(html: string, code: string): string {
  const start = html.indexOf(`id="${errorDocsAnchor(code)}"`);
  expect(start, `anchor of ${code}`).toBeGreaterThan(-1);
  const next = html.indexOf('<h3', start);
  return html.slice(start, next === -1 ? undefined : next);
}

interface SearchHit {
  id: string;
  title: string;
}

/** The site's own local-search index for a locale, loaded the way VitePress's search box loads it. */
async function searchIndex(locale: 'root' | 'en'): Promise<MiniSearch<SearchHit>> {
  const chunks = join(DIST, 'assets', 'chunks');
  const file = readdirSync(chunks).find((f) => f.startsWith(`@localSearchIndex${locale}.`) && f.endsWith('.js'));
  expect(file, `the ${locale} search index in ${chunks}`).toBeDefined();
  // The chunk is an ES module whose default export is the serialised index (a JSON string).
  const json = ((await import(pathToFileURL(join(chunks, file!)).href)) as { default: string }).default;
  return MiniSearch.loadJSON<SearchHit>(json, {
    fields: ['title', 'titles', 'text'],
    storeFields: ['title', 'titles'],
  });
}

/** What the search box lists first for a query (VitePress's own search options). */
function search(index: MiniSearch<SearchHit>, query: string): string[] {
  return index
    .search(query, { fuzzy: 0.2, prefix: true, boost: { title: 4, text: 2, titles: 1 } })
    .map((hit) => hit.id);
}

describe('the built errors page', () => {
  beforeAll(() => requireBuiltSite());

  it('shows code exactly as the catalogue writes it: no escaped &lt; inside <code>', () => {
    for (const page of PAGES) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const codes = codeTexts(html);
      expect(codes.length).toBeGreaterThan(200);
      expect(
        codes.filter((c) => /&(?:lt|gt|amp|quot|#\d+);/.test(c)),
        page,
      ).toEqual([]);
    }
    // The entries that showed `&lt;…&gt;` before: the command reads as typed.
    const zh = entryHtml(readFileSync(join(DIST, 'errors.html'), 'utf8'), 'ILLEGAL_SIGN');
    expect(codeTexts(zh)).toContain(
      'alipay-escrow sign --key "$ALIPAY_KEY" --charset <与 _input_charset 相同> < params.json',
    );
    const en = entryHtml(readFileSync(join(DIST, 'en/errors.html'), 'utf8'), 'ILLEGAL_SIGN');
    expect(codeTexts(en)).toContain(
      'alipay-escrow sign --key "$ALIPAY_KEY" --charset <same as _input_charset> < params.json',
    );
  });

  it('keeps prose that holds < and & as text, never as HTML', () => {
    const html = readFileSync(join(DIST, 'en/errors.html'), 'utf8');
    const entry = entryHtml(html, 'RESPONSE_SIGN_INVALID');
    expect(explain('RESPONSE_SIGN_INVALID')!.cause.en).toContain('<response>');
    expect(entry).toContain('&lt;response&gt;');
    expect(entry).not.toMatch(/<response>/);
  });

  it('cites nothing a reader cannot open (no internal spec page numbers, no "Source" line)', () => {
    for (const page of PAGES) {
      const text = decode(readFileSync(join(DIST, page), 'utf8').replace(/<[^>]+>/g, ' '));
      expect(text, page).not.toMatch(
        /\bSPEC [CS]|PROTOCOL\.md|INTEGRATION-GUIDE|来源 ?[:：]|Source ?:|\b(?:CR|SR) p\d/,
      );
    }
  });

  it('lists the common wordings so that search finds the right entry', async () => {
    const root = await searchIndex('root');
    expect(search(root, '验签失败')[0]).toBe(`/errors#${errorDocsAnchor('SIGN_MISMATCH')}`);
    expect(search(root, '签名错误')[0]).toBe(`/errors#${errorDocsAnchor('ILLEGAL_SIGN')}`);
    const lost = search(root, '通知收不到').slice(0, 5);
    expect(lost).toEqual(
      expect.arrayContaining(
        ['CALLBACK_URL_INVALID', 'IP_NOT_ALLOWED', 'NOTIFY_VERIFY_FAILED'].map((c) => `/errors#${errorDocsAnchor(c)}`),
      ),
    );
    const en = await searchIndex('en');
    expect(search(en, 'signature verification failed')[0]).toBe(`/en/errors#${errorDocsAnchor('SIGN_MISMATCH')}`);
  });

  it('links every page to the repository named in the root package.json, and the errors page to its source', () => {
    const url = String(
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url,
    )
      .replace(/^git\+/, '')
      .replace(/\.git$/, '');
    for (const page of ['index.html', 'guide/going-live.html', 'en/guide/going-live.html', ...PAGES]) {
      expect(readFileSync(join(DIST, page), 'utf8'), page).toContain(`href="${url}"`);
    }
    expect(readFileSync(join(DIST, 'guide/going-live.html'), 'utf8')).toContain(
      `href="${url}/edit/main/docs/guide/going-live.md"`,
    );
    const errors = readFileSync(join(DIST, 'errors.html'), 'utf8');
    expect(errors).toContain(`href="${url}/blob/main/packages/core/src/errors/catalogue.ts"`);
    expect(errors).not.toContain('/edit/main/docs/errors.md'); // generated: nothing to edit there
    expect(
      listErrorCodes().every(
        (code) => existsSync(join(DIST, 'errors.html')) && errors.includes(`id="${errorDocsAnchor(code)}"`),
      ),
    ).toBe(true);
  });
});
