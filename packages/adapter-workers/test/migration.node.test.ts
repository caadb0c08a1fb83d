// The D1 migration shipped with the adapter is core's SQLite schema, byte for byte: what
// `wrangler d1 migrations apply` creates is exactly what createSqlStore(...).migrate() would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('migrations/0001_init.sql', () => {
  it('is identical to @alipay-escrow/core migrations/sqlite/0001_init.sql (copy it over when core changes)', () => {
    const core = read('../../core/migrations/sqlite/0001_init.sql');
    expect(core).toContain('CREATE TABLE IF NOT EXISTS alipay_escrow_orders');
    expect(read('../migrations/0001_init.sql')).toBe(core);
  });

  it('is where the example wrangler config looks for migrations', () => {
    expect(read('../examples/wrangler.jsonc')).toMatch(/"migrations_dir":\s*"\.\.\/migrations"/);
  });
});
