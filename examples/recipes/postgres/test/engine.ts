/**
 * The Postgres the two instances share. With ALIPAY_ESCROW_PG_URL (CI: a real server) a fresh
 * schema of that database, selected through the connection string's `options=-c search_path=…`
 * and dropped afterwards; without it, PGlite (Postgres compiled to WebAssembly) served over the
 * Postgres wire protocol by @electric-sql/pglite-socket on a 127.0.0.1 port, so that two separate
 * processes connect to it with `pg` exactly as they would to a server. Never a stand-in: if
 * neither engine can start, the test fails.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export interface SharedDatabase {
  /** What the instances run on, for the test's name and messages. */
  engine: string;
  /** The DATABASE_URL both instances get. */
  url: string;
  close(): Promise<void>;
}

/** Two instances × PG_POOL_MAX 10, the migration client, and room to spare. */
const EMBEDDED_MAX_CONNECTIONS = 40;

async function serverSchema(serverUrl: string): Promise<SharedDatabase> {
  const schema = `recipe_pg_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    engine: `PostgreSQL at ${url.host} (schema ${schema})`,
    url: url.toString(),
    async close() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

async function embeddedServer(): Promise<SharedDatabase> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  return {
    engine: `PGlite ${(await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v} over pglite-socket`,
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

export function openSharedDatabase(): Promise<SharedDatabase> {
  const serverUrl = process.env.ALIPAY_ESCROW_PG_URL?.trim();
  return serverUrl ? serverSchema(serverUrl) : embeddedServer();
}

/** The migration files the page tells you to apply, in order: core's tables, then the shop's. */
export function migrationFiles(recipeDir: string): string[] {
  const core = dirname(createRequire(import.meta.url).resolve('@alipay-escrow/core/package.json'));
  return [
    join(core, 'migrations/postgres/0001_init.sql'),
    join(core, 'migrations/postgres/0002_log_bounds_notify_ids.sql'),
    join(core, 'migrations/postgres/0003_sweep_attention.sql'),
    join(recipeDir, 'migrations/0001_fulfilments.sql'),
  ];
}

/** What `psql "$DATABASE_URL" -f <file>` does for each file: its statements, in one simple query. */
export async function applyMigrations(url: string, files: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const file of files) await client.query(readFileSync(file, 'utf8'));
  } finally {
    await client.end();
  }
}
