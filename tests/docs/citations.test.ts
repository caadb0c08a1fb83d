// Every citation in a code comment (or a README) must be something a reader can open in this
// repository: a page of docs/internals/ with a heading that exists. Citations of documents outside
// the repository (the background SPEC/DESIGN/PROTOCOL notes, ../shared, issue numbers) fail, and
// a bare PDF page ("C p27") must come with the docs/internals page that explains it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './pages.js';

/** Where citations live: the code, its tests, scripts, benchmarks and the docs sources. */
const SCANNED = ['packages', 'examples', 'scripts', 'tests', 'bench', 'docs'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.turbo', 'coverage', '.wrangler']);
/** Generated: the API reference and VitePress's cache and output. */
const SKIPPED_PATHS = new Set(['docs/api', 'docs/en/api', 'docs/.vitepress/cache', 'docs/.vitepress/dist']);
const CODE_EXTS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx']);
const SQL_EXTS = new Set(['.sql']);
const MD_EXTS = new Set(['.md']);

const INTERNALS = 'docs/internals';

/** Citations of things outside the repository, with what to write instead. */
const FORBIDDEN: Array<{ re: RegExp; why: string }> = [
  { re: /\bSPEC(?:\.md)?\s*§|\bSPEC\.md\b/, why: 'cites SPEC (not in the repository)' },
  { re: /\bDESIGN(?:\.md)?\s*§|\bDESIGN\.md\b/, why: 'cites DESIGN.md (not in the repository)' },
  { re: /\bPROTOCOL(?:\.md)?\s*§|\bPROTOCOL\.md\b/, why: 'cites PROTOCOL (not in the repository)' },
  { re: /\.\.\/shared\b/, why: 'cites ../shared (outside the repository)' },
  { re: /\b(?:issue|pull request|PR)\s*#?\d+\b/i, why: 'cites an issue number: say the reason itself' },
];
/** A page of one of the official PDFs (key in docs/internals/README.md). */
const PDF_PAGE = /\b(?:C|CR|S|SR) pp?\d+/;
/** A link into the notes: `docs/internals/page.md` or `docs/internals/page.md#anchor`. */
const INTERNALS_LINK = /docs\/internals\/([\w.-]+\.md)(?:#([\w-]+))?/g;
/** A relative markdown link between the notes' own pages. */
const LOCAL_MD_LINK = /\]\(([\w.-]+\.md)(?:#([\w-]+))?\)/g;

export interface Problem {
  where: string;
  what: string;
}

/** Every file under the scanned folders, relative to root, with forward slashes. */
function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') && name !== '.vitepress') continue;
      if (SKIPPED_DIRS.has(name)) continue;
      const path = join(dir, name);
      if (SKIPPED_PATHS.has(relative(root, path).split(sep).join('/'))) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  for (const top of SCANNED) {
    try {
      if (statSync(join(root, top)).isDirectory()) walk(join(root, top));
    } catch {
      // a folder this checkout does not have
    }
  }
  return out.sort();
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces → '-'. */
export function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map<string, Set<string> | undefined>();
/** The heading anchors of a notes page, or undefined when the page does not exist. */
function anchorsOf(root: string, page: string): Set<string> | undefined {
  const key = `${root}\0${page}`;
  if (!anchorCache.has(key)) {
    let text: string | undefined;
    try {
      text = readFileSync(join(root, INTERNALS, page), 'utf8');
    } catch {
      text = undefined;
    }
    const anchors = text === undefined ? undefined : new Set<string>();
    if (text !== undefined) {
      let fence = false;
      for (const line of text.split('\n')) {
        if (/^\s*(```|~~~)/.test(line)) fence = !fence;
        const m = !fence && /^#{1,6}\s+(.*)$/.exec(line);
        if (m) anchors!.add(slugOf(m[1]!));
      }
    }
    anchorCache.set(key, anchors);
  }
  return anchorCache.get(key);
}

/** One comment (a `//` run, a block comment, or a markdown paragraph) and where its lines start. */
interface Comment {
  lines: Array<{ line: number; text: string }>;
}

/** The comments of a JS/TS file: whole-line and trailing `//`, and block comments. */
function codeComments(text: string, lineComment = '//'): Comment[] {
  const comments: Comment[] = [];
  let current: Comment | undefined;
  let inBlock = false;
  const flush = (): void => {
    if (current) comments.push(current);
    current = undefined;
  };
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (inBlock) {
      current!.lines.push({ line, text: raw });
      if (trimmed.includes('*/')) {
        inBlock = false;
        flush();
      }
      return;
    }
    if (lineComment === '//' && trimmed.startsWith('/*')) {
      flush();
      current = { lines: [{ line, text: raw }] };
      if (!trimmed.slice(2).includes('*/')) inBlock = true;
      else flush();
      return;
    }
    if (trimmed.startsWith(lineComment)) {
      current ??= { lines: [] };
      current.lines.push({ line, text: raw });
      return;
    }
    flush();
    // A trailing comment after code: ` // …` outside any string on that line.
    const at = trailingCommentAt(raw, lineComment);
    if (at >= 0) comments.push({ lines: [{ line, text: raw.slice(at) }] });
  });
  flush();
  return comments;
}

/** The index of a trailing line comment, or -1; quotes before it must be balanced. */
function trailingCommentAt(raw: string, marker: string): number {
  let from = 0;
  for (;;) {
    const at = raw.indexOf(` ${marker}`, from);
    if (at < 0) return -1;
    const before = raw.slice(0, at);
    const balanced = ['"', "'", '`'].every((q) => (before.split(q).length - 1) % 2 === 0);
    if (balanced) return at + 1;
    from = at + 1;
  }
}

/** A markdown file's paragraphs (blank-line separated). */
function markdownParagraphs(text: string): Comment[] {
  const out: Comment[] = [];
  let current: Comment | undefined;
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') {
      if (current) out.push(current);
      current = undefined;
      return;
    }
    current ??= { lines: [] };
    current.lines.push({ line: i + 1, text: raw });
  });
  if (current) out.push(current);
  return out;
}

function commentsOf(file: string, text: string): Comment[] | undefined {
  const ext = extname(file);
  if (CODE_EXTS.has(ext)) return codeComments(text);
  if (SQL_EXTS.has(ext)) return codeComments(text, '--');
  if (MD_EXTS.has(ext)) return markdownParagraphs(text);
  return undefined;
}

/** Every citation problem in the given files (paths relative to root). */
export function citationProblems(root: string, files: string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (file === 'tests/docs/citations.test.ts') continue; // names the patterns it looks for
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue;
    }
    const comments = commentsOf(file, text);
    if (!comments) continue;
    const isNote = file.startsWith(`${INTERNALS}/`);
    for (const comment of comments) {
      let linked = false;
      for (const { line, text: lineText } of comment.lines) {
        const where = `${file}:${line}`;
        for (const m of lineText.matchAll(INTERNALS_LINK)) {
          linked = true;
          checkLink(root, where, m[1]!, m[2], problems);
        }
        if (isNote) {
          for (const m of lineText.matchAll(LOCAL_MD_LINK)) {
            if (dirname(file) === INTERNALS) checkLink(root, where, m[1]!, m[2], problems);
          }
          continue; // the notes are where the PDF pages and the old notes may be named
        }
        for (const f of FORBIDDEN)
          if (f.re.test(lineText)) problems.push({ where, what: `${f.why}: "${lineText.trim()}"` });
      }
      if (isNote || linked) continue;
      const cite = comment.lines.find((l) => PDF_PAGE.test(l.text));
      if (cite) {
        problems.push({
          where: `${file}:${cite.line}`,
          what: `a PDF page without the docs/internals page that explains it: "${cite.text.trim()}"`,
        });
      }
    }
  }
  return problems;
}

function checkLink(root: string, where: string, page: string, anchor: string | undefined, problems: Problem[]): void {
  const anchors = anchorsOf(root, page);
  if (!anchors) problems.push({ where, what: `${INTERNALS}/${page} does not exist` });
  else if (anchor !== undefined && !anchors.has(anchor)) {
    problems.push({
      where,
      what: `${INTERNALS}/${page} has no heading with the anchor #${anchor} (it has: ${[...anchors].join(', ')})`,
    });
  }
}

const show = (problems: Problem[]): string[] => problems.map((p) => `${p.where}: ${p.what}`);

describe('citations in comments', () => {
  it('point only into the repository, at pages and headings of docs/internals that exist', () => {
    const files = filesUnder(ROOT);
    expect(files.length).toBeGreaterThan(100);
    expect(show(citationProblems(ROOT, files))).toEqual([]);
  });

  describe('the check itself', () => {
    const root = mkdtempSync(join(tmpdir(), 'citations-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write(
      `${INTERNALS}/notes.md`,
      '# Notes\n\n## Retries\n\nSee [other](notes.md#retries) and [gone](notes.md#nope) (C p27).\n',
    );

    it('flags outside documents, issue numbers, unexplained PDF pages and dead links, naming file:line', () => {
      write(
        'packages/x/src/a.ts',
        [
          'const a = 1; // fine: docs/internals/notes.md#retries (C p27)',
          '/** SPEC §2.5 says so. */',
          '// As DESIGN.md "The shape" says,',
          '// see ../shared/vectors.',
          'export const b = 2; // works around issue #12',
          '/**',
          ' * Retried 8 times (C p27).',
          ' */',
          '// docs/internals/missing.md#retries',
          '// docs/internals/notes.md#no-such-heading',
          "const url = 'https://example.com'; // PROTOCOL §5",
        ].join('\n'),
      );
      write('packages/x/schema.sql', '-- DESIGN.md store steps\nCREATE TABLE t (a int);\n');
      write(
        'packages/x/README.md',
        'Per SPEC.md.\n\nRetries (CR p9).\n\nRetries (CR p9), see docs/internals/notes.md#retries.\n',
      );
      const found = show(
        citationProblems(root, [
          'packages/x/src/a.ts',
          'packages/x/schema.sql',
          'packages/x/README.md',
          `${INTERNALS}/notes.md`,
        ]),
      );
      expect(found.map((p) => p.split(': ')[0])).toEqual([
        'packages/x/src/a.ts:2',
        'packages/x/src/a.ts:3',
        'packages/x/src/a.ts:4',
        'packages/x/src/a.ts:5',
        'packages/x/src/a.ts:7',
        'packages/x/src/a.ts:9',
        'packages/x/src/a.ts:10',
        'packages/x/src/a.ts:11',
        'packages/x/schema.sql:1',
        'packages/x/README.md:1',
        'packages/x/README.md:3',
        `${INTERNALS}/notes.md:5`,
      ]);
      expect(found.join('\n')).toMatch(/missing\.md does not exist/);
      expect(found.join('\n')).toMatch(/no heading with the anchor #no-such-heading/);
    });

    it('accepts a PDF page anywhere in a comment that links the page explaining it', () => {
      write(
        'packages/x/src/b.ts',
        '/**\n * See docs/internals/notes.md#retries.\n * Retried 8 times (C p27).\n */\nexport const c = 3;\n',
      );
      expect(show(citationProblems(root, ['packages/x/src/b.ts']))).toEqual([]);
    });
  });
});
