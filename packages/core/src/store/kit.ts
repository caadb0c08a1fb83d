/**
 * `@alipay-escrow/core/store-kit`: the argument checks, matching rules and copy helpers core's own
 * stores use, for anyone implementing `EscrowStore` on another engine (the Deno KV store does), so
 * every store rejects the same mistakes with the same codes and selects the same records.
 *
 * @module store-kit
 */
export {
  checkAttempt,
  checkLimit,
  checkNotifyIdBinding,
  checkPruneFilter,
  checkTransition,
  duplicateEffectError,
  duplicateLogError,
  isoTime,
} from './checks.js';
export type { CheckedPruneFilter } from './checks.js';
export { checkCommitInput, checkEffectClaim, checkReceiveInput, checkSettleInput, isClaimable } from './step-checks.js';
export type { CheckedClaim, CheckedCommit, CheckedReceive, CheckedSettle } from './step-checks.js';
export {
  checkAttentionKey,
  checkAttentionMark,
  checkLogListFilter,
  checkOrderListFilter,
  compareOrderAge,
  LOG_CHANNELS,
  LOG_VERDICTS,
  logEntryMatches,
  MAX_ORDER_PAGE,
  ORDER_PHASES,
  orderMatches,
} from './list-checks.js';
export type { CheckedLogListFilter, CheckedOrderListFilter } from './list-checks.js';
export { legacyAuthenticity } from './legacy-log.js';
export { LOG_RAW_PREFIX_BYTES } from './log-limits.js';
export { copyEffect, copyLogEntry, copyOrder } from './copy.js';
export { applyLogUpdate, LOG_UPDATE_FIELDS } from './log-update.js';
export type * from './types.js';
// the SQL store's database interface and the shapes of the drivers it wraps, for writing another driver
export type { SqlBatchResult, SqlDatabase, SqlDialect, SqlRow, SqlStatement, SqlValue } from './sql/database.js';
export type {
  BetterSqlite3Like,
  BetterSqlite3RunResultLike,
  BetterSqlite3StatementLike,
} from './sql/sqlite-database.js';
export type { BunSqliteLike, BunSqliteRunResultLike, BunSqliteStatementLike } from './sql/bun-sqlite-database.js';
export type { D1DatabaseLike, D1StatementLike } from './sql/d1-database.js';
export type { PgClientLike, PgPoolClientLike, PgPoolLike, PgResultLike } from './sql/postgres-database.js';
export type { PGliteLike, PGliteQueryLike, PGliteResultLike } from './sql/pglite-database.js';
