// createSqlStore's checks and the `?` → `$n` rewrite, without a database (portable).
import { describe, expect, it } from 'vitest';
import type { AlipayEscrowError } from '../../src/errors/error.js';
import type { SqlDatabase } from '../../src/store/sql/database.js';
import { toPostgresPlaceholders } from '../../src/store/sql/placeholders.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';

const unused: SqlDatabase = {
  dialect: 'sqlite',
  all: async () => {
    throw new Error('not reached');
  },
  batch: async () => {
    throw new Error('not reached');
  },
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as AlipayEscrowError).code;
  }
  return undefined;
}

describe('createSqlStore', () => {
  it('accepts the default and plain identifier prefixes', () => {
    expect(codeOf(() => createSqlStore(unused))).toBeUndefined();
    expect(codeOf(() => createSqlStore(unused, { tablePrefix: 'Shop_1_' }))).toBeUndefined();
    expect(codeOf(() => createSqlStore(unused, { tablePrefix: '_' }))).toBeUndefined();
  });

  it('rejects a prefix that is not a plain identifier (it is written into the SQL)', () => {
    for (const tablePrefix of [
      '',
      '1shop_',
      'shop-',
      'x; DROP TABLE users; --',
      'shop"_',
      'магазин_',
      'a'.repeat(39),
    ]) {
      expect(codeOf(() => createSqlStore(unused, { tablePrefix }))).toBe('CONFIG_INVALID');
    }
    expect(codeOf(() => createSqlStore(unused, { tablePrefix: 'a'.repeat(38) }))).toBeUndefined();
  });

  it('rejects something that is not a SqlDatabase', () => {
    expect(codeOf(() => createSqlStore({ ...unused, dialect: 'mysql' } as unknown as SqlDatabase))).toBe(
      'CONFIG_INVALID',
    );
    expect(codeOf(() => createSqlStore(undefined as unknown as SqlDatabase))).toBe('CONFIG_INVALID');
  });
});

describe('toPostgresPlaceholders', () => {
  it('numbers the placeholders in order', () => {
    expect(toPostgresPlaceholders('UPDATE t SET a = ?, b = ? WHERE c = ? AND d IN (?, ?)')).toBe(
      'UPDATE t SET a = $1, b = $2 WHERE c = $3 AND d IN ($4, $5)',
    );
    expect(toPostgresPlaceholders('SELECT 1')).toBe('SELECT 1');
  });

  it('leaves question marks in literals, quoted identifiers and comments alone', () => {
    expect(toPostgresPlaceholders(`SELECT '?', 'it''s ?', "col?" FROM t -- why?\nWHERE a = ?`)).toBe(
      `SELECT '?', 'it''s ?', "col?" FROM t -- why?\nWHERE a = $1`,
    );
  });
});
