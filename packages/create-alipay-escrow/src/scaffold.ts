/** Writes a template into a new project folder. */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { TEMPLATES_DIR, type Template } from './templates.js';
import { UsageError } from './usage-error.js';

/** A package name for the project, from its folder: lower case, npm's characters only. */
export function packageName(dir: string): string {
  const name = basename(resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  return name === '' ? 'alipay-escrow-shop' : name.slice(0, 214);
}

/** Throws a UsageError when `dir` exists and is not an empty folder (nothing is overwritten). */
export function assertUsableTarget(dir: string): void {
  if (!existsSync(dir)) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    throw new UsageError(`${dir} exists and is not a folder: choose another --dir.`);
  }
  if (entries.length > 0) {
    throw new UsageError(
      `${dir} is not empty (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}): choose another --dir, or empty it first. Nothing was written.`,
    );
  }
}

/**
 * The project's .env, read by `npm run dev`: an admin token made for this project only, and
 * (postgres) where the database is.
 */
function envFile(template: Template): string {
  const lines = [
    '# Read by `npm run dev` (scripts/dev.mjs); never commit this file. The ALIPAY_ settings come',
    '# from the sandbox each run. SHOP_ADMIN_TOKEN lets the admin ship orders (Authorization: Bearer <token>).',
    `SHOP_ADMIN_TOKEN=${randomBytes(32).toString('hex')}`,
  ];
  if (template.name === 'postgres') {
    lines.push(
      '# Your Postgres database; apply the migrations of the recipe page before the first start.',
      'DATABASE_URL=postgres://postgres@127.0.0.1:5432/shop',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Copies `template` into `dir` (created if missing; must be empty), named after the folder. */
export function scaffold(template: Template, dir: string): void {
  assertUsableTarget(dir);
  mkdirSync(dir, { recursive: true });
  cpSync(join(TEMPLATES_DIR, template.name), dir, { recursive: true });
  renameSync(join(dir, 'gitignore'), join(dir, '.gitignore'));
  const pkgPath = join(dir, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(pkgPath, `${JSON.stringify({ ...pkg, name: packageName(dir) }, null, 2)}\n`);
  writeFileSync(join(dir, '.env'), envFile(template), { mode: 0o600 });
}
