// What the soak harness and its merchant processes share: the merchant's credentials (those the
// sandbox is started with), how a store is opened on the database the run uses, and the ledger
// the hooks write their side effects to. See scripts/soak/README.md.
import { appendFileSync, readFileSync, existsSync } from 'node:fs';
import { createSqlStore, postgresDatabase, sqliteDatabase } from '@alipay-escrow/core';

/** The merchant the sandbox knows (partner, MD5 key, seller): test values only. */
export const PARTNER = '2088101122136241';
export const KEY = 'soak0harness0key0only0for0tests0';
export const SELLER_EMAIL = 'seller@example.com';

/**
 * Opens the escrow store on the run's database: `{ kind: 'sqlite', file }` (better-sqlite3, WAL,
 * so the harness and the merchant process share the file) or `{ kind: 'postgres', url }` (a pg
 * Pool). Resolves to `{ store, close }`.
 */
export async function openStore(db) {
  if (db.kind === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const handle = new Database(db.file);
    handle.pragma('journal_mode = WAL');
    handle.pragma('busy_timeout = 30000');
    return { store: createSqlStore(sqliteDatabase(handle)), close: async () => handle.close() };
  }
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: db.url, max: db.poolMax ?? 6 });
  pool.on('error', () => {}); // a connection the server dropped; the next query opens another
  return { store: createSqlStore(postgresDatabase(pool)), close: () => pool.end() };
}

/** The merchant configuration every escrow of the run uses (harness and merchant processes alike). */
export function merchantConfig(gatewayUrl, notifyUrl) {
  return {
    partner: PARTNER,
    keys: { signType: 'MD5', key: KEY },
    charset: 'utf-8',
    seller: { email: SELLER_EMAIL },
    gatewayUrl,
    notifyUrl,
  };
}

/**
 * Hooks for every milestone whose side effect is one line appended to the ledger file — written
 * synchronously, so it survives a SIGKILL right after — keyed by the idempotency key. `after(key)`
 * runs once the line is written (the merchant process may crash there).
 */
export function ledgerHooks(ledgerFile, who, after = () => {}) {
  const hook = async (event) => {
    appendFileSync(ledgerFile, `${event.idempotencyKey}\t${event.kind}\t${who}\n`);
    after(event.idempotencyKey);
  };
  return { onPaid: hook, onShipped: hook, onFinished: hook, onClosed: hook, onRefund: hook, onTransition: hook };
}

/** Hook runs per idempotency key, read back from the ledger. */
export function readLedger(ledgerFile) {
  const runs = new Map();
  if (!existsSync(ledgerFile)) return runs;
  for (const line of readFileSync(ledgerFile, 'utf8').split('\n')) {
    if (line === '') continue;
    const key = line.split('\t')[0];
    runs.set(key, (runs.get(key) ?? 0) + 1);
  }
  return runs;
}

/** The crash records the merchant processes wrote just before killing themselves. */
export function readCrashes(crashFile) {
  if (!existsSync(crashFile)) return [];
  return readFileSync(crashFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}
