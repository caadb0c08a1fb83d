#!/usr/bin/env node
// Writes every .sql copy of the store schema from its one source, the migration list in
// packages/core/src/store/sql/migrations/ (the same list store.migrate() runs):
//
//   packages/core/migrations/sqlite/<id>.sql, packages/core/migrations/postgres/<id>.sql
//   packages/adapter-workers/migrations/<id>.sql            (the package's D1 migrations_dir)
//   examples/recipes/{workers-d1,hono-workers}/migrations/   (numbered around the recipe's own table)
//
//   npm run gen:migrations                     builds core, then writes the files
//   node scripts/gen-migrations.mjs --check    writes nothing; exit 1 naming each stale file
//
// It reads the BUILT core (packages/core/dist): the migrations are TypeScript because migrate()
// needs them at run time in every runtime core supports, and importing the compiled module keeps
// exactly one copy of them (no second .mjs definition to drift). `npm test` builds before it
// checks, and gen:migrations compiles core (tsc) before it writes; run directly to write, the
// script refuses a dist older than the migration sources.
// packages/core/test/stores/generated-migrations.node.test.ts runs the same check on the sources.
//
// The recipes keep their own copies (instead of pointing wrangler's migrations_dir into
// node_modules) because D1 applies ONE directory per database and the recipe's own table lives in
// the same database; the copies are generated and checked like the rest.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The command that rewrites stale files. */
export const FIX_COMMAND = 'npm run gen:migrations';

/**
 * The recipes' name for each core migration: their own 0002_fulfilments.sql sits between 0001 and
 * the rest, and D1 records applied files by name, so these names never change.
 */
const RECIPE_FILE_NAMES = {
  '0001_init': '0001_alipay_escrow.sql',
  '0002_log_bounds_notify_ids': '0003_alipay_escrow_log_bounds_notify_ids.sql',
  '0003_sweep_attention': '0004_alipay_escrow_sweep_attention.sql',
};

function recipeFileName(id) {
  const name = RECIPE_FILE_NAMES[id];
  if (!name) {
    throw new Error(
      `gen-migrations: migration ${id} has no file name in the Workers recipes; add one to RECIPE_FILE_NAMES in scripts/gen-migrations.mjs (the next free number there).`,
    );
  }
  return name;
}

const coreFileName = (id) => `${id}.sql`;
const anySql = (name) => name.endsWith('.sql');
const oursInRecipe = (name) => /^\d{4}_alipay_escrow.*\.sql$/.test(name);

/**
 * Where the copies go. `generated` tells which .sql files of the folder come from the generator:
 * one of those that no migration produces is reported (a removed or misnamed copy).
 */
export const TARGETS = [
  { dir: 'packages/core/migrations/sqlite', dialect: 'sqlite', fileName: coreFileName, generated: anySql },
  { dir: 'packages/core/migrations/postgres', dialect: 'postgres', fileName: coreFileName, generated: anySql },
  { dir: 'packages/adapter-workers/migrations', dialect: 'sqlite', fileName: coreFileName, generated: anySql },
  {
    dir: 'examples/recipes/workers-d1/migrations',
    dialect: 'sqlite',
    fileName: recipeFileName,
    generated: oursInRecipe,
  },
  {
    dir: 'examples/recipes/hono-workers/migrations',
    dialect: 'sqlite',
    fileName: recipeFileName,
    generated: oursInRecipe,
  },
];

/**
 * Every file the generator writes: `{ path, text }`, path relative to the repository root.
 * `fileText(dialect, migration)` renders one (core's migrationFileText).
 */
export function plannedFiles(migrations, fileText) {
  return TARGETS.flatMap((target) =>
    migrations.map((migration) => ({
      path: `${target.dir}/${target.fileName(migration.id)}`,
      text: fileText(target.dialect, migration),
    })),
  );
}

/**
 * The files under `root` that are not what the generator writes: `{ path, problem }` with problem
 * 'differs', 'missing' or 'not generated' (a generated-looking file no migration produces).
 */
export function staleFiles(root, planned) {
  const stale = [];
  for (const { path, text } of planned) {
    const file = join(root, path);
    if (!existsSync(file)) stale.push({ path, problem: 'missing' });
    else if (readFileSync(file, 'utf8') !== text) stale.push({ path, problem: 'differs' });
  }
  const known = new Set(planned.map((file) => file.path));
  for (const target of TARGETS) {
    const dir = join(root, target.dir);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = `${target.dir}/${name}`;
      if (target.generated(name) && !known.has(path)) stale.push({ path, problem: 'not generated' });
    }
  }
  return stale;
}

/** What --check prints for stale files: each one, and the command that fixes them. */
export function staleReport(stale) {
  const lines = stale.map(({ path, problem }) =>
    problem === 'not generated'
      ? `  ${path}: no migration generates it (remove it, or add its migration to packages/core/src/store/sql/migrations/index.ts)`
      : `  ${path}: ${problem === 'missing' ? 'missing' : 'differs from its migration'}`,
  );
  const fix = stale.some(({ problem }) => problem !== 'not generated')
    ? [`Fix: ${FIX_COMMAND} (never edit these files by hand).`]
    : [];
  return [
    `gen-migrations: ${stale.length} SQL migration file(s) are not what packages/core/src/store/sql/migrations/ generates:`,
    ...lines,
    ...fix,
  ].join('\n');
}

/**
 * The built module. Before writing, it must not be older than its sources (a stale dist would write
 * the old schema); `--check` runs right after `npm test`'s build, and the vitest test checks the
 * sources themselves.
 */
async function builtMigrations({ writing }) {
  const sources = join(ROOT, 'packages/core/src/store/sql');
  const built = join(ROOT, 'packages/core/dist/store/sql');
  const files = [
    'schema.ts',
    'table-prefix.ts',
    ...readdirSync(join(sources, 'migrations'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `migrations/${name}`),
  ];
  for (const file of files) {
    const output = join(built, file.replace(/\.ts$/, '.js'));
    if (!existsSync(output) || (writing && statSync(output).mtimeMs < statSync(join(sources, file)).mtimeMs)) {
      console.error(
        `gen-migrations: packages/core/dist is missing or older than src/store/sql/${file}. Run ${FIX_COMMAND} (it builds core first).`,
      );
      process.exit(1);
    }
  }
  return import(pathToFileURL(join(built, 'migrations/index.js')).href);
}

async function main(argv) {
  const unknown = argv.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    console.error(`gen-migrations: unknown argument ${unknown[0]}. Usage: node scripts/gen-migrations.mjs [--check]`);
    process.exit(2);
  }
  const check = argv.includes('--check');
  const { MIGRATIONS, migrationFileText } = await builtMigrations({ writing: !check });
  const planned = plannedFiles(MIGRATIONS, migrationFileText);
  const stale = staleFiles(ROOT, planned);
  if (check) {
    if (stale.length > 0) {
      console.error(staleReport(stale));
      process.exit(1);
    }
    console.log(`gen-migrations: all ${planned.length} SQL migration files are current.`);
    return;
  }
  for (const { path, text } of planned) {
    const file = join(ROOT, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`gen-migrations: wrote ${path}`);
  }
  const strays = stale.filter((file) => file.problem === 'not generated');
  if (strays.length > 0) {
    console.error(staleReport(strays));
    process.exit(1);
  }
  console.log(`gen-migrations: ${planned.length} SQL migration files are current.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
