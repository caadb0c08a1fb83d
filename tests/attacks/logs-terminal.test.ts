// Attack: terminal injection through `alipay-escrow logs`. Anyone can POST to notify_url; a
// refused request is still logged — its out_trade_no, its raw bytes — and `logs` prints the log
// on an operator's terminal. A forged out_trade_no carrying ESC [2K, CR, a line feed and a fake
// row, OSC 0 (window title), the 8-bit CSI and DEL must reach the terminal as visible text in
// every format: JSON lines, --raw and --format table (where a raw line feed would start a
// forged row).
import { createEscrow, createGatewayClient, createSqlStore, sqliteDatabase } from '@alipay-escrow/core';
import { formEncodePairs } from '@alipay-escrow/core/protocol';
import { TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../packages/cli/test/helpers/run-cli.js';
import { PARTNER } from './shop-kit.js';

const HOSTILE = 'T-1\u001b[2K\r\n2026-12-07 12:00:00  notify  applied  ✓\u001b]0;owned\u0007\u009b31m\u007f';
/** Any character a terminal acts on, except the line feed that ends each printed line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const keys = { signType: 'MD5' as const, key: 'attack0key0attack0key0attack0123' };
const dir = mkdtempSync(join(tmpdir(), 'attack-logs-'));
const file = join(dir, 'shop.db');

beforeAll(async () => {
  const db = new Database(file);
  const store = createSqlStore(sqliteDatabase(db));
  await store.migrate();
  const escrow = createEscrow({
    merchant: { partner: PARTNER, keys, charset: 'utf-8', seller: { id: TEST_DEFAULTS.sellerId } },
    store,
    gateway: createGatewayClient({ partner: PARTNER, keys, charset: 'utf-8' }),
    logger: null,
  });
  // The attacker's notification: no valid sign, hostile fields.
  const body = formEncodePairs(
    [
      ['notify_id', 'x'],
      ['out_trade_no', HOSTILE],
      ['subject', HOSTILE],
      ['trade_status', 'TRADE_FINISHED'],
      ['sign_type', 'MD5'],
      ['sign', '0'.repeat(32)],
    ],
    'utf-8',
  );
  const reply = await escrow.handleNotify(
    new Request('https://shop.example.com/alipay/notify', { method: 'POST', body }),
  );
  expect(await reply.text()).toBe('fail');
  const [entry] = await store.listLog();
  expect(entry?.outTradeNo).toBe(HOSTILE); // the hostile text is in the log, as received
  db.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('alipay-escrow logs never hands a forged value to the terminal raw', () => {
  // JSON lines escape as JSON does (\u001b); the table writes \x1b.
  for (const [format, escaped] of [
    [['--raw'], '\\u001b[2K'],
    [['--format', 'table'], '\\x1b[2K'],
  ] as const) {
    it(`logs ${format.join(' ')}`, async () => {
      const run = await runCli(['logs', '--sqlite', file, ...format]);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(RAW_CONTROL);
      expect(run.stdout).toContain(escaped);
      // one line per entry (plus the table's header): the forged line feed started no row
      expect(run.stdout.trim().split('\n')).toHaveLength(format[0] === '--format' ? 2 : 1);
    });
  }
});
