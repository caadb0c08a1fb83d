/**
 * Reads a page of the BUILT docs site (docs/.vitepress/dist) the way a reader copies from it: each
 * code group's tabs, the tab's title (the file's path in the project) and the text of its code
 * block, HTML entities decoded. Nothing is taken from examples/: what is tested is what is published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site: docs/.vitepress/dist, or DOCS_DIST_DIR for a site built elsewhere from the same sources. */
export const DIST =
  process.env['DOCS_DIST_DIR'] || fileURLToPath(new URL('../../docs/.vitepress/dist/', import.meta.url));

/** A file of a project as a page shows it: its path (the tab title) and its whole text. */
export interface PageFile {
  path: string;
  text: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&lt;` → `<`, `&#39;` → `'`, `&#x2F;` → `/`; an unknown named entity is an error, never left as is. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    const char = NAMED[name.toLowerCase()];
    if (char === undefined) throw new Error(`unknown HTML entity ${whole} in a code block`);
    return char;
  });
}

/** The text of a highlighted `<code>` element: tags dropped (Shiki wraps tokens and lines in spans), entities decoded. */
function codeText(inner: string): string {
  return decodeEntities(inner.replace(/<[^>]*>/g, ''));
}

/**
 * Every tab of every code group of a built page, in page order. Throws when the page does not
 * exist or a group's titles and code blocks do not pair up.
 */
export function codeGroupFiles(htmlFile: string): PageFile[] {
  const file = join(DIST, htmlFile);
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the site first with \`npm run docs:site\` (\`npm test\` does).`);
  const html = readFileSync(file, 'utf8');
  const files: PageFile[] = [];
  for (const start of [...html.matchAll(/<div class="vp-code-group\b/g)].map((m) => m.index)) {
    const blocksAt = html.indexOf('<div class="blocks">', start);
    if (blocksAt < 0) throw new Error(`${htmlFile}: a code group without blocks`);
    const titles = [...html.slice(start, blocksAt).matchAll(/<label data-title="([^"]*)"/g)].map((m) =>
      decodeEntities(m[1]!),
    );
    const codeRe = /<code>([\s\S]*?)<\/code><\/pre>/g;
    codeRe.lastIndex = blocksAt;
    for (const path of titles) {
      const m = codeRe.exec(html);
      if (!m) throw new Error(`${htmlFile}: the tab ${path} has no code block`);
      files.push({ path, text: `${codeText(m[1]!).replace(/\n+$/, '')}\n` });
    }
  }
  return files;
}
