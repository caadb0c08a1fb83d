// The adapter behaviour suite inside workerd, through the Worker's own fetch entry
// (`exports.default.fetch`, the module's default export served by the runtime), with every
// order, effect and log entry in a local D1 database created by the package's migration file.
import type { D1Database } from '@cloudflare/workers-types/index.js';
import { createSqlStore, d1Database } from '@alipay-escrow/core';
import { applyD1Migrations } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createSuiteEscrow, runAdapterSuite } from '../../../../tests/adapter-suite/index.js';

const DB = env['DB'] as D1Database;

await applyD1Migrations(DB, env['TEST_MIGRATIONS']);

describe('workerd with a local D1', () => {
  it('runs in workerd, and the migration created the store’s tables in D1', async () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
    const { results } = await DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'alipay_escrow_%' ORDER BY name",
    ).all<{ name: string }>();
    expect(results.map((r) => r.name)).toEqual([
      'alipay_escrow_attention_marks',
      'alipay_escrow_effects',
      'alipay_escrow_notification_log',
      'alipay_escrow_notify_ids',
      'alipay_escrow_orders',
    ]);
  });
});

runAdapterSuite(
  'workers in workerd: alipayEscrow((env) => options), D1 store, exports.default.fetch',
  async ({ charset }) => {
    // The suite reads and seeds through an escrow of its own over the same D1 database.
    const { escrow, keys } = createSuiteEscrow({ charset, store: createSqlStore(d1Database(DB)) });
    const prefix = charset === 'gbk' ? '/gbk' : '';
    return {
      baseUrl: 'https://shop.example.com',
      fetch: (request) => exports.default.fetch(request),
      notifyPath: `${prefix}/alipay/notify`,
      returnPath: `${prefix}/alipay/return`,
      escrow,
      keys,
      charset,
      stop: async () => {},
    };
  },
);
