import { createSqlStore, postgresDatabase, sqliteDatabase, type EscrowStore } from '@alipay-escrow/core';
import { existsSync } from 'node:fs';
import type { Redactor } from '../redact.js';
import { UsageError } from '../usage-error.js';

/** `--sqlite FILE` | `--postgres URL` (`--table-prefix P`): the merchant's own database. */
export interface StoreFlags {
  sqlite?: string | undefined;
  postgres?: string | undefined;
  'table-prefix'?: string | undefined;
}

/** The store-selecting options every command that reads the merchant's database takes. */
export const STORE_OPTIONS = {
  sqlite: { type: 'string' },
  postgres: { type: 'string' },
  'table-prefix': { type: 'string' },
} as const;

export const STORE_HELP = `  --sqlite FILE        the app's SQLite database file (better-sqlite3)
  --postgres URL       the app's PostgreSQL database (pg), e.g. postgres://user@host/db;
                       a password in it is never printed
  --table-prefix P     the tablePrefix the app gives createSqlStore (default alipay_escrow_)`;

/** An opened store and the way to let go of its connection. */
export interface OpenedStore {
  store: EscrowStore;
  /** Closes the database connection (the command's last step). */
  close(): Promise<void>;
}

/**
 * Opens the store the flags name. The drivers are optional peer dependencies: a missing one is a
 * usage error naming the npm command that installs it. `readonly` opens SQLite read-only (for
 * `logs`), so a mistyped path never creates an empty database.
 */
export async function openStore(
  flags: StoreFlags,
  secrets: Redactor,
  options: { readonly: boolean },
): Promise<OpenedStore> {
  if ((flags.sqlite === undefined) === (flags.postgres === undefined)) {
    throw new UsageError(
      flags.sqlite === undefined
        ? 'Name the database: --sqlite FILE or --postgres URL.'
        : 'Give one database: --sqlite and --postgres were both given.',
      {
        hint: 'The same database your app passes to createSqlStore().',
      },
    );
  }
  const tablePrefix = flags['table-prefix'];
  const storeOptions = tablePrefix === undefined ? {} : { tablePrefix };
  if (flags.sqlite !== undefined) {
    const file = flags.sqlite;
    if (!existsSync(file))
      throw new UsageError(`--sqlite ${JSON.stringify(file)}: no such file.`, {
        hint: "Give the path of your app's SQLite database file.",
      });
    const Database = await driver<typeof import('better-sqlite3')>('better-sqlite3');
    const db = new Database(file, { readonly: options.readonly, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return { store: createSqlStore(sqliteDatabase(db), storeOptions), close: async () => void db.close() };
  }
  const url = flags.postgres!;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError('--postgres is not a URL.', {
      hint: 'Write it as postgres://user[:password]@host[:port]/database.',
    });
  }
  if (parsed.password !== '') secrets.add(decodeURIComponent(parsed.password));
  secrets.add(url);
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new UsageError(`--postgres must start with postgres:// (got ${parsed.protocol}//).`);
  }
  const pg = await driver<typeof import('pg')>('pg');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // An idle client's error (the server restarted) must not kill the command with an unhandled event.
  pool.on('error', () => undefined);
  return { store: createSqlStore(postgresDatabase(pool), storeOptions), close: () => pool.end() };
}

async function driver<T>(name: 'better-sqlite3' | 'pg'): Promise<T> {
  try {
    const module = (await import(name)) as { default?: T };
    return (module.default ?? module) as T;
  } catch {
    throw new UsageError(`The ${name} package is not installed.`, {
      hint: `Install it next to the CLI: npm install ${name}`,
    });
  }
}
