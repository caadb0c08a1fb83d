/** The docs' markdown sources, read once: every page with its locale twin. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCS = join(ROOT, 'docs');
export const DIST = join(DOCS, '.vitepress', 'dist');

/** Hand-written pages (generated ones, api/ and errors.md, are checked through the built site). */
export function sourcePages(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') || name === 'public' || name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        // internals/: contributors' notes, not site pages (see citations.test.ts).
        if (['api', 'en/api', 'internals'].includes(relative(DOCS, path))) continue;
        walk(path);
      } else if (name.endsWith('.md') && !['errors.md'].includes(name)) out.push(relative(DOCS, path));
    }
  };
  walk(DOCS);
  return out.sort();
}

export function readPage(page: string): string {
  return readFileSync(join(DOCS, page), 'utf8');
}

/** `en/guide/x.md` ↔ `guide/x.md`. */
export function twinOf(page: string): string {
  return page.startsWith('en/') ? page.slice(3) : `en/${page}`;
}

export interface Fence {
  page: string;
  line: number;
  lang: string;
}

/** Fenced code blocks written into a page (``` or ~~~), with their language. */
export function fencesOf(page: string, text: string): Fence[] {
  const fences: Fence[] = [];
  const lines = text.split('\n');
  let open: string | undefined;
  lines.forEach((line, i) => {
    const m = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (!m) return;
    if (open === undefined) {
      open = m[1];
      fences.push({ page, line: i + 1, lang: (m[2] ?? '').toLowerCase() });
    } else if (line.trim().startsWith(open)) open = undefined;
  });
  return fences;
}

export interface SnippetImport {
  page: string;
  line: number;
  file: string;
  region: string | undefined;
  /** The tab title of a snippet in a code group (`<<< @/path{lang} [src/app.ts]`). */
  title: string | undefined;
}

/** VitePress snippet imports: `<<< @/path#region{lang} [title]` (`@` is docs/). */
export function snippetsOf(page: string, text: string): SnippetImport[] {
  const out: SnippetImport[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*<<<\s+(\S+?)(?:\{[^}]*\})?(?:\s+\[([^\]]+)\])?\s*$/.exec(line);
    if (!m) return;
    const [path, region] = m[1]!.split('#') as [string, string | undefined];
    const file = path.startsWith('@/') ? join(DOCS, path.slice(2)) : join(DOCS, page, '..', path);
    out.push({ page, line: i + 1, file, region, title: m[2] });
  });
  return out;
}

export function headingsOf(text: string, level: number): string[] {
  const prefix = `${'#'.repeat(level)} `;
  let inFence = false;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith(prefix))
      out.push(
        line
          .slice(prefix.length)
          .replace(/\s*\{#[^}]*\}\s*$/, '')
          .trim(),
      );
  }
  return out;
}

export function requireBuiltSite(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      'docs/.vitepress/dist is missing: build the site first with `npm run docs:site` (`npm test` does).',
    );
  }
}

/** What a recipe folder holds that is not part of the reader's project: its tests and build output. */
const NOT_THE_PROJECT = new Set(['test', 'dist', 'node_modules', '.turbo', '.wrangler']);

/** The files of a recipe's project (`examples/recipes/<recipe>`), as paths relative to it, sorted. */
export function recipeProjectFiles(recipe: string): string[] {
  const base = join(ROOT, 'examples', 'recipes', recipe);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      if (NOT_THE_PROJECT.has(name)) return [];
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(base, path).split('\\').join('/')];
    });
  return walk(base).sort();
}
