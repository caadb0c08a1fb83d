import type { SqlDialect } from './database.js';
import { DEFAULT_TABLE_PREFIX } from './table-prefix.js';

/** The store's table names for a prefix. */
export function tableNames(prefix: string): { orders: string; effects: string; log: string; notifyIds: string; attention: string } {
  return {
    orders: `${prefix}orders`, effects: `${prefix}effects`, log: `${prefix}notification_log`, notifyIds: `${prefix}notify_ids`,
    attention: `${prefix}attention_marks`,
  };
}

/**
 * The first schema (migrations/<dialect>/0001_init.sql), in order: every statement is idempotent
 * (IF NOT EXISTS).
 * Timestamps are ISO text (they sort as text; on Postgres with the "C" collation so a locale
 * cannot reorder them), raw bytes are base64 text and structured values JSON text, so one
 * layout works on SQLite, D1 and Postgres. `seq` keeps insertion order; `txn` is the token of
 * the transition that last wrote an order (see sql-store.ts).
 */
export function initStatements(dialect: SqlDialect, prefix: string): string[] {
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

/** A column the second schema adds to the log table (see {@link logColumnsAdded}). */
export interface AddedColumn {
  /** The column's name. */
  column: string;
  /** The whole ALTER TABLE statement. */
  sql: string;
}

/**
 * The log columns of 0002 (bounded log): `raw_size` (bytes received), `raw_sha256` (hex digest
 * of them) and `authenticity` (none / signature / verified). Nullable: rows written before have
 * none, and the store reads them as described on NotificationLogEntry. Postgres adds each with
 * IF NOT EXISTS; SQLite has no such clause, so migrate() adds only the columns a probe finds
 * missing.
 */
export function logColumnsAdded(dialect: SqlDialect, prefix: string): AddedColumn[] {
  const { log } = tableNames(prefix);
  const ifMissing = dialect === 'postgres' ? 'IF NOT EXISTS ' : '';
  const bigint = dialect === 'postgres' ? 'BIGINT' : 'INTEGER';
  return [
    ['raw_size', bigint],
    ['raw_sha256', 'TEXT'],
    ['authenticity', 'TEXT'],
  ].map(([column, type]) => ({ column: column!, sql: `ALTER TABLE ${log} ADD COLUMN ${ifMissing}${column} ${type}` }));
}

/**
 * The rest of 0002, idempotent: the table that binds each applied notify_id to one trade
 * (insert-if-absent on its primary key).
 */
export function notifyIdStatements(dialect: SqlDialect, prefix: string): string[] {
  const { notifyIds } = tableNames(prefix);
  const time = dialect === 'postgres' ? 'TEXT COLLATE "C"' : 'TEXT';
  return [
    `CREATE TABLE IF NOT EXISTS ${notifyIds} (
  notify_id TEXT NOT NULL PRIMARY KEY,
  out_trade_no TEXT NOT NULL,
  trade_no TEXT,
  bound_at ${time} NOT NULL
)`,
  ];
}

/**
 * The third schema (0003), idempotent: the sweep's report marks (insert-if-absent on
 * order, reason and version) and the indexes behind `listOrders` (phase, then updated_at and
 * out_trade_no: the page order) and `listLog`'s verdict and channel filters (newest first within
 * each). On Postgres the page order compares out_trade_no byte by byte (COLLATE "C"), so no
 * locale can reorder a page; the index is built the same way so it serves that order.
 */
export function sweepStatements(dialect: SqlDialect, prefix: string): string[] {
  const t = tableNames(prefix);
  const time = dialect === 'postgres' ? 'TEXT COLLATE "C"' : 'TEXT';
  const key = dialect === 'postgres' ? 'out_trade_no COLLATE "C"' : 'out_trade_no';
  return [
    `CREATE TABLE IF NOT EXISTS ${t.attention} (
  out_trade_no TEXT NOT NULL,
  reason TEXT NOT NULL,
  version INTEGER NOT NULL,
  marked_at ${time} NOT NULL,
  PRIMARY KEY (out_trade_no, reason, version)
)`,
    `CREATE INDEX IF NOT EXISTS ${t.orders}_by_phase ON ${t.orders} (phase, updated_at, ${key})`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_verdicts ON ${t.log} (verdict, received_at, seq)`,
    `CREATE INDEX IF NOT EXISTS ${t.log}_channels ON ${t.log} (channel, received_at, seq)`,
  ];
}

/** The migration files core ships, in the order they apply. */
export const MIGRATION_FILES = ['0001_init', '0002_log_bounds_notify_ids', '0003_sweep_attention'] as const;

/** One of {@link MIGRATION_FILES}. */
export type MigrationFile = (typeof MIGRATION_FILES)[number];

/** Every statement of one migration file, for a prefix (0002's ALTERs without any probe). */
export function migrationStatements(dialect: SqlDialect, prefix: string, file: MigrationFile): string[] {
  if (file === '0001_init') return initStatements(dialect, prefix);
  if (file === '0003_sweep_attention') return sweepStatements(dialect, prefix);
  return [...logColumnsAdded(dialect, prefix).map((c) => c.sql), ...notifyIdStatements(dialect, prefix)];
}

const FILE_HEADER: Record<SqlDialect, string> = {
  sqlite: 'SQLite dialect (also the Cloudflare D1 migration: wrangler d1 migrations apply)',
  postgres: 'PostgreSQL dialect',
};

const FILE_NOTE: Record<MigrationFile, Record<SqlDialect, string[]>> = {
  '0001_init': { sqlite: [], postgres: [] },
  '0002_log_bounds_notify_ids': {
    sqlite: [
      '-- SQLite has no ADD COLUMN IF NOT EXISTS: apply this file once, with a tool that records what it',
      '-- applied (wrangler d1 migrations apply does), and not after migrate() already added the columns.',
      '-- migrate() checks for each column before adding it, so it is safe to call after this file.',
    ],
    postgres: ['-- Safe to run again: every statement is IF NOT EXISTS.'],
  },
  '0003_sweep_attention': {
    sqlite: ['-- Safe to run again: every statement is IF NOT EXISTS.'],
    postgres: ['-- Safe to run again: every statement is IF NOT EXISTS.'],
  },
};

/**
 * The text of migrations/<dialect>/<file>.sql: the statements migrate() runs with the default
 * table prefix, file by file (0001, 0002 then 0003 on a new database). A test keeps the shipped files
 * identical to this.
 */
export function migrationFileText(dialect: SqlDialect, file: MigrationFile = '0001_init'): string {
  const header = [
    `-- @alipay-escrow/core store schema, ${FILE_HEADER[dialect]}.`,
    `-- Generated from packages/core/src/store/sql/schema.ts with the default table prefix '${DEFAULT_TABLE_PREFIX}':`,
    '-- these are exactly the statements EscrowStore.migrate() runs, so running either is enough.',
    '-- With another tablePrefix, replace the prefix in every name below.',
    ...FILE_NOTE[file][dialect],
  ];
  return `${header.join('\n')}\n\n${migrationStatements(dialect, DEFAULT_TABLE_PREFIX, file).map((s) => `${s};\n`).join('\n')}`;
}
