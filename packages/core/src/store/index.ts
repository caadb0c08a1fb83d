export type {
  AttentionMark,
  CommitInput,
  Committed,
  EffectClaim,
  EffectRecord,
  EffectRelease,
  EffectSettlement,
  EffectStatus,
  EscrowStore,
  LogAuthenticity,
  LogChannel,
  LogListFilter,
  LogPruneFilter,
  LogSettlement,
  LogUpdate,
  LogVerdict,
  NotificationLogEntry,
  NotifyIdBinding,
  OrderCursor,
  OrderListFilter,
  OrderRecord,
  ReceiveInput,
  Received,
  SettleInput,
  Settled,
} from './types.js';
export { LOG_RAW_PREFIX_BYTES } from './log-limits.js';
export { createMemoryStore } from './memory-store.js';
export type { MemoryStoreOptions } from './memory-store.js';
export { createSqlStore } from './sql/sql-store.js';
export type { SqlStoreOptions } from './sql/sql-store.js';
export type { SqlBatchResult, SqlDatabase, SqlDialect, SqlRow, SqlStatement, SqlValue } from './sql/database.js';
export { sqliteDatabase } from './sql/sqlite-database.js';
export type { BetterSqlite3Like, BetterSqlite3StatementLike } from './sql/sqlite-database.js';
export { bunSqliteDatabase } from './sql/bun-sqlite-database.js';
export type { BunSqliteLike, BunSqliteStatementLike } from './sql/bun-sqlite-database.js';
export { d1Database } from './sql/d1-database.js';
export type { D1DatabaseLike, D1StatementLike } from './sql/d1-database.js';
export { postgresDatabase } from './sql/postgres-database.js';
export type { PgClientLike, PgPoolClientLike, PgPoolLike, PgResultLike } from './sql/postgres-database.js';
export { pgliteDatabase } from './sql/pglite-database.js';
export type { PGliteLike, PGliteQueryLike, PGliteResultLike } from './sql/pglite-database.js';
