import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DefaultTheme } from 'vitepress';

/** The API reference's sidebar, written by `npm run docs:api` (TypeDoc) next to the pages. */
export function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = fileURLToPath(new URL('../api/typedoc-sidebar.json', import.meta.url));
  if (!existsSync(file)) {
    throw new Error('docs/api/typedoc-sidebar.json is missing: run `npm run docs:api` (or `npm run docs:build`, which runs it first).');
  }
  const items = JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[];
  return [{ text: 'API', link: '/api/', items }];
}
