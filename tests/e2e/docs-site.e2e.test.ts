/**
 * The built docs site in headless Chromium: the home page in Chinese and English, a recipe page
 * whose code is the file CI runs, the error page an AlipayEscrowError links to, and search.
 * Screenshots go to tests/e2e/artifacts/docs-*.png.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlipayEscrowError } from '@alipay-escrow/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.js';
import { serveSite, type StaticSite } from './static-site.js';

let site: StaticSite;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  site = await serveSite();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await site?.stop();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** The lines of `#region name` in a file, as a reader sees them on the page. */
function regionLines(file: string, name: string): string[] {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(`#region ${name}`);
  const end = text.indexOf(`#endregion ${name}`);
  expect(start, `region ${name} in ${file}`).toBeGreaterThan(-1);
  return text
    .slice(text.indexOf('\n', start) + 1, text.lastIndexOf('\n', end))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('//'));
}

describe('the docs site in a browser', () => {
  it('opens on the Chinese home page and switches to English', async () => {
    const page = await open('/');
    await expect.poll(() => page.locator('.VPHero .text').innerText()).toContain('支付宝担保交易');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await screenshot(page, 'docs-home-zh');
    await page.goto(`${site.url}/en/`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.VPHero .text').innerText()).toContain('Alipay escrow');
    await page.getByRole('link', { name: 'Getting started' }).first().click();
    await page.waitForURL(/\/en\/guide\/getting-started$/);
    expect(await page.locator('h1').first().innerText()).not.toBe('');
    await screenshot(page, 'docs-home-en');
    await page.close();
  });

  it('shows a recipe whose code is the file CI runs', async () => {
    const page = await open('/recipes/hono-node');
    const markdown = readFileSync(fileURLToPath(new URL('../../docs/recipes/hono-node.md', import.meta.url)), 'utf8');
    const first = /<<<\s+@\/(\S+?)#([\w-]+)/.exec(markdown);
    expect(first, 'the hono-node recipe imports a region of a file').not.toBeNull();
    const lines = regionLines(fileURLToPath(new URL(`../../docs/${first![1]}`, import.meta.url)), first![2]!);
    const blocks = await page.locator('div[class*="language-"] pre').allInnerTexts();
    const code = blocks.find((b) => b.includes(lines[0]!));
    expect(code, `a code block showing ${first![1]}#${first![2]}`).toBeDefined();
    for (const line of lines.slice(0, 5)) expect(code).toContain(line);
    const headings = (await page.locator('.vp-doc h2').allInnerTexts()).join('\n');
    for (const section of ['安装', '异步通知（notify_url）', '用沙箱在本地测试']) expect(headings).toContain(section);
    await screenshot(page, 'docs-recipe-hono-node');
    await page.close();
  });

  it('takes the link of an ILLEGAL_SIGN error to its cause and fix', async () => {
    const docs = new URL(new AlipayEscrowError('ILLEGAL_SIGN', 'x').docs);
    // error.docs points at the deployed site (under its GitHub Pages path); the preview serves it at /.
    const page = await open(`${docs.pathname.replace(/^.*(?=\/errors$)/, '')}${docs.hash}`);
    const heading = page.locator(`h3${docs.hash}`);
    await expect.poll(() => heading.innerText()).toContain('ILLEGAL_SIGN');
    await expect
      .poll(
        async () => {
          const box = await heading.boundingBox();
          return box !== null && box.y >= 0 && box.y < 900;
        },
        { message: 'the ILLEGAL_SIGN heading is scrolled into view' },
      )
      .toBe(true);
    const entry = page.locator(`xpath=//h3[@id="${docs.hash.slice(1)}"]/following-sibling::*[position() <= 4]`);
    expect((await entry.allInnerTexts()).join('\n')).toMatch(/原因[\s\S]*解决/);
    await screenshot(page, 'docs-error-illegal-sign', { fullPage: false });
    await page.close();
  });

  it('finds the error page through search', async () => {
    const page = await open('/');
    await page.locator('.VPNavBarSearch button').first().click();
    const input = page.locator('.VPLocalSearchBox input').first();
    await input.fill('ILLEGAL_SIGN');
    const results = page.locator('.VPLocalSearchBox .results li');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.first().innerText()).toContain('ILLEGAL_SIGN');
    await screenshot(page, 'docs-search', { fullPage: false });
    await input.press('Enter');
    await page.waitForURL(/\/errors#illegal-sign$/);
    await page.close();
  });

  it('loaded every asset it asked for, without a script error', () => {
    expect(site.misses.filter((p) => p !== '/favicon.ico')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
