import type { SqlDialect } from './database.js';
import { DEFAULT_TABLE_PREFIX } from './table-prefix.js';

/** The store's table names for a prefix. */
export function tableNames(prefix: string): { orders: string; effects: string; log: string } {
  return { orders: `${prefix}orders`, effects: `${prefix}effects`, log: `${prefix}notification_log` };
}

/**
 * The statements `migrate()` runs, in order: every one is idempotent (IF NOT EXISTS).
 * Timestamps are ISO text (they sort as text; on Postgres with the "C" collation so a locale
 * cannot reorder them), raw bytes are base64 text and structured values JSON text, so one
 * layout works on SQLite, D1 and Postgres. `seq` keeps insertion order; `txn` is the token of
 * the transition that last wrote an order (see sql-store.ts).
 */
export function schemaStatements(dialect: SqlDialect, prefix: string): string[] {
  const t = tableNames(prefix);
  const seq = dialect === 'postgres' ? 'seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY' : 'seq INTEGER PRIMARY KEY';
  const time = dialect === 'postgres' ? 'TEXT COLLATE "C"' : 'TEXT';
  return [
    `CREATE TABLE IF NOT EXISTS ${t.orders} (
  out_trade_no TEXT NOT NULL PRIMARY KEY,
  partner TEXT NOT NULL,
  subject TEXT NOT NULL,
  payable TEXT NOT NULL,
  seller_id TEXT,
  seller_email TEXT,
  phase TEXT NOT NULL,
  trade_status TEXT,
  refund_status TEXT,
  refund_cycle INTEGER NOT NULL,
  notice_time TEXT,
  trade_no TEXT,
  total_fee TEXT,
  shipping TEXT,
  logistics_type TEXT,
  version INTEGER NOT NULL,
  txn TEXT NOT NULL,
  created_at ${time} NOT NULL,
  updated_at ${time} NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${t.effects} (
  ${seq},
  effect_key TEXT NOT NULL UNIQUE,
  out_trade_no TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_error TEXT,
  lease_until ${time},
  created_at ${time} NOT NULL,
  done_at ${time}
)`,
    `CREATE INDEX IF NOT EXISTS ${t.effects}_by_order ON ${t.effects} (out_trade_no, seq)`,
    `CREATE TABLE IF NOT EXISTS ${t.log} (
  ${seq},
  id TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  received_at ${time} NOT NULL,
  method TEXT NOT NULL,
  raw TEXT NOT NULL,
  headers TEXT NOT NULL,
  remote_address TEXT,
  verdict TEXT NOT NULL,
  code TEXT,
  detail TEXT,
  out_trade_no TEXT,
  notify_id TEXT,
  trade_status TEXT,
  refund_status TEXT,
  reply TEXT,
  replay_of TEXT
)`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_by_time ON ${t.log} (received_at, seq)`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_by_order ON ${t.log} (out_trade_no, received_at, seq)`,
  ];
}

const FILE_HEADER: Record<SqlDialect, string> = {
  sqlite: 'SQLite dialect (also the Cloudflare D1 migration: wrangler d1 migrations apply)',
  postgres: 'PostgreSQL dialect',
};

/**
 * The text of migrations/<dialect>/0001_init.sql: the statements migrate() runs with the default
 * table prefix. A test keeps the shipped files identical to this.
 */
export function migrationFileText(dialect: SqlDialect): string {
  const header = [
    `-- @alipay-escrow/core store schema, ${FILE_HEADER[dialect]}.`,
    `-- Generated from packages/core/src/store/sql/schema.ts with the default table prefix '${DEFAULT_TABLE_PREFIX}':`,
    '-- these are exactly the statements EscrowStore.migrate() runs, so running either is enough.',
    '-- With another tablePrefix, replace the prefix in every name below.',
  ];
  return `${header.join('\n')}\n\n${schemaStatements(dialect, DEFAULT_TABLE_PREFIX).map((s) => `${s};\n`).join('\n')}`;
}
