import { readFileSync } from 'node:fs';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { apiSidebar } from './api-sidebar';

// The repository URL lives in one place, the root package.json's `repository` field (the packages
// carry the same, checked by scripts/check-packages.mjs): the site's GitHub and edit links use it.
const rootPackage = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  repository?: { url?: string };
};
const repository = (rootPackage.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');
if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(repository))
  throw new Error('The root package.json needs "repository": { "url": "git+https://github.com/<owner>/<repo>.git" }.');

/** "Edit this page" on GitHub; generated pages (API reference, errors) turn it off (see transformPageData). */
function editLink(text: string): DefaultTheme.EditLink {
  return { text, pattern: `${repository}/edit/main/docs/:path` };
}

// Chinese is the root locale (the users' language); English lives under /en/.
// Every code block on a recipe or guide page is a snippet import (`<<< @/../examples/...`) of a
// file that CI type-checks and runs; tests/docs checks that no page carries hand-written code.

function sidebar(prefix: '' | '/en', labels: Labels): DefaultTheme.SidebarItem[] {
  return [
    { text: labels.start, items: [{ text: labels.gettingStarted, link: `${prefix}/guide/getting-started` }] },
    {
      text: labels.recipes,
      items: [
        { text: 'Hono + Node', link: `${prefix}/recipes/hono-node` },
        { text: 'Hono + Bun', link: `${prefix}/recipes/hono-bun` },
        { text: 'Hono + Cloudflare Workers', link: `${prefix}/recipes/hono-workers` },
        { text: 'Koa', link: `${prefix}/recipes/koa` },
        { text: 'Workers + D1', link: `${prefix}/recipes/workers-d1` },
        { text: 'Deno + KV', link: `${prefix}/recipes/deno-kv` },
        { text: labels.postgres, link: `${prefix}/recipes/postgres` },
      ],
    },
    {
      text: labels.guides,
      items: [
        { text: labels.lifecycle, link: `${prefix}/guide/lifecycle` },
        { text: labels.idempotency, link: `${prefix}/guide/idempotency` },
        { text: labels.charsets, link: `${prefix}/guide/charsets` },
        { text: labels.testing, link: `${prefix}/guide/testing` },
        { text: labels.goingLive, link: `${prefix}/guide/going-live` },
        { text: labels.security, link: `${prefix}/guide/security` },
        { text: prefix === '' ? '运维控制台' : 'Operations console', link: `${prefix}/guide/console` },
        { text: labels.migrating, link: `${prefix}/guide/migrating` },
        { text: labels.performance, link: `${prefix}/guide/performance` },
        { text: prefix === '' ? '清扫卡住的订单' : 'Sweeping stuck orders', link: `${prefix}/guide/sweep` },
      ],
    },
    {
      text: labels.reference,
      items: [
        { text: labels.errors, link: `${prefix}/errors` },
        { text: labels.api, link: `${prefix}/api/` },
      ],
    },
  ];
}

interface Labels {
  start: string;
  gettingStarted: string;
  recipes: string;
  postgres: string;
  guides: string;
  lifecycle: string;
  idempotency: string;
  charsets: string;
  testing: string;
  goingLive: string;
  security: string;
  migrating: string;
  performance: string;
  reference: string;
  errors: string;
  api: string;
}

const zh: Labels = {
  start: '开始',
  gettingStarted: '五分钟上手',
  recipes: '接入示例',
  postgres: 'Postgres（多实例）',
  guides: '指南',
  lifecycle: '担保交易的生命周期',
  idempotency: '幂等与“恰好一次”',
  charsets: 'GBK 与 UTF-8',
  testing: '用沙箱测试',
  goingLive: '上线',
  security: '安全模型',
  migrating: '从官方 PHP/Java 示例迁移',
  performance: '性能',
  reference: '参考',
  errors: '错误码与排查',
  api: 'API 参考（英文）',
};
const en: Labels = {
  start: 'Start',
  gettingStarted: 'Getting started',
  recipes: 'Recipes',
  postgres: 'Postgres (several instances)',
  guides: 'Guides',
  lifecycle: 'The escrow lifecycle',
  idempotency: 'Idempotency and “exactly once”',
  charsets: 'GBK vs UTF-8',
  testing: 'Testing with the sandbox',
  goingLive: 'Going live',
  security: 'Security model',
  migrating: 'Migrating from the PHP/Java demo',
  performance: 'Performance',
  reference: 'Reference',
  errors: 'Errors and troubleshooting',
  api: 'API reference',
};

export default defineConfig({
  title: 'alipay-escrow',
  description: '支付宝担保交易（create_partner_trade_by_buyer）的 TypeScript 接入库：Node、Cloudflare Workers、Deno',
  cleanUrls: true,
  // docs/internals/ holds the contributors' protocol notes that code comments link to (English
  // only, checked by tests/docs/citations.test.ts); they are not pages of the site.
  srcExclude: ['internals/**'],
  lastUpdated: false,
  // The site is checked offline by tests/docs: VitePress's own dead-link check stays on too.
  ignoreDeadLinks: false,
  markdown: { lineNumbers: false },
  // Generated pages have no source under docs/ to edit: the API reference comes from the
  // packages' doc comments, and the errors page links to the catalogue it is generated from.
  transformPageData(pageData) {
    if (/(^|\/)api\//.test(pageData.relativePath)) pageData.frontmatter['editLink'] = false;
  },
  // '/' here and in tests; the deploy workflow (.github/workflows/docs.yml) sets the GitHub Pages
  // path, e.g. /alipay-escrow/.
  base: process.env['DOCS_BASE_PATH'] || '/',
  locales: {
    root: {
      label: '简体中文',
      lang: 'zh-CN',
      themeConfig: {
        nav: [
          { text: zh.gettingStarted, link: '/guide/getting-started' },
          { text: zh.recipes, link: '/recipes/hono-node' },
          { text: zh.errors, link: '/errors' },
          { text: 'API', link: '/api/' },
        ],
        sidebar: { '/api/': apiSidebar(''), '/': sidebar('', zh) },
        outline: { label: '本页目录', level: [2, 3] },
        docFooter: { prev: '上一页', next: '下一页' },
        darkModeSwitchLabel: '外观',
        sidebarMenuLabel: '菜单',
        returnToTopLabel: '回到顶部',
        langMenuLabel: '语言',
        editLink: editLink('在 GitHub 上编辑此页'),
      },
    },
    en: {
      label: 'English',
      lang: 'en-US',
      link: '/en/',
      description: 'Alipay escrow trade (create_partner_trade_by_buyer) for TypeScript: Node, Cloudflare Workers, Deno',
      themeConfig: {
        nav: [
          { text: en.gettingStarted, link: '/en/guide/getting-started' },
          { text: en.recipes, link: '/en/recipes/hono-node' },
          { text: en.errors, link: '/en/errors' },
          { text: 'API', link: '/en/api/' },
        ],
        sidebar: { '/en/api/': apiSidebar('/en'), '/en/': sidebar('/en', en) },
        outline: { level: [2, 3] },
        editLink: editLink('Edit this page on GitHub'),
      },
    },
  },
  themeConfig: {
    socialLinks: [{ icon: 'github', link: repository, ariaLabel: 'GitHub' }],
    // Chinese has no spaces between words: the errors page lists each entry's common wordings
    // (验签失败, 通知收不到, …) separated by 、 so that each is one word of the search index.
    search: {
      provider: 'local',
      options: {
        locales: {
          root: {
            translations: {
              button: { buttonText: '搜索', buttonAriaLabel: '搜索' },
              modal: {
                noResultsText: '没有找到',
                resetButtonTitle: '清除',
                footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },
              },
            },
          },
        },
      },
    },
  },
});
