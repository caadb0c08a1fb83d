/**
 * `@alipay-escrow/core/escrow-app`: everything around `createEscrow` — the root entry's names plus the
 * default logger, the return page, Alipay's notification IP ranges, the warning header, and every
 * type of the escrow's options and results (the sweep's, and the order, effect and log records
 * it returns).
 *
 * @module escrow-app
 */
export { createEscrow } from './create-escrow.js';
export { ALIPAY_NOTIFY_RANGES } from './endpoints/ip-allow-list.js';
export { renderReturnPage } from './endpoints/return-page.js';
export {
  consoleLogger,
  REJECTION_WARNINGS_PER_MINUTE,
  type EscrowLogger,
  type EscrowWarning,
  type EscrowWarningKind,
} from './logger.js';
export { WARNING_HEADER } from './endpoints/warning-header.js';
export type { EscrowEnvironment } from './test-settings-guard.js';
export type { RequestInfo } from './request-info.js';
export type {
  Anomaly,
  AnomalyCode,
  ApplyOutcome,
  CreatedPayment,
  EffectEvent,
  EffectHook,
  Escrow,
  EscrowHooks,
  EscrowOptions,
  IpAllowListOptions,
  LogFilter,
  PrunedLog,
  PruneLogOptions,
  ReplayOptions,
  ReturnOutcome,
  ReturnPageOptions,
  SendGoodsOrderInput,
} from './types.js';
export type {
  StuckReason,
  StuckReport,
  SweepEffectsRun,
  SweepFailure,
  SweepOptions,
  SweepReconciled,
  SweepResult,
} from '../sweep/types.js';
export type {
  EffectRecord,
  EffectStatus,
  EscrowStore,
  LogAuthenticity,
  LogChannel,
  LogVerdict,
  NotificationLogEntry,
  OrderRecord,
} from '../store/types.js';
