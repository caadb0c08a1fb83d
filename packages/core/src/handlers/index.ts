export { createEscrow } from './create-escrow.js';
export { ALIPAY_NOTIFY_RANGES } from './ip-allow-list.js';
export { renderReturnPage } from './return-page.js';
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
