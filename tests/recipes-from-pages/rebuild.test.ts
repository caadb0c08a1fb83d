/**
 * Each recipe, and the getting-started guide, rebuilt the way a reader does it: from the BUILT
 * pages (docs/.vitepress/dist, never examples/), the files of the page's code group written into a
 * new folder outside the workspace, our packages installed from their `npm pack` tarballs, the
 * page's package.json scripts run (`npm run build` / `npm run typecheck`: tsc, with the Workers
 * types for the Workers recipes, `deno check` for Deno), and the Node recipes started with
 * `node dist/server.js` and taken through a payment in the sandbox: paid → shipped → finished.
 * The Chinese and the English page must show the very same files; each set is rebuilt once.
 * Needs `npm run build` and `npm run docs:site` first (`npm test` runs both before vitest).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALIPAY_NOTIFY_CONTENT_TYPE } from '@alipay-escrow/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  freePort,
  recipeShop,
  startProcess,
  startRecipeSandbox,
  type RecipeProcess,
  type RecipeSandbox,
} from '../../examples/recipes/harness.js';
import {
  applyMigrations,
  openSharedDatabase,
  type SharedDatabase,
} from '../../examples/recipes/postgres/test/engine.js';
import { codeGroupFiles, type PageFile } from './built-pages.js';
import {
  denoOnPath,
  installFromTarballs,
  ourDependencies,
  outsideWorkspace,
  packWorkspace,
  run,
  writeProject,
  type Packed,
} from './project.js';

type Check = 'build' | 'typecheck';
interface Recipe {
  name: string;
  /** The zh page; its English twin is under en/. */
  page: string;
  /** The npm script the page's package.json runs to compile (`build`) or only check (`typecheck`). */
  check: Check;
  /** Node recipes: what the shop needs next to the sandbox's variables (see each page). */
  node?: 'memory' | 'sqlite' | 'postgres';
}

const RECIPES: Recipe[] = [
  { name: 'getting-started', page: 'guide/getting-started.html', check: 'build', node: 'memory' },
  { name: 'hono-node', page: 'recipes/hono-node.html', check: 'build', node: 'sqlite' },
  { name: 'koa', page: 'recipes/koa.html', check: 'build', node: 'sqlite' },
  { name: 'postgres', page: 'recipes/postgres.html', check: 'build', node: 'postgres' },
  { name: 'hono-workers', page: 'recipes/hono-workers.html', check: 'typecheck' },
  { name: 'workers-d1', page: 'recipes/workers-d1.html', check: 'typecheck' },
  { name: 'deno-kv', page: 'recipes/deno-kv.html', check: 'typecheck' },
  { name: 'hono-bun', page: 'recipes/hono-bun.html', check: 'typecheck' },
];

let packed: Packed | undefined;
const started = Date.now();

beforeAll(() => {
  packed = packWorkspace();
}, 120_000);

afterAll(() => {
  if (packed) rmSync(packed.dir, { recursive: true, force: true });
  console.log(`recipes rebuilt from the built pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** What the shop reads besides the sandbox's ALIPAY_ variables. */
function shopEnv(
  recipe: Recipe,
  base: string,
  port: number,
  dataDir: string,
  database?: SharedDatabase,
): Record<string, string> {
  const env: Record<string, string> = { PUBLIC_URL: base, PORT: String(port) };
  if (recipe.node !== 'memory') env.SHOP_ADMIN_TOKEN = ADMIN_TOKEN;
  if (recipe.node === 'sqlite') env.SQLITE_PATH = join(dataDir, 'shop.db');
  if (recipe.node === 'postgres') Object.assign(env, { DATABASE_URL: database!.url, PG_POOL_MAX: '5' });
  return env;
}

for (const recipe of RECIPES) {
  describe(`${recipe.name}, copied from /${recipe.page.replace(/\.html$/, '')} and /en/${recipe.page.replace(/\.html$/, '')}`, () => {
    let files: PageFile[] = [];
    let dir = '';

    beforeAll(() => {
      files = codeGroupFiles(recipe.page);
      dir = mkdtempSync(join(tmpdir(), `recipe-from-page-${recipe.name}-`));
    });

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('shows a whole project, and the very same files on the Chinese and the English page', () => {
      const paths = files.map((f) => f.path);
      expect(paths).toContain('package.json');
      expect(paths.some((p) => p.startsWith('src/'))).toBe(true);
      expect(new Set(paths).size).toBe(paths.length);
      expect(codeGroupFiles(`en/${recipe.page}`)).toEqual(files);
    });

    it('asks in package.json for the release of our packages this site documents (^version)', () => {
      const manifest = JSON.parse(files.find((f) => f.path === 'package.json')!.text) as {
        dependencies?: Record<string, string>;
        devDependencies?: Record<string, string>;
      };
      const ours = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([name]) =>
        name.startsWith('@alipay-escrow/'),
      );
      expect(ours.length).toBeGreaterThan(0);
      for (const [name, range] of ours) expect([name, range]).toEqual([name, `^${packed!.versions[name]}`]);
    });

    it(`installs from the packed packages and passes \`npm run ${recipe.check}\``, () => {
      writeProject(dir, files);
      const asked = Object.keys(ourDependencies(dir));
      installFromTarballs(dir, packed!);
      for (const name of asked) expect([name, outsideWorkspace(join(dir, 'node_modules', name))]).toEqual([name, true]);
      const env: Record<string, string> = { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
      if (recipe.name === 'deno-kv') env.PATH = `${denoOnPath(dir)}:${process.env.PATH ?? ''}`;
      run('npm', ['run', recipe.check], dir, { env, timeoutMs: 180_000 });
    }, 400_000);

    if (recipe.node) {
      it('takes a payment in the sandbox when started as the page says (node dist/server.js)', async () => {
        let sandbox: RecipeSandbox | undefined;
        let app: RecipeProcess | undefined;
        let database: SharedDatabase | undefined;
        const dataDir = mkdtempSync(join(tmpdir(), `recipe-from-page-${recipe.name}-data-`));
        try {
          if (recipe.node === 'postgres') {
            database = await openSharedDatabase();
            // The order the page gives: core's tables (shipped in the package), then the shop's.
            const core = join(dir, 'node_modules', '@alipay-escrow', 'core', 'migrations', 'postgres');
            const migrations = [
              ...readdirSync(core)
                .filter((f) => f.endsWith('.sql'))
                .sort()
                .map((f) => join(core, f)),
              ...files
                .filter((f) => /^migrations\/.*\.sql$/.test(f.path))
                .map((f) => join(dir, f.path))
                .sort(),
            ];
            await applyMigrations(database.url, migrations);
          }
          sandbox = await startRecipeSandbox();
          const port = await freePort();
          const base = `http://127.0.0.1:${port}`;
          const env = { ...sandbox.env, ...shopEnv(recipe, base, port, dataDir, database) };
          app = await startProcess(process.execPath, ['dist/server.js'], {
            cwd: dir,
            env,
            readyUrl: `${base}/orders/none`,
          });
          const shop = recipeShop(base);

          const { outTradeNo, payUrl } = await shop.placeOrder();
          await sandbox.openCashier(payUrl);
          await sandbox.pay(outTradeNo);
          await sandbox.delivered(outTradeNo);
          expect(await shop.order(outTradeNo)).toMatchObject({
            outTradeNo,
            status: 'paid',
            tradeStatus: 'WAIT_SELLER_SEND_GOODS',
          });

          if (recipe.node === 'memory') {
            // The guide has no shipping; it shows onAnomaly: a genuine notification whose amount is not the order's is logged.
            const notification = await sandbox.issueNotification({
              outTradeNo,
              tradeStatus: 'WAIT_SELLER_SEND_GOODS',
              totalFee: '99.00',
            });
            const response = await fetch(`${base}/alipay/notify`, {
              method: 'POST',
              headers: { 'content-type': ALIPAY_NOTIFY_CONTENT_TYPE },
              body: notification.body,
            });
            expect(await response.text()).toBe('success');
            expect(app.output()).toMatch(new RegExp(`anomaly AMOUNT_MISMATCH \\(order ${outTradeNo}\\)`));
            expect(await shop.order(outTradeNo)).toMatchObject({ status: 'paid' });
            return;
          }
          expect(await shop.order(outTradeNo)).toMatchObject({ fulfilled: 1 });
          expect(await shop.ship(outTradeNo)).toMatchObject({
            status: 'shipped',
            tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
          });
          await sandbox.confirm(outTradeNo);
          await sandbox.delivered(outTradeNo);
          expect(await shop.order(outTradeNo)).toMatchObject({
            status: 'finished',
            tradeStatus: 'TRADE_FINISHED',
            fulfilled: 1,
          });
        } finally {
          await app?.stop();
          await sandbox?.stop();
          await database?.close();
          rmSync(dataDir, { recursive: true, force: true });
        }
      }, 120_000);
    }
  });
}
