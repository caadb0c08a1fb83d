// Group commit on better-sqlite3 (sqliteDatabase(db, { groupCommit: true })): concurrent calls
// share one transaction, yet each reports and fails exactly as it would alone. The whole store
// contract also runs on a group-commit file database (factories.node.ts); these tests pin what
// the contract cannot see: how many transactions ran, and a group where some calls fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlipayEscrowError } from '../../src/errors/error.js';
import type { SqlDatabase } from '../../src/store/sql/database.js';
import { type BetterSqlite3Like, sqliteDatabase } from '../../src/store/sql/sqlite-database.js';

let dir: string;
let raw: Database.Database;
let commits: number;
let db: SqlDatabase;

/** The connection, seen through a wrapper that counts the outer (BEGIN IMMEDIATE) transactions. */
function countingCommits(inner: Database.Database): BetterSqlite3Like {
  return {
    prepare: (sql) => inner.prepare(sql),
    get inTransaction() {
      return inner.inTransaction;
    },
    transaction: (fn) => {
      const transaction = inner.transaction(fn);
      return Object.assign(() => transaction(), {
        immediate: () => {
          commits++;
          return transaction.immediate();
        },
      });
    },
  };
}

const rowsOf = (sql: string) => raw.prepare(sql).all();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-group-'));
  raw = new Database(join(dir, 'group.db'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.exec(`CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER NOT NULL);
    CREATE TABLE parent (id TEXT PRIMARY KEY);
    CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
    INSERT INTO kv (k, v) VALUES ('a', 0);`);
  commits = 0;
  db = sqliteDatabase(countingCommits(raw), { groupCommit: true });
});

afterEach(() => {
  raw.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (k: string, v = 1) => ({ sql: 'INSERT INTO kv (k, v) VALUES (?, ?)', params: [k, v] });

describe('sqliteDatabase with groupCommit', () => {
  it('commits concurrent batches in one transaction, each with the results it would have alone', async () => {
    const compareAndSet = (v: number) => ({ sql: "UPDATE kv SET v = ? WHERE k = 'a' AND v = 0", params: [v] });
    const results = await Promise.all([
      db.batch([compareAndSet(1)]),
      db.batch([compareAndSet(2)]),
      db.batch([insert('b', 5), { sql: 'UPDATE kv SET v = v + 1 WHERE k = ? RETURNING k, v', params: ['b'] }]),
      db.batch([{ sql: 'SELECT k, v FROM kv ORDER BY k', params: [] }]),
    ]);
    expect(commits).toBe(1);
    // the first compare-and-set wins, the second sees the first's write and changes nothing
    expect(results[0]).toEqual([{ changes: 1, rows: [] }]);
    expect(results[1]).toEqual([{ changes: 0, rows: [] }]);
    expect(results[2]).toEqual([
      { changes: 1, rows: [] },
      { changes: 1, rows: [{ k: 'b', v: 6 }] },
    ]);
    // a later batch of the group sees the earlier ones, as it would after their commits
    expect(results[3]).toEqual([
      {
        changes: 0,
        rows: [
          { k: 'a', v: 1 },
          { k: 'b', v: 6 },
        ],
      },
    ]);
    expect(rowsOf('SELECT k, v FROM kv ORDER BY k')).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 6 },
    ]);
  });

  it('a failing batch is undone alone: the others of its group commit', async () => {
    const outcomes = await Promise.allSettled([
      db.batch([insert('x')]),
      db.batch([insert('y'), insert('a')]), // 'a' exists: this batch fails after writing 'y'
      db.batch([insert('z')]),
    ]);
    expect(commits).toBe(1);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed/);
    expect(rowsOf('SELECT k FROM kv ORDER BY k')).toEqual([{ k: 'a' }, { k: 'x' }, { k: 'z' }]);
  });

  it('a failing COMMIT rejects every batch of the group and applies none; the next group commits', async () => {
    // a deferred foreign key is checked only at COMMIT, so the whole group's COMMIT fails
    const outcomes = await Promise.allSettled([
      db.batch([insert('x')]),
      db.batch([{ sql: 'INSERT INTO child (id, parent_id) VALUES (?, ?)', params: ['c1', 'nobody'] }]),
      db.batch([insert('z')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const o of outcomes)
      expect(String((o as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY constraint failed/);
    expect(rowsOf('SELECT k FROM kv ORDER BY k')).toEqual([{ k: 'a' }]);
    expect(rowsOf('SELECT id FROM child')).toEqual([]);
    expect(raw.inTransaction).toBe(false);

    await db.batch([insert('after')]);
    expect(rowsOf('SELECT k FROM kv ORDER BY k')).toEqual([{ k: 'a' }, { k: 'after' }]);
  });

  it('a batch that makes SQLite end the transaction takes its whole group down, half-applied nowhere', async () => {
    const outcomes = await Promise.allSettled([
      db.batch([insert('x')]),
      db.batch([{ sql: 'INSERT OR ROLLBACK INTO kv (k, v) VALUES (?, ?)', params: ['a', 9] }]),
      db.batch([insert('z')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(rowsOf('SELECT k, v FROM kv ORDER BY k')).toEqual([{ k: 'a', v: 0 }]);
    await db.batch([insert('after')]);
    expect(rowsOf('SELECT k FROM kv ORDER BY k')).toEqual([{ k: 'a' }, { k: 'after' }]);
  });

  it('a write through all() joins the group after the batches queued before it; a SELECT runs at once', async () => {
    const queued = db.batch([insert('q', 7)]);
    // the batch waits for its group: a read now sees the database as committed so far
    expect(await db.all('SELECT k FROM kv ORDER BY k', [])).toEqual([{ k: 'a' }]);
    const written = db.all('UPDATE kv SET v = v * 2 WHERE k = ? RETURNING v', ['q']);
    await queued;
    expect(await written).toEqual([{ v: 14 }]);
    expect(commits).toBe(1);
  });

  it('fake timers do not hold a group back', async () => {
    vi.useFakeTimers();
    try {
      await db.batch([insert('t')]);
      expect(rowsOf('SELECT k FROM kv ORDER BY k')).toEqual([{ k: 'a' }, { k: 't' }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses an option that is not a boolean, and a database that does not report inTransaction', () => {
    expect(() => sqliteDatabase(raw, { groupCommit: 'yes' as unknown as boolean })).toThrow(AlipayEscrowError);
    const withoutState: BetterSqlite3Like = {
      prepare: (sql) => raw.prepare(sql),
      transaction: (fn) => raw.transaction(fn),
    };
    expect(() => sqliteDatabase(withoutState, { groupCommit: true })).toThrow(/inTransaction/);
    expect(sqliteDatabase(withoutState).dialect).toBe('sqlite');
  });
});
