export { createEscrow } from './create-escrow.js';
export { ALIPAY_NOTIFY_RANGES } from './ip-allow-list.js';
export { renderReturnPage } from './return-page.js';
export { consoleLogger, REJECTION_WARNINGS_PER_MINUTE, type EscrowLogger, type EscrowWarning, type EscrowWarningKind } from './logger.js';
export { WARNING_HEADER } from './notify-warning-header.js';
export type { EscrowEnvironment } from './test-settings-guard.js';
export type {
  Anomaly,
  AnomalyCode,
  ApplyOutcome,
  EffectEvent,
  EffectHook,
  Escrow,
  EscrowHooks,
  EscrowOptions,
  IpAllowListOptions,
  LogFilter,
  PruneLogOptions,
  ReturnOutcome,
  ReturnPageOptions,
  SendGoodsOrderInput,
} from './types.js';
