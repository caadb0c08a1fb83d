import type { NotificationRecord, ReturnIdRecord, SandboxSnapshot, SandboxStore, TradeRecord } from './types.js';

/** The part of a better-sqlite3 `Database` the store uses (typed structurally: nothing is imported). */
export interface SqliteDatabase {
  /** Runs SQL without parameters (the store creates its tables with it). */
  exec(sql: string): unknown;
  /** Compiles a statement. */
  prepare(sql: string): SqliteStatement;
}

/** The part of a better-sqlite3 statement (what `db.prepare(sql)` returns) the store uses. */
export interface SqliteStatement {
  /** Runs a write with positional parameters, synchronously. */
  run(...params: unknown[]): unknown;
  /** Runs a query with positional parameters, synchronously, and returns its rows as objects. */
  all(...params: unknown[]): unknown[];
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sandbox_trades (key TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sandbox_notifications (notify_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sandbox_return_ids (notify_id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sandbox_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/**
 * Keeps the sandbox in an SQLite database (a better-sqlite3 `Database`, or anything with the same
 * synchronous `exec` / `prepare().run()` / `prepare().all()`), so a sandbox survives restarts:
 * trades, notifications with their delivery logs, and pending retries. Creates its tables.
 */
export function sqliteStore(db: SqliteDatabase): SandboxStore {
  db.exec(SCHEMA);
  const upsertTrade = db.prepare(
    'INSERT INTO sandbox_trades (key, data) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET data = excluded.data',
  );
  const upsertNotification = db.prepare(
    'INSERT INTO sandbox_notifications (notify_id, seq, data) VALUES (?, ?, ?) ON CONFLICT(notify_id) DO UPDATE SET data = excluded.data',
  );
  const upsertReturnId = db.prepare(
    'INSERT INTO sandbox_return_ids (notify_id, data) VALUES (?, ?) ON CONFLICT(notify_id) DO UPDATE SET data = excluded.data',
  );
  const upsertSetting = db.prepare(
    'INSERT INTO sandbox_settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
  );
  const selectSetting = db.prepare('SELECT value FROM sandbox_settings WHERE name = ?');
  const rows = <T>(sql: string): T[] =>
    (db.prepare(sql).all() as { data: string }[]).map((row) => JSON.parse(row.data) as T);
  return {
    async load(): Promise<SandboxSnapshot> {
      return {
        trades: rows<TradeRecord>('SELECT data FROM sandbox_trades ORDER BY rowid'),
        notifications: rows<NotificationRecord>('SELECT data FROM sandbox_notifications ORDER BY seq'),
        returnIds: rows<ReturnIdRecord>('SELECT data FROM sandbox_return_ids ORDER BY rowid'),
      };
    },
    async putTrade(trade) {
      upsertTrade.run(trade.key, JSON.stringify(trade));
    },
    async putNotification(n) {
      upsertNotification.run(n.notifyId, n.seq, JSON.stringify(n));
    },
    async putReturnId(record) {
      upsertReturnId.run(record.notifyId, JSON.stringify(record));
    },
    async getSetting(name) {
      const [row] = selectSetting.all(name) as { value: string }[];
      return row?.value;
    },
    async putSetting(name, value) {
      upsertSetting.run(name, value);
    },
  };
}
