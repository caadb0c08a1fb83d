#!/usr/bin/env node
// Build step: copies each recipe of examples/recipes/<name> into dist/templates/<name>, the files
// the published scaffold writes into a new project. The recipes stay the only source (they are
// tested and shown on the docs pages); nothing here is edited by hand. On the way:
//   - tests, build output, local state and secrets are left out (test/, dist/, node_modules/,
//     .turbo/, .wrangler/, .env, .dev.vars, SQLite/KV files);
//   - our workspace dependencies ("0.0.0") become `^<version>` of the published packages;
//   - a tsconfig that extends the monorepo's tsconfig.base.json gets those options inlined;
//   - `npm run dev` runs dev.mjs (copied to scripts/dev.mjs): the sandbox, then the app with the
//     sandbox's settings; the recipe's own `dev` script, if any, stays as `dev:app`;
//   - .gitignore is stored as `gitignore` (npm pack drops files named .gitignore) and renamed back
//     by the scaffold.
// It also writes dist/templates/manifest.json: the templates, in the order the prompt lists them.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));
const root = join(here, '..', '..');
const recipesDir = join(root, 'examples', 'recipes');
const out = join(here, 'dist', 'templates');

/** The templates, with what `npm run dev` starts for each (see dev/dev.mjs). */
export const TEMPLATES = [
  {
    name: 'getting-started',
    runtime: 'node',
    description: 'Hono on Node in one file, orders in memory: to try things out',
  },
  { name: 'hono-node', runtime: 'node', description: 'Hono on Node, orders in SQLite (better-sqlite3)' },
  { name: 'koa', runtime: 'node', description: 'Koa on Node, orders in SQLite (better-sqlite3)' },
  { name: 'postgres', runtime: 'node', description: 'Hono on Node, orders in PostgreSQL (pg); needs DATABASE_URL' },
  { name: 'hono-workers', runtime: 'wrangler', description: 'Hono on Cloudflare Workers, orders in D1' },
  { name: 'workers-d1', runtime: 'wrangler', description: 'a Cloudflare Workers module worker, orders in D1' },
  { name: 'deno-kv', runtime: 'deno', description: 'Deno.serve, orders in Deno KV; needs Deno 2' },
];

const LEFT_OUT_DIRS = new Set(['test', 'dist', 'node_modules', '.turbo', '.wrangler', '.pglite']);
const LEFT_OUT_FILE = /^(\.env|\.dev\.vars|.*\.(db|db-wal|db-shm|sqlite3.*|tsbuildinfo|log))$/;
/** Always ignored in a generated project, besides what the recipe's own .gitignore lists. */
const GITIGNORE = ['node_modules', 'dist', '.env', '.dev.vars', '.wrangler', '*.db', '*.db-*', '*.kv.sqlite3*'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** name → version of every package under packages/ (ours release together, in one version). */
function ourVersions() {
  const dir = join(root, 'packages');
  const versions = new Map();
  for (const entry of readdirSync(dir)) {
    const file = join(dir, entry, 'package.json');
    if (existsSync(file)) {
      const pkg = readJson(file);
      if (pkg.private !== true) versions.set(pkg.name, pkg.version);
    }
  }
  return versions;
}

/** The text of a JSON-with-comments file without its comments (strings kept as they are). */
function stripJsonComments(text) {
  return text.replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_match, string) => string ?? '');
}

function copyRecipe(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!LEFT_OUT_DIRS.has(entry.name)) copyRecipe(join(from, entry.name), join(to, entry.name));
    } else if (
      entry.isFile() &&
      !LEFT_OUT_FILE.test(entry.name) &&
      entry.name !== '.gitignore' &&
      entry.name !== 'package.json'
    ) {
      cpSync(join(from, entry.name), join(to, entry.name));
    }
  }
}

function packageJson(recipe, template, versions) {
  const pkg = readJson(join(recipe, 'package.json'));
  const rewrite = (deps) => {
    if (deps === undefined) return undefined;
    return Object.fromEntries(
      Object.entries(deps).map(([name, range]) => {
        if (!name.startsWith('@alipay-escrow/')) return [name, range];
        const version = versions.get(name);
        if (version === undefined)
          throw new Error(`${recipe}: depends on ${name}, which is not a package under packages/.`);
        return [name, `^${version}`];
      }),
    );
  };
  // `npm run dev` builds Node templates with tsc, and every `typecheck` script runs it: a template
  // that leaves TypeScript to the monorepo's root gets the root's version.
  const devDependencies = { ...pkg.devDependencies };
  if (
    existsSync(join(recipe, 'tsconfig.json')) &&
    pkg.dependencies?.typescript === undefined &&
    devDependencies.typescript === undefined
  ) {
    devDependencies.typescript = readJson(join(root, 'package.json')).devDependencies.typescript;
  }
  const { dev, ...scripts } = pkg.scripts ?? {};
  const devArgs = template.runtime === 'wrangler' ? 'wrangler' : template.runtime;
  return {
    name: template.name, // replaced by the project's name when scaffolded
    private: true,
    version: '0.1.0',
    type: 'module',
    scripts: { dev: `node scripts/dev.mjs ${devArgs}`, ...(dev === undefined ? {} : { 'dev:app': dev }), ...scripts },
    ...(pkg.dependencies ? { dependencies: rewrite(pkg.dependencies) } : {}),
    devDependencies: rewrite(devDependencies),
  };
}

/** A tsconfig that extends the monorepo's base gets the base's options inlined (the project has no base). */
function standaloneTsconfig(file) {
  if (!existsSync(file)) return;
  const text = readFileSync(file, 'utf8');
  const config = JSON.parse(stripJsonComments(text));
  if (config.extends === undefined) return;
  if (!/tsconfig\.base\.json$/.test(config.extends))
    throw new Error(`${file}: extends ${config.extends}, which the scaffold cannot inline.`);
  const base = readJson(join(root, 'tsconfig.base.json'));
  const { extends: _, ...own } = config;
  const merged = { ...own, compilerOptions: { ...base.compilerOptions, ...own.compilerOptions } };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
}

function readme(template) {
  const docs = template.name === 'getting-started' ? 'guide/getting-started' : `recipes/${template.name}`;
  return `# ${template.name}

A shop that takes Alipay escrow payments (担保交易) with alipay-escrow (@alipay-escrow/core):
${template.description}. Made by \`npm create alipay-escrow\` from the \`${template.name}\` recipe;
the recipe's page in the alipay-escrow docs (${docs}) explains every file.

\`\`\`sh
npm install
npm run dev
\`\`\`

\`npm run dev\` starts the local Alipay sandbox (\`alipay-escrow sandbox\`, from @alipay-escrow/cli), then
this shop with the gateway URL, partner, key and seller the sandbox printed; \`.env\` holds the rest
(SHOP_ADMIN_TOKEN, made for this project: keep it out of git). Pay an order in the sandbox's cashier
and watch its notifications at the sandbox's /sandbox page. SANDBOX_PORT (default 7001) and PORT
choose the ports. Ctrl-C stops both.

The sandbox is not Alipay: for production, set the real ALIPAY_PARTNER, ALIPAY_KEY and
ALIPAY_SELLER_ID, and leave ALIPAY_GATEWAY_URL unset.
`;
}

rmSync(out, { recursive: true, force: true });
const versions = ourVersions();
for (const template of TEMPLATES) {
  const recipe = join(recipesDir, template.name);
  if (!existsSync(join(recipe, 'package.json')))
    throw new Error(`${recipe}/package.json is missing: every template is a recipe of examples/recipes.`);
  const to = join(out, template.name);
  copyRecipe(recipe, to);
  writeFileSync(join(to, 'package.json'), `${JSON.stringify(packageJson(recipe, template, versions), null, 2)}\n`);
  standaloneTsconfig(join(to, 'tsconfig.json'));
  mkdirSync(join(to, 'scripts'), { recursive: true });
  cpSync(join(here, 'dev', 'dev.mjs'), join(to, 'scripts', 'dev.mjs'));
  const own = existsSync(join(recipe, '.gitignore'))
    ? readFileSync(join(recipe, '.gitignore'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
  writeFileSync(join(to, 'gitignore'), `${[...new Set([...GITIGNORE, ...own])].join('\n')}\n`);
  writeFileSync(join(to, 'README.md'), readme(template));
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify({ templates: TEMPLATES }, null, 2)}\n`);
console.log(`copied ${TEMPLATES.length} recipes into ${out}`);
