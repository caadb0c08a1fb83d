import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCS,
  ROOT,
  fencesOf,
  headingsOf,
  readPage,
  recipeProjectFiles,
  snippetsOf,
  sourcePages,
  twinOf,
} from './pages.js';

const pages = sourcePages();

/** Languages a reader copies as code: these must come from files CI runs, never be typed into a page. */
const CODE_LANGS = new Set([
  'ts',
  'typescript',
  'js',
  'javascript',
  'mjs',
  'json',
  'jsonc',
  'json5',
  'toml',
  'tsx',
  'jsx',
  'sql',
  'yaml',
  'yml',
  'html',
  'vue',
  'php',
  'java',
  '',
]);

const RECIPES = ['hono-node', 'hono-workers', 'koa', 'workers-d1', 'deno-kv', 'postgres', 'hono-bun'];
const RECIPE_SECTIONS = {
  zh: [
    '安装',
    '完整项目',
    '配置与密钥',
    '存储',
    '创建付款',
    '异步通知（notify_url）',
    '同步跳转（return_url）',
    '发货',
    '用沙箱在本地测试',
    '上线前',
  ],
  en: [
    'Install',
    'The complete project',
    'Configuration and secrets',
    'Store',
    'Create a payment',
    'The notify route (notify_url)',
    'The return route (return_url)',
    'Ship the goods',
    'Test locally with the sandbox',
    'Before going live',
  ],
};
const GUIDES = [
  'getting-started',
  'lifecycle',
  'idempotency',
  'charsets',
  'testing',
  'going-live',
  'security',
  'migrating',
];

describe('docs sources', () => {
  it('has every page the site promises, in Chinese and in English', () => {
    const expected = [...RECIPES.map((r) => `recipes/${r}.md`), ...GUIDES.map((g) => `guide/${g}.md`), 'index.md'];
    const missing = expected.flatMap((p) => [p, `en/${p}`]).filter((p) => !pages.includes(p));
    expect(missing).toEqual([]);
  });

  it('pairs every page with its twin in the other language', () => {
    const orphans = pages.filter((p) => !pages.includes(twinOf(p)));
    expect(orphans).toEqual([]);
  });

  it('has no unfinished page', () => {
    const unfinished = pages.filter((p) => /PLACEHOLDER|TODO|TBD|待补充/.test(readPage(p)));
    expect(unfinished).toEqual([]);
  });

  it('writes no code by hand: every code block is a snippet import of a file that CI runs', () => {
    const handWritten = pages.flatMap((p) => fencesOf(p, readPage(p))).filter((f) => CODE_LANGS.has(f.lang));
    expect(handWritten.map((f) => `${f.page}:${f.line} \`\`\`${f.lang}`)).toEqual([]);
  });

  it('imports snippets only from examples/, from files and regions that exist', () => {
    const problems: string[] = [];
    let count = 0;
    for (const page of pages) {
      for (const s of snippetsOf(page, readPage(page))) {
        count++;
        const where = `${s.page}:${s.line}`;
        const rel = relative(ROOT, s.file);
        if (!rel.startsWith('examples/'))
          problems.push(`${where}: ${rel} is not under examples/ (only files CI runs may be shown)`);
        if (!existsSync(s.file)) {
          problems.push(`${where}: ${rel} does not exist`);
          continue;
        }
        if (s.region !== undefined) {
          const text = readFileSync(s.file, 'utf8');
          const start = new RegExp(`#region ${s.region}\\b`);
          const end = new RegExp(`#endregion ${s.region}\\b`);
          if (!start.test(text) || !end.test(text)) problems.push(`${where}: ${rel} has no region "${s.region}"`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(20);
  });

  it('gives every recipe page the same sections in the same order', () => {
    const wrong: string[] = [];
    for (const recipe of RECIPES) {
      for (const [lang, prefix] of [
        ['zh', ''],
        ['en', 'en/'],
      ] as const) {
        const page = `${prefix}recipes/${recipe}.md`;
        if (!pages.includes(page)) continue; // reported by the first test
        const h2 = headingsOf(readPage(page), 2);
        if (JSON.stringify(h2) !== JSON.stringify(RECIPE_SECTIONS[lang])) wrong.push(`${page}: ${h2.join(' · ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows code from every recipe on its page, in both languages alike', () => {
    const differ: string[] = [];
    for (const recipe of RECIPES) {
      const zh = snippetsOf(`recipes/${recipe}.md`, readPage(`recipes/${recipe}.md`)).map(
        (s) => `${relative(DOCS, s.file)}#${s.region}`,
      );
      const en = snippetsOf(`en/recipes/${recipe}.md`, readPage(`en/recipes/${recipe}.md`)).map(
        (s) => `${relative(DOCS, s.file)}#${s.region}`,
      );
      if (zh.length === 0) differ.push(`${recipe}: no snippet`);
      if (JSON.stringify(zh) !== JSON.stringify(en))
        differ.push(`${recipe}: zh shows ${zh.join(', ')} but en shows ${en.join(', ')}`);
    }
    expect(differ).toEqual([]);
  });

  it('shows every file of each recipe whole, titled with its path in the project, on both pages', () => {
    const wrong: string[] = [];
    for (const [recipe, zhPage] of [
      ...RECIPES.map((r) => [r, `recipes/${r}.md`]),
      ['getting-started', 'guide/getting-started.md'],
    ] as const) {
      const dir = `examples/recipes/${recipe}/`;
      const expected = recipeProjectFiles(recipe);
      expect(expected, `${dir} has a package.json`).toContain('package.json');
      for (const page of [zhPage, twinOf(zhPage)]) {
        const whole = snippetsOf(page, readPage(page)).filter((s) => s.title !== undefined);
        for (const s of whole) {
          const rel = relative(ROOT, s.file).split('\\').join('/');
          if (s.region !== undefined)
            wrong.push(`${page}:${s.line}: the tab ${s.title} shows only the region ${s.region}`);
          if (rel !== `${dir}${s.title}`) wrong.push(`${page}:${s.line}: the tab ${s.title} shows ${rel}`);
        }
        const shown = whole.map((s) => s.title!).sort();
        if (JSON.stringify(shown) !== JSON.stringify(expected))
          wrong.push(`${page}: shows ${shown.join(', ')}; the project is ${expected.join(', ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
