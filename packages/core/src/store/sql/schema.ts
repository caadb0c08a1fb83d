import type { SqlDialect } from './database.js';

/** The store's table names for a prefix. */
export interface TableNames {
  orders: string;
  effects: string;
  log: string;
  notifyIds: string;
  attention: string;
}

/** The store's table names for a prefix. */
export function tableNames(prefix: string): TableNames {
  return {
    orders: `${prefix}orders`,
    effects: `${prefix}effects`,
    log: `${prefix}notification_log`,
    notifyIds: `${prefix}notify_ids`,
    attention: `${prefix}attention_marks`,
  };
}

/**
 * The words of the schema that differ between SQLite (also D1) and Postgres. The migrations in
 * ./migrations/ are written with these, so one definition gives both dialects.
 *
 * Timestamps are ISO text (they sort as text; on Postgres with the "C" collation so a locale
 * cannot reorder them), raw bytes are base64 text and structured values JSON text, so one
 * layout works on SQLite, D1 and Postgres.
 */
export interface DialectWords {
  /** The column `seq`: an integer primary key numbered by the database, so it keeps insertion order. */
  seq: string;
  /** The type of a timestamp column. */
  time: string;
  /** A 64-bit integer type. */
  bigint: string;
  /** `IF NOT EXISTS ` where ADD COLUMN accepts it (Postgres); SQLite has no such clause. */
  addColumnIfMissing: string;
  /** A text column in an index that must follow byte order (Postgres compares it COLLATE "C"). */
  bytewise(column: string): string;
}

/** The schema's words for a dialect. */
export function dialectWords(dialect: SqlDialect): DialectWords {
  if (dialect === 'postgres') {
    return {
      seq: 'seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
      time: 'TEXT COLLATE "C"',
      bigint: 'BIGINT',
      addColumnIfMissing: 'IF NOT EXISTS ',
      bytewise: (column) => `${column} COLLATE "C"`,
    };
  }
  return {
    seq: 'seq INTEGER PRIMARY KEY',
    time: 'TEXT',
    bigint: 'INTEGER',
    addColumnIfMissing: '',
    bytewise: (column) => column,
  };
}
