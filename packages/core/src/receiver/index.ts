/**
 * `@alipay-escrow/core/receiver`: only what receiving notifications and return visits needs, for
 * Workers and other places where the bundle size counts. `createReceiver` answers notify_url and
 * return_url exactly as `createEscrow` does; payment building, signed gateway calls and XML are
 * left out, and GBK and RSA come only as plug-ins (`@alipay-escrow/core/gbk`,
 * `@alipay-escrow/core/rsa`). The stores are here too, so a receiver imports nothing else.
 *
 * @module receiver
 */
export { createReceiver, type Receiver, type ReceiverOptions } from './create-receiver.js';
export type { ReceiverStore } from './receiver-store.js';
export { createPostgresReceiverStore, createSqliteReceiverStore } from '../store/sql/receiver-store.js';
export type { EscrowPlugin } from '../plugins/plugin.js';
export { AlipayEscrowError } from '../errors/error.js';
export { ALIPAY_NOTIFY_RANGES } from '../escrow-app/endpoints/ip-allow-list.js';
export type {
  Anomaly,
  AnomalyCode,
  EffectEvent,
  EffectHook,
  EscrowHooks,
  IpAllowListOptions,
  ReturnOutcome,
  ReturnPageOptions,
} from '../escrow-app/types.js';
export type { MerchantConfig } from '../protocol/order-types.js';
export type { NotifyIdChecker, NotifyVerifyResult, SignatureKeys } from '../protocol/sign-types.js';
export {
  bunSqliteDatabase,
  createMemoryStore,
  createSqlStore,
  d1Database,
  pgliteDatabase,
  postgresDatabase,
  sqliteDatabase,
} from '../store/index.js';
export type {
  D1DatabaseLike,
  D1StatementLike,
  EscrowStore,
  OrderRecord,
  PgClientLike,
  PgPoolLike,
  SqlDatabase,
  SqlStoreOptions,
} from '../store/index.js';
