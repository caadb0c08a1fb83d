/**
 * `@alipay-escrow/sandbox` — Alipay's escrow gateway on your own machine: stateful and faithful to
 * the 2013 specification. A web-standard `fetch` app; `@alipay-escrow/sandbox/node` serves it and
 * holds what a launcher prints (config block, event lines, credentials, terminal-safe text). The
 * list of names here is checked by packages/sandbox/test/public-api.test.ts.
 *
 * @module sandbox
 */
export { createSandbox, type Sandbox } from './app.js';
export type { SandboxConfig, SandboxFeatures, SandboxRsaKeys, SandboxSeller } from './config.js';
export type { SandboxTimeouts } from './timeouts.js';
export { createClock, type SandboxClock, type ClockOptions, type ClockListener } from './clock.js';
export { parseChaos, REORDER_WINDOW_SECONDS, type ChaosOptions, type ResolvedChaos } from './chaos.js';
export { memoryStore } from './store/memory-store.js';
export { sqliteStore, type SqliteDatabase, type SqliteStatement } from './store/sqlite-store.js';
export type {
  AttemptRecord,
  NotificationRecord,
  RequestedBuyer,
  RequestedTimeouts,
  ReturnIdRecord,
  SandboxAccount,
  SandboxSnapshot,
  SandboxStore,
  ShippingRecord,
  TradeRecord,
} from './store/types.js';
export type { TradeStatus, RefundStatus, RefundAction } from './statuses.js';
export { RETRY_INTERVALS_SECONDS, MAX_DELIVERIES, deliveryOffsetSeconds } from './delivery/schedule.js';
export { NOTIFY_HEADERS } from './delivery/post.js';
export { signMessage, type SignedMessage } from './engine/message-fields.js';
export { RETURN_ID_LIFETIME_MS } from './engine/engine.js';
export type { TradeJson, NotificationJson, AttemptJson } from './api/trade-json.js';
export type {
  SandboxEvent,
  SandboxEventListener,
  TradeEvent,
  TradeEventAction,
  DeliveryEvent,
  NotifyIdEvent,
} from './events.js';
export type { InspectedTrade, InspectedNotification, InspectedAttempt, InspectedId } from './inspect/inspect-json.js';
export { diagnoseAttempt, type AttemptDiagnosis, type AttemptReason } from './inspect/diagnosis.js';
export { TRIGGERED_ID_SECONDS } from './api/notify-ids.js';
export {
  CREATE_ERROR_CODES,
  SERVICE_ERROR_CODES,
  type CreateErrorCode,
  type ServiceErrorCode,
} from './gateway/error-codes.js';
export { TEST_BUYERS, testBuyer, type TestBuyer, type TestBuyerOutcome } from './test-buyers.js';
