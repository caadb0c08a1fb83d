// The database a soak run shares between the harness and its merchant processes: an SQLite file
// in the run's directory, or Postgres — a fresh schema on the server at ALIPAY_ESCROW_PG_URL
// (dropped afterwards), or without one PGlite served over the Postgres wire protocol by
// @electric-sql/pglite-socket on a 127.0.0.1 port (taken from the postgres recipe's dependencies),
// so the processes connect with `pg` exactly as they would to a server.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const recipe = fileURLToPath(new URL('../../examples/recipes/postgres/package.json', import.meta.url));

async function serverSchema(serverUrl) {
  const { default: pg } = await import('pg');
  const schema = `soak_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    db: { kind: 'postgres', url: url.toString() },
    engine: `PostgreSQL at ${url.host}`,
    async close() {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

async function embeddedServer() {
  const require = createRequire(recipe);
  const { PGlite } = await import(pathToFileURL(require.resolve('@electric-sql/pglite')).href);
  const { PGLiteSocketServer } = await import(pathToFileURL(require.resolve('@electric-sql/pglite-socket')).href);
  const pglite = await PGlite.create();
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 64 });
  await server.start();
  return {
    db: { kind: 'postgres', url: `postgres://postgres@${server.getServerConn()}/postgres`, poolMax: 4 },
    engine: 'PGlite over pglite-socket',
    async close() {
      await server.stop();
      await pglite.close();
    },
  };
}

/** Opens the run's database: `engine` is 'sqlite' or 'postgres'; `dir` holds the SQLite file. */
export async function openRunDatabase(engine, dir) {
  if (engine === 'sqlite')
    return {
      db: { kind: 'sqlite', file: join(dir, 'escrow.sqlite') },
      engine: 'SQLite (better-sqlite3, WAL)',
      close: async () => {},
    };
  const serverUrl = process.env.ALIPAY_ESCROW_PG_URL?.trim();
  return serverUrl ? serverSchema(serverUrl) : embeddedServer();
}
