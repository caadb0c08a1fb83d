// The shipped migrations/<dialect>/NNNN_*.sql files are exactly what migrate() runs with the
// default prefix (0001, 0002 then 0003 on a new database), they work when applied by other tools,
// and migrate() upgrades a database made by 0001 alone, or by 0001 and 0002. The files are written
// from src/store/sql/migrations/ by `npm run gen:migrations` (generated-migrations.node.test.ts
// checks they are current).
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SqlDatabase, SqlStatement } from '../../src/store/sql/database.js';
import { pgliteDatabase } from '../../src/store/sql/pglite-database.js';
import { MIGRATIONS } from '../../src/store/sql/migrations/index.js';
import { sampleLogEntry } from './log-entry-fixture.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
import { sqliteDatabase } from '../../src/store/sql/sqlite-database.js';
import type { EscrowStore } from '../../src/store/types.js';

const MIGRATION_FILES = MIGRATIONS.map((migration) => migration.id);
const fileUrl = (dialect: string, file: string) => new URL(`../../migrations/${dialect}/${file}.sql`, import.meta.url);
const fileStatements = (dialect: string, file: string) => statementsOf(readFileSync(fileUrl(dialect, file), 'utf8'));

/** The statements of a .sql file: comment lines dropped, split at `;` line ends. */
function statementsOf(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.startsWith('--'))
    .join('\n');
  return code
    .split(/;\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Passes everything through, keeping every statement migrate() sends. */
function recording(db: SqlDatabase): { db: SqlDatabase; seen: SqlStatement[] } {
  const seen: SqlStatement[] = [];
  return {
    seen,
    db: {
      dialect: db.dialect,
      all: (sql, params) => {
        seen.push({ sql, params });
        return db.all(sql, params);
      },
      batch: (statements) => {
        seen.push(...statements);
        return db.batch(statements);
      },
    },
  };
}

/** The schema statements migrate() sent: without Postgres's advisory lock and SQLite's column probes. */
const schemaOnly = (seen: SqlStatement[]): SqlStatement[] =>
  seen.filter(
    (s) => !s.sql.startsWith('SELECT pg_advisory_xact_lock') && !/^SELECT \w+ FROM \w+ WHERE 0 = 1$/.test(s.sql),
  );

/** Binds a notify_id through receive (the only way the store binds one). */
const bind = (store: EscrowStore, notifyId: string, outTradeNo: string, tradeNo: string | null) =>
  store.receive({ outTradeNo, binding: { notifyId, outTradeNo, tradeNo, at: '2026-03-01T08:00:00.000Z' } });

/** The names of the database's indexes. */
async function indexNames(db: SqlDatabase): Promise<string[]> {
  const rows =
    db.dialect === 'sqlite'
      ? await db.all("SELECT name FROM sqlite_master WHERE type = 'index'", [])
      : await db.all('SELECT indexname AS name FROM pg_indexes', []);
  return rows.map((row) => String(row['name']));
}

interface RawEngine {
  /** Runs a whole .sql file the way another tool would. */
  exec(text: string): Promise<void>;
  db: SqlDatabase;
}

const engines = [
  {
    dialect: 'sqlite',
    open: async (): Promise<RawEngine> => {
      const raw = new Database(':memory:');
      return { exec: async (text) => void raw.exec(text), db: sqliteDatabase(raw) };
    },
  },
  {
    dialect: 'postgres',
    open: async (): Promise<RawEngine> => {
      const raw = await PGlite.create();
      return { exec: async (text) => void (await raw.exec(text)), db: pgliteDatabase(raw) };
    },
  },
] as const;

const entry = (id: string) => sampleLogEntry(id, { raw: new Uint8Array([0, 255]), rawSize: 2 });

for (const { dialect, open } of engines) {
  describe(`migrations/${dialect}`, () => {
    it('the files hold exactly the statements migrate() runs on a new database, in order', async () => {
      const { db, seen } = recording((await open()).db);
      await createSqlStore(db).migrate();
      const schema = schemaOnly(seen);
      expect(schema.every((s) => s.params.length === 0)).toBe(true);
      expect(MIGRATION_FILES.flatMap((file) => fileStatements(dialect, file))).toEqual(schema.map((s) => s.sql.trim()));
    });

    it('applied by another tool, give tables the store works with; migrate() afterwards changes nothing', async () => {
      const engine = await open();
      for (const file of MIGRATION_FILES) await engine.exec(readFileSync(fileUrl(dialect, file), 'utf8'));
      const { db, seen } = recording(engine.db);
      const store = createSqlStore(db);
      await store.migrate();
      // every column of 0002 is there: SQLite adds none again (it would fail on a duplicate column)
      expect(seen.some((s) => s.sql.startsWith('ALTER TABLE') && !s.sql.includes('IF NOT EXISTS'))).toBe(false);
      await store.appendLog({ ...entry('x'), raw: new Uint8Array([0, 255]) });
      expect((await store.getLog('x'))?.raw).toEqual(new Uint8Array([0, 255]));
      expect((await bind(store, 'n', 'A', null)).binding).toEqual({ outTradeNo: 'A', tradeNo: null });
      expect(
        await store.markAttention({
          outTradeNo: 'A',
          reason: 'paid_not_shipped',
          version: 2,
          at: '2026-03-01T08:00:00.000Z',
        }),
      ).toBe(true);
      expect(await store.listOrders({ phases: ['paid'], limit: 10 })).toEqual([]);
    });

    it('migrate() upgrades a database made by 0001 and 0002 to 0003 (marks and the sweep indexes)', async () => {
      const engine = await open();
      await engine.exec(readFileSync(fileUrl(dialect, '0001_init'), 'utf8'));
      await engine.exec(readFileSync(fileUrl(dialect, '0002_log_bounds_notify_ids'), 'utf8'));
      const store = createSqlStore(engine.db);
      const mark = { outTradeNo: 'A', reason: 'paid_not_shipped', version: 2, at: '2026-03-01T08:00:00.000Z' };
      await expect(store.markAttention(mark)).rejects.toThrow(/attention_marks/);
      await store.migrate();
      expect(await store.markAttention(mark)).toBe(true);
      expect(await store.markAttention(mark)).toBe(false);
      const indexes = await indexNames(engine.db);
      for (const name of [
        'alipay_escrow_orders_by_phase',
        'alipay_escrow_notification_log_verdicts',
        'alipay_escrow_notification_log_channels',
      ]) {
        expect(indexes).toContain(name);
      }
    });

    it('migrate() upgrades a database made by 0001 alone, keeping its log; old rows read with documented defaults', async () => {
      const engine = await open();
      await engine.exec(readFileSync(fileUrl(dialect, '0001_init'), 'utf8'));
      // rows as the previous version wrote them: no size, digest nor authenticity
      const old = (id: string, channel: string, verdict: string, code: string | null) =>
        engine.db.all(
          'INSERT INTO alipay_escrow_notification_log (id, channel, received_at, method, raw, headers, remote_address, verdict, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [id, channel, '2026-03-01T08:00:00.000Z', 'POST', 'AAEC', '{}', null, verdict, code],
        );
      await old('applied', 'notify', 'applied', null);
      await old('unconfirmed', 'notify', 'rejected', 'NOTIFY_VERIFY_TIMEOUT');
      await old('forged', 'notify', 'rejected', 'SIGN_MISMATCH');
      await old('replayed', 'replay', 'duplicate', null);
      const store = createSqlStore(engine.db);
      await store.migrate();
      await store.migrate(); // and again: nothing left to add
      const read = async (id: string) => {
        const e = await store.getLog(id);
        return [e?.raw, e?.rawSize, e?.rawSha256, e?.authenticity];
      };
      expect(await read('applied')).toEqual([new Uint8Array([0, 1, 2]), 3, '', 'verified']);
      expect(await read('unconfirmed')).toEqual([new Uint8Array([0, 1, 2]), 3, '', 'signature']);
      expect(await read('forged')).toEqual([new Uint8Array([0, 1, 2]), 3, '', 'none']);
      expect(await read('replayed')).toEqual([new Uint8Array([0, 1, 2]), 3, '', 'signature']);
      await store.appendLog({ ...entry('new'), rawSize: 70_000, rawSha256: 'ab'.repeat(32), authenticity: 'verified' });
      expect(await read('new')).toEqual([new Uint8Array([0, 255]), 70_000, 'ab'.repeat(32), 'verified']);
      expect((await bind(store, 'n', 'A', 'T')).binding).toEqual({ outTradeNo: 'A', tradeNo: 'T' });
    });

    it('two instances upgrading the same 0001 database at once both succeed', async () => {
      const engine = await open();
      await engine.exec(readFileSync(fileUrl(dialect, '0001_init'), 'utf8'));
      await Promise.all([createSqlStore(engine.db).migrate(), createSqlStore(engine.db).migrate()]);
      await createSqlStore(engine.db).appendLog(entry('both'));
      expect((await createSqlStore(engine.db).getLog('both'))?.authenticity).toBe('none');
    });
  });
}
