import { readFileSync } from 'node:fs';

/** The CLI's version, from its package.json (dist/ sits next to it, published or not). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
