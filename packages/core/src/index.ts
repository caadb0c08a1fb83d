/**
 * `@alipay-escrow/core` — Alipay escrow trade (担保交易, create_partner_trade_by_buyer) for any
 * runtime with Web APIs: Node 20+, Cloudflare Workers, Deno.
 *
 * This entry holds what a merchant writes: `createEscrow` with its options, hooks and results, the
 * stores, the error class, the payment request, verification of notifications and returns, and the
 * gateway client. The parts behind them are subpaths: `/protocol` (signing, form encoding, parsing,
 * amounts, diagnosis), `/escrow` (the pure state machine), `/escrow-app` (everything around
 * `createEscrow`), `/gateway`, `/errors`, `/charset`, `/crypto`, `/store-kit`, `/testing`,
 * `/receiver`, `/gbk`, `/rsa`, `/deno-kv`, `/adapter-kit`. The list of names here is checked by packages/core/test/public-api.test.ts.
 *
 * @module core
 */

// GBK and RSA are always installed by this entry (the receiver entry leaves them out)
import { installFullSupport } from './full-support.js';

installFullSupport();

// the merchant side: createEscrow → createPayment, handleNotify, handleReturn, reconcile, sendGoods, sweep
export { createEscrow } from './escrow-app/create-escrow.js';
export type {
  Anomaly,
  AnomalyCode,
  CreatedPayment,
  EffectEvent,
  EffectHook,
  Escrow,
  EscrowHooks,
  EscrowOptions,
  IpAllowListOptions,
  ReturnOutcome,
} from './escrow-app/types.js';
export type { RequestInfo } from './escrow-app/request-info.js';
export type { EscrowLogger, EscrowWarning } from './escrow-app/logger.js';
export type { StuckReport, SweepOptions, SweepResult } from './sweep/types.js';
export type { OrderPhase, RefundStatus, TradeStatus } from './escrow/statuses.js';

// stores: memory, and one SQL store for SQLite (better-sqlite3, bun:sqlite, D1) and Postgres (pg, PGlite)
export { createMemoryStore, type MemoryStoreOptions } from './store/memory-store.js';
export { createSqlStore, type SqlStoreOptions } from './store/sql/sql-store.js';
export type { SqlDatabase } from './store/sql/database.js';
export { sqliteDatabase, type BetterSqlite3Like, type SqliteDatabaseOptions } from './store/sql/sqlite-database.js';
export {
  bunSqliteDatabase,
  type BunSqliteDatabaseOptions,
  type BunSqliteLike,
} from './store/sql/bun-sqlite-database.js';
export { d1Database, type D1DatabaseLike } from './store/sql/d1-database.js';
export { postgresDatabase, type PgClientLike, type PgPoolLike } from './store/sql/postgres-database.js';
export { pgliteDatabase, type PGliteLike } from './store/sql/pglite-database.js';
export type { EscrowStore, OrderRecord } from './store/types.js';

// errors: one class with codes, and `explain` for any code
export { AlipayEscrowError } from './errors/error.js';
export type { ErrorCode } from './errors/codes.js';
export { explain } from './errors/explain.js';

// the payment request (buyer → gateway)
export {
  buildPaymentRequest,
  type EscrowOrder,
  type MerchantConfig,
  type PaymentRequest,
} from './protocol/payment-request.js';
export type { SignatureKeys } from './protocol/sign-types.js';

// notifications and returns (gateway → merchant), verified from raw bytes
export {
  verifyNotification,
  verifyReturn,
  type VerifyMessageOptions,
  type VerifyResult,
} from './protocol/verify-message.js';

// the gateway client (notify_verify, send goods, query, close)
export { createGatewayClient } from './gateway/client.js';
export type { GatewayClient, GatewayClientOptions } from './gateway/types.js';
