// The D1 migrations shipped with the adapter are core's SQLite migrations, byte for byte: what
// `wrangler d1 migrations apply` creates is exactly what createSqlStore(...).migrate() would.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const CORE = ['0001_init.sql', '0002_log_bounds_notify_ids.sql', '0003_sweep_attention.sql'];

describe('migrations/', () => {
  for (const file of CORE) {
    it(`${file} is identical to @alipay-escrow/core migrations/sqlite/${file} (npm run gen:migrations writes both)`, () => {
      const core = read(`../../core/migrations/sqlite/${file}`);
      expect(core).toMatch(/alipay_escrow_notification_log/);
      expect(read(`../migrations/${file}`)).toBe(core);
    });
  }

  it('holds every migration core ships for SQLite, and nothing else', () => {
    const sqlFiles = (url: string) =>
      readdirSync(new URL(url, import.meta.url))
        .filter((name) => name.endsWith('.sql'))
        .sort();
    expect(sqlFiles('../../core/migrations/sqlite/')).toEqual(CORE);
    expect(sqlFiles('../migrations/')).toEqual(CORE);
  });

  it('is where the example wrangler config looks for migrations', () => {
    expect(read('../examples/wrangler.jsonc')).toMatch(/"migrations_dir":\s*"\.\.\/migrations"/);
  });
});
