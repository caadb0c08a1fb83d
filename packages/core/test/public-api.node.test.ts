// The names `@alipay-escrow/core` offers at its root, and the subpaths behind it. Every name here is
// a promise to users: adding one, removing one or moving one to a subpath must be a deliberate
// edit of these lists (and a changeset saying where it went). The values are read from the module
// itself; the types from the TypeScript compiler's view of the entry file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('../', import.meta.url));

/** The values a merchant imports from `@alipay-escrow/core`. */
const ROOT_VALUES = [
  'AlipayEscrowError',
  'buildPaymentRequest',
  'bunSqliteDatabase',
  'createEscrow',
  'createGatewayClient',
  'createMemoryStore',
  'createSqlStore',
  'd1Database',
  'explain',
  'pgliteDatabase',
  'postgresDatabase',
  'sqliteDatabase',
  'verifyNotification',
  'verifyReturn',
];

/** The types a merchant writes with, from `@alipay-escrow/core`. */
const ROOT_TYPES = [
  'Anomaly',
  'AnomalyCode',
  'BetterSqlite3Like',
  'BunSqliteDatabaseOptions',
  'BunSqliteLike',
  'CreatedPayment',
  'D1DatabaseLike',
  'EffectEvent',
  'EffectHook',
  'ErrorCode',
  'Escrow',
  'EscrowHooks',
  'EscrowLogger',
  'EscrowOptions',
  'EscrowOrder',
  'EscrowStore',
  'EscrowWarning',
  'GatewayClient',
  'GatewayClientOptions',
  'IpAllowListOptions',
  'MemoryStoreOptions',
  'MerchantConfig',
  'OrderPhase',
  'OrderRecord',
  'PGliteLike',
  'PaymentRequest',
  'PgClientLike',
  'PgPoolLike',
  'RefundStatus',
  'RequestInfo',
  'ReturnOutcome',
  'SignatureKeys',
  'SqlDatabase',
  'SqlStoreOptions',
  'SqliteDatabaseOptions',
  'StuckReport',
  'SweepOptions',
  'SweepResult',
  'TradeStatus',
  'VerifyMessageOptions',
  'VerifyResult',
];

/** The subpaths of package.json "exports" (besides "." and "./package.json"). */
const SUBPATHS = [
  './adapter-kit',
  './charset',
  './crypto',
  './deno-kv',
  './errors',
  './escrow',
  './escrow-app',
  './gateway',
  './gbk',
  './protocol',
  './receiver',
  './rsa',
  './store-kit',
  './testing',
];

/** Every name an entry file exports, split into values and types-only, as the compiler sees it. */
function exportsOf(entry: string): { values: string[]; types: string[] } {
  const file = `${packageDir}${entry}`;
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}

const packageJson = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
};
const typedocEntries = (JSON.parse(readFileSync(`${packageDir}typedoc.json`, 'utf8')) as { entryPoints: string[] })
  .entryPoints;

/** src/x/index.ts for "./dist/x/index.js". */
const sourceOf = (dist: string) => dist.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');

describe('the root of @alipay-escrow/core', () => {
  it('offers exactly the listed values', async () => {
    const root = await import('../src/index.js');
    expect(Object.keys(root).sort()).toEqual(ROOT_VALUES);
  });

  it('offers exactly the listed types, and the values the module has', { timeout: 60_000 }, () => {
    const { values, types } = exportsOf('src/index.ts');
    expect(values).toEqual(ROOT_VALUES);
    expect(types).toEqual(ROOT_TYPES);
  });
});

describe('the subpaths of @alipay-escrow/core', () => {
  const subpaths = Object.entries(packageJson.exports).filter(([key]) => key !== '.' && key !== './package.json');

  it('are the listed ones', () => {
    expect(subpaths.map(([key]) => key).sort()).toEqual(SUBPATHS);
  });

  it('each give "types" then "default", and are entry points of the API reference', () => {
    const entries = Object.entries(packageJson.exports).filter(([key]) => key !== './package.json');
    for (const [key, target] of entries) {
      if (typeof target === 'string')
        throw new Error(`exports["${key}"] is a bare path: give it "types" and "default".`);
      expect(Object.keys(target), key).toEqual(['types', 'default']);
      expect(target.types.replace(/\.d\.ts$/, '.js'), key).toBe(target.default);
      expect(
        typedocEntries,
        `${key} (${sourceOf(target.default)}) is missing from packages/core/typedoc.json`,
      ).toContain(sourceOf(target.default));
    }
    expect(typedocEntries.length).toBe(entries.length);
  });

  it('list their names one by one (no `export *` that would publish whatever a file adds)', () => {
    for (const [key, target] of subpaths) {
      if (typeof target === 'string' || key === './store-kit') continue;
      const text = readFileSync(`${packageDir}${sourceOf(target.default)}`, 'utf8');
      expect(text, key).not.toMatch(/^export \*/m);
    }
  });
});
