/** An SQLite file as the sandbox's store (better-sqlite3, loaded only when a file is asked for). */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { sqliteStore, type SqliteDatabase } from '../store/sqlite-store.js';
import type { SandboxStore } from '../store/types.js';

/**
 * A store in an SQLite file (better-sqlite3), created if missing, in WAL mode. Throws
 * CONFIG_INVALID when better-sqlite3 is not installed or the file cannot be opened.
 */
export async function openSqliteStore(file: string): Promise<{
  /** The store, to pass as `store` to createSandbox or startSandbox. */
  store: SandboxStore;
  /** Closes the database file. */
  close(): void;
}> {
  let Database: new (file: string) => SqliteDatabase & { close(): void; pragma(sql: string): unknown };
  try {
    Database = (await import('better-sqlite3')).default as unknown as typeof Database;
  } catch (cause) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      'Keeping the sandbox in an SQLite file needs the better-sqlite3 package.',
      {
        hint: 'npm install better-sqlite3 — or leave storage.sqliteFile out to keep the sandbox in memory.',
        field: 'storage.sqliteFile',
        status: 500,
        cause,
      },
    );
  }
  let db: InstanceType<typeof Database>;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new AlipayEscrowError('CONFIG_INVALID', `Cannot open the SQLite file ${JSON.stringify(file)}: ${reason}`, {
      hint: 'Give a path in an existing, writable directory (the file is created if missing).',
      field: 'storage.sqliteFile',
      status: 500,
      cause,
    });
  }
  return { store: sqliteStore(db), close: () => db.close() };
}
