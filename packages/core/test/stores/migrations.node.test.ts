// The shipped migrations/<dialect>/0001_init.sql files are exactly what migrate() runs with the
// default prefix, and they work when applied by other tools. Regenerate them after changing
// src/store/sql/schema.ts with: npx vitest run --project core test/stores/migrations.node.test.ts -u
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SqlDatabase, SqlStatement } from '../../src/store/sql/database.js';
import { pgliteDatabase } from '../../src/store/sql/pglite-database.js';
import { migrationFileText } from '../../src/store/sql/schema.js';
import { createSqlStore } from '../../src/store/sql/sql-store.js';
import { sqliteDatabase } from '../../src/store/sql/sqlite-database.js';

const fileUrl = (dialect: string) => new URL(`../../migrations/${dialect}/0001_init.sql`, import.meta.url);

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

const engines = [
  { dialect: 'sqlite', open: async () => sqliteDatabase(new Database(':memory:')) },
  { dialect: 'postgres', open: async () => pgliteDatabase(await PGlite.create()) },
] as const;

for (const { dialect, open } of engines) {
  describe(`migrations/${dialect}/0001_init.sql`, () => {
    it('is the generated text (regenerate with -u)', async () => {
      await expect(migrationFileText(dialect)).toMatchFileSnapshot(fileUrl(dialect).pathname);
    });

    it('holds exactly the statements migrate() runs with the default prefix', async () => {
      const { db, seen } = recording(await open());
      await createSqlStore(db).migrate();
      // On Postgres, migrate() first takes an advisory lock so instances starting together take turns.
      const schema = seen.filter((s) => !s.sql.startsWith('SELECT pg_advisory_xact_lock'));
      expect(schema.every((s) => s.params.length === 0)).toBe(true);
      expect(statementsOf(readFileSync(fileUrl(dialect), 'utf8'))).toEqual(schema.map((s) => s.sql.trim()));
    });

    it('applied by another tool, gives tables the store works with', async () => {
      const text = readFileSync(fileUrl(dialect), 'utf8');
      let db: SqlDatabase;
      if (dialect === 'sqlite') {
        const raw = new Database(':memory:');
        raw.exec(text);
        db = sqliteDatabase(raw);
      } else {
        const raw = await PGlite.create();
        await raw.exec(text);
        db = pgliteDatabase(raw);
      }
      const store = createSqlStore(db);
      await store.migrate();
      await store.appendLog({
        id: 'x', channel: 'notify', receivedAt: '2026-03-01T08:00:00.000Z', method: 'POST', raw: new Uint8Array([0, 255]),
        headers: {}, remoteAddress: null, verdict: 'received', code: null, detail: null, outTradeNo: null, notifyId: null,
        tradeStatus: null, refundStatus: null, reply: null, replayOf: null,
      });
      expect((await store.getLog('x'))?.raw).toEqual(new Uint8Array([0, 255]));
    });
  });
}
