import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DefaultTheme } from 'vitepress';

/**
 * The API reference's sidebar, written by TypeDoc (`npm run docs:gen`) next to the pages; its links
 * start with /api/, so the English copy under /en/api/ gets them prefixed.
 */
export function apiSidebar(prefix: '' | '/en'): DefaultTheme.SidebarItem[] {
  const file = fileURLToPath(new URL('../api/typedoc-sidebar.json', import.meta.url));
  if (!existsSync(file)) {
    throw new Error(
      'docs/api/typedoc-sidebar.json is missing: run `npm run docs:gen` (or `npm run docs:build`, which runs it first).',
    );
  }
  const relink = (items: DefaultTheme.SidebarItem[]): DefaultTheme.SidebarItem[] =>
    items.map((item) => ({
      ...item,
      ...(item.link ? { link: `${prefix}${item.link}` } : {}),
      ...(item.items ? { items: relink(item.items) } : {}),
    }));
  const items = JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[];
  return [{ text: 'API', link: `${prefix}/api/`, items: relink(items) }];
}
