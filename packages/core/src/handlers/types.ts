import type { EffectKind } from '../escrow/statuses.js';
import type { GatewayClient, TransportType } from '../gateway/types.js';
import type { EscrowOrder, MerchantConfig, PaymentRequest } from '../protocol/order-types.js';
import type {
  EffectRecord,
  EscrowStore,
  LogChannel,
  LogVerdict,
  NotificationLogEntry,
  OrderRecord,
} from '../store/types.js';

/** What a merchant hook is called with: one milestone of one order, exactly once when it succeeds. */
export interface EffectEvent {
  /** `${outTradeNo}:${slot}`: the same key for every attempt of this effect. Deduplicate on it. */
  idempotencyKey: string;
  kind: EffectKind;
  /** For `refund`: the refund status reached; for `transition`: `from→to`. */
  detail: string | null;
  /** The order as committed (its current state when the effect runs). */
  order: OrderRecord;
  /** 1 on the first call; more after a throw or an expired lease. */
  attempt: number;
}

export type EffectHook = (event: EffectEvent) => unknown | Promise<unknown>;

/** Codes of a genuine message that cannot be applied as it stands. */
export type AnomalyCode = 'UNKNOWN_ORDER' | 'AMOUNT_MISMATCH' | 'SELLER_MISMATCH' | 'PARTNER_MISMATCH';

/** A genuine (verified) message that disagrees with the merchant's records. Nothing was applied. */
export interface Anomaly {
  code: AnomalyCode;
  /** What differs, in one sentence (no secrets). */
  message: string;
  channel: LogChannel;
  /** The log entry of the message: fix the cause, then `replay(logId)`. */
  logId: string;
  outTradeNo: string | null;
  /** The parameter that disagrees (`total_fee`, `seller_id`, …), when there is one. */
  field: string | null;
  expected: string | null;
  received: string | null;
  /** The order as stored, when there is one. */
  order: OrderRecord | null;
  /** Every parameter of the verified message, decoded. */
  params: Record<string, string>;
}

export interface EscrowHooks {
  onPaid?: EffectHook;
  onShipped?: EffectHook;
  onFinished?: EffectHook;
  onClosed?: EffectHook;
  onRefund?: EffectHook;
  onTransition?: EffectHook;
  onAnomaly?: (anomaly: Anomaly) => unknown | Promise<unknown>;
}

export interface IpAllowListOptions {
  /** IPv4 CIDR ranges. Default: Alipay's 121.0.26.0/23, 110.75.128.0/19, 115.124.16.0/24 (guide §4.2). */
  ranges?: string[];
  /** A header set by YOUR reverse proxy (e.g. `x-forwarded-for`): its first hop is the client. */
  trustedProxyHeader?: string;
}

/** What the buyer's return visit amounted to; chooses the page or the redirect target. */
export interface ReturnOutcome {
  /**
   * paid: verified and the order is paid (or further); confirming: verified, the order is not
   * (yet) in a paid state or could not be updated; closed: the order is closed;
   * unverified: the visit could not be verified (the notify is the safety net).
   */
  status: 'paid' | 'confirming' | 'closed' | 'unverified';
  outTradeNo: string | null;
  order: OrderRecord | null;
  verdict: LogVerdict;
  code: string | null;
  logId: string | null;
}

export interface ReturnPageOptions {
  /** Redirect (303) to this URL instead of rendering the built-in page. */
  redirectTo?: (outcome: ReturnOutcome) => string;
}

export interface EscrowOptions {
  /** The payment-request configuration: partner, keys, charset, seller, notifyUrl, returnUrl, gatewayUrl. */
  merchant: MerchantConfig;
  store: EscrowStore;
  /** Default: createGatewayClient from `merchant`. */
  gateway?: GatewayClient;
  hooks?: EscrowHooks;
  /** Off unless given. */
  ipAllowList?: IpAllowListOptions;
  returnPage?: ReturnPageOptions;
  /** Default 64 KiB. */
  maxBodyBytes?: number;
  /** How long one hook call may hold its effect before another request may take it over. Default 60 000. */
  effectLeaseMs?: number;
  now?: () => Date;
}

/** What the pipeline made of one verified message (notify, return, reconcile, replay). */
export interface ApplyOutcome {
  logId: string;
  channel: LogChannel;
  verdict: LogVerdict;
  /** An anomaly or error code (UNKNOWN_ORDER, AMOUNT_MISMATCH, HOOK_FAILED, …), else null. */
  code: string | null;
  detail: string | null;
  /** What the notify endpoint answers (or would answer) for this message. */
  reply: 'success' | 'fail';
  outTradeNo: string | null;
  /** The order after this message, when there is one. */
  order: OrderRecord | null;
  /** True when every effect of the order has run. */
  effectsDone: boolean;
  anomaly: Anomaly | null;
}

export interface SendGoodsOrderInput {
  logisticsName: string;
  invoiceNo?: string;
  transportType: TransportType;
}

export interface LogFilter {
  outTradeNo?: string;
  limit?: number;
}

export interface Escrow {
  /** Builds the signed request and stores the order. The same order again → the same request. */
  createPayment(order: EscrowOrder): Promise<PaymentRequest & { order: OrderRecord }>;
  /** The notify_url endpoint: answers exactly `success` or `fail`. */
  handleNotify(request: Request, context?: { remoteAddress?: string }): Promise<Response>;
  /** The return_url endpoint: a small page (zh + en) or a 303 to `returnPage.redirectTo`. */
  handleReturn(request: Request, context?: { remoteAddress?: string }): Promise<Response>;
  /** Asks single_trade_query and applies the gateway's answer through the same pipeline. */
  reconcile(outTradeNo: string): Promise<ApplyOutcome>;
  /** send_goods_confirm_by_platform; records the shipment and applies the gateway's reply. */
  sendGoods(outTradeNo: string, input: SendGoodsOrderInput): Promise<OrderRecord>;
  /** Runs a logged message through the pipeline again (a new log entry with `replayOf`). */
  replay(logId: string, options?: { verifyNotifyId?: boolean }): Promise<ApplyOutcome>;
  getOrder(outTradeNo: string): Promise<OrderRecord | undefined>;
  listEffects(outTradeNo: string): Promise<EffectRecord[]>;
  listLog(filter?: LogFilter): Promise<NotificationLogEntry[]>;
}
