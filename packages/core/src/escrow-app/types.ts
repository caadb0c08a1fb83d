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
import type { EscrowLogger } from './logger.js';
import type { RequestInfo } from './request-info.js';
import type { EscrowEnvironment } from './test-settings-guard.js';
import type { StuckReport, SweepOptions, SweepResult } from '../sweep/types.js';

/** What a merchant hook is called with: one milestone of one order, exactly once when it succeeds. */
export interface EffectEvent {
  /** `${outTradeNo}:${slot}`: the same key for every attempt of this effect. Deduplicate on it. */
  idempotencyKey: string;
  /** Which hook this is for: `paid`, `shipped`, `finished`, `closed`, `refund` or `transition`. */
  kind: EffectKind;
  /** For `refund`: the refund status reached; for `transition`: `from→to`. */
  detail: string | null;
  /** The order as committed (its current state when the effect runs). */
  order: OrderRecord;
  /**
   * How many times the effect was claimed to run, this time included: 1 on the first call; more
   * after a throw, an expired lease, or a delivery where an earlier effect's hook threw first.
   */
  attempt: number;
}

/**
 * A merchant hook (`onPaid`, ...). It may be async. Returning (or resolving) marks the effect done;
 * throwing (or rejecting) leaves it pending: the notify is answered `fail`, so Alipay's next
 * delivery (or a `replay`) calls it again with the same `idempotencyKey` and a higher `attempt`.
 * The return value is ignored.
 */
export type EffectHook = (event: EffectEvent) => unknown | Promise<unknown>;

/** Codes of a genuine message that cannot be applied as it stands. */
export type AnomalyCode = 'UNKNOWN_ORDER' | 'AMOUNT_MISMATCH' | 'SELLER_MISMATCH' | 'PARTNER_MISMATCH';

/** A genuine (verified) message that disagrees with the merchant's records. Nothing was applied. */
export interface Anomaly {
  /** UNKNOWN_ORDER, AMOUNT_MISMATCH, SELLER_MISMATCH or PARTNER_MISMATCH. */
  code: AnomalyCode;
  /** What differs, in one sentence (no secrets). */
  message: string;
  /** How the message arrived: `notify`, `return`, `reconcile`, `send_goods` or `replay`. */
  channel: LogChannel;
  /** The log entry of the message: fix the cause, then `replay(logId)`. */
  logId: string;
  /** The message's `out_trade_no` (null when it has none). */
  outTradeNo: string | null;
  /** The parameter that disagrees (`total_fee`, `seller_id`, …), when there is one. */
  field: string | null;
  /**
   * What the order expects: the payable total(s) joined with ` or `, the configured seller or
   * partner; null for UNKNOWN_ORDER.
   */
  expected: string | null;
  /** What the message says (e.g. its `total_fee`); for UNKNOWN_ORDER, its `out_trade_no`. */
  received: string | null;
  /** The order as stored, when there is one. */
  order: OrderRecord | null;
  /** Every parameter of the verified message, decoded. */
  params: Record<string, string>;
}

/**
 * What the merchant's code is told, passed to {@link EscrowOptions.hooks}. Every hook is optional.
 *
 * Milestone hooks (`onPaid`, `onShipped`, `onFinished`, `onClosed`, `onRefund`, `onTransition`) run
 * after the change is committed, in the order the changes were planned. One that throws is called
 * again whenever a later message about the order is processed (a redelivery, a return visit,
 * `reconcile`, `replay`) until it succeeds (see {@link EffectHook}): deduplicate on
 * `event.idempotencyKey`. A hook left out is never owed: its effects are recorded as done at once,
 * and adding the hook later does not call it for milestones already past.
 *
 * @example
 * ```ts
 * import type { EscrowHooks } from '@alipay-escrow/core';
 *
 * const hooks: EscrowHooks = {
 *   async onPaid(event) {
 *     // At least once per order: deduplicate on event.idempotencyKey.
 *     console.log('paid', event.order.outTradeNo, event.idempotencyKey);
 *   },
 *   onAnomaly(anomaly) {
 *     console.warn(anomaly.code, anomaly.message, 'replay with', anomaly.logId);
 *   },
 * };
 * ```
 */
export interface EscrowHooks {
  /**
   * Once per order, when the trade first reaches WAIT_SELLER_SEND_GOODS or later (the buyer paid;
   * time to ship). Never for a trade that went straight to TRADE_CLOSED.
   */
  onPaid?: EffectHook;
  /**
   * Once per order, when the trade first reaches WAIT_BUYER_CONFIRM_GOODS or later (the shipment is
   * confirmed to Alipay).
   */
  onShipped?: EffectHook;
  /**
   * Once per order, at TRADE_FINISHED: the buyer confirmed receipt (or the confirmation timed
   * out), or a refund succeeded after shipment (then `event.order.refundStatus` is
   * REFUND_SUCCESS).
   */
  onFinished?: EffectHook;
  /** Once per order, at TRADE_CLOSED: closed unpaid, or refunded before shipment. */
  onClosed?: EffectHook;
  /**
   * Each time the refund moves to a new status; `event.detail` is the refund_status reached (e.g.
   * `WAIT_SELLER_AGREE`, `REFUND_SUCCESS`).
   */
  onRefund?: EffectHook;
  /**
   * After every applied change of the order's statuses, after the other hooks of that change;
   * `event.detail` is `from→to` as `trade/refund/cycle`.
   */
  onTransition?: EffectHook;
  /**
   * A genuine message that cannot be applied: unknown order, or a total, seller or partner that
   * differs from the order. Called every time such a message arrives (no idempotency key); nothing
   * was applied. If it throws, the notify is answered `fail` so the next delivery reports it again.
   * Fix the cause, then `replay(anomaly.logId)`.
   */
  onAnomaly?: (anomaly: Anomaly) => unknown | Promise<unknown>;
  /**
   * An order {@link Escrow.sweep} found stuck (unpaid, unshipped, unconfirmed or refunding past its
   * limit, or an unresolved anomaly) that a reconcile did not settle. Called once per order, reason
   * and order version (deduplicate on `report.idempotencyKey` all the same); if it throws, the next
   * sweep reports the order again.
   */
  onStuck?: (report: StuckReport) => unknown | Promise<unknown>;
}

/**
 * The source-address check for notify_url (only `handleNotify` uses it). A request from outside the
 * ranges is logged as rejected with IP_NOT_ALLOWED and answered `fail` with HTTP 403; so is one
 * whose address is unknown. Pass `{}` for Alipay's documented ranges. A bad range or header name
 * throws CONFIG_INVALID from {@link createEscrow}.
 */
export interface IpAllowListOptions {
  /** IPv4 CIDR ranges. Default: Alipay's 121.0.26.0/23, 110.75.128.0/19, 115.124.16.0/24 (guide §4.2). */
  ranges?: string[];
  /**
   * A header YOUR reverse proxy appends the client's address to (e.g. `x-forwarded-for`). The
   * address used is the entry {@link IpAllowListOptions.trustedProxyHops} from the right: the one
   * your proxy wrote. Entries to its left come from the client and are never trusted. A header
   * with fewer entries than that makes the address unknown (refused). Set it only behind your
   * own proxy; a single-value header (`x-real-ip`, `cf-connecting-ip`) is safe only when that
   * proxy overwrites it on every request. Without it, the adapter's connection address counts.
   */
  trustedProxyHeader?: string;
  /**
   * How many of your own proxies append to `trustedProxyHeader`, hence which entry, counted from
   * the right, is the client: 1 (the default) for one reverse proxy, 2 for a load balancer in
   * front of it, and so on (a whole number from 1 to 16, CONFIG_INVALID otherwise; only with
   * `trustedProxyHeader`).
   */
  trustedProxyHops?: number;
}

/** What the buyer's return visit amounted to; chooses the page or the redirect target. */
export interface ReturnOutcome {
  /**
   * paid: verified and the order is paid (or further); confirming: verified, the order is not
   * (yet) in a paid state or could not be updated; closed: the order is closed;
   * unverified: the visit could not be verified (the notify is the safety net).
   */
  status: 'paid' | 'confirming' | 'closed' | 'unverified';
  /** The `out_trade_no` of the verified message; null when the visit could not be verified. */
  outTradeNo: string | null;
  /** The order after the visit; null when unverified or the order is unknown. */
  order: OrderRecord | null;
  /** The verdict logged for the visit (`applied`, `duplicate`, `rejected`, `error`, ...). */
  verdict: LogVerdict;
  /** The error or anomaly code logged for the visit (e.g. SIGN_MISMATCH, UNKNOWN_ORDER), else null. */
  code: string | null;
  /** The id of the visit's log entry; null only when the visit could not be logged. */
  logId: string | null;
}

/**
 * How `handleReturn` answers the buyer's browser. Without options it renders a small built-in page
 * (Chinese and English, HTTP 200).
 */
export interface ReturnPageOptions {
  /**
   * Redirect (303) to the URL it returns instead of rendering the built-in page. If it throws or
   * returns an empty string, the built-in page is shown.
   */
  redirectTo?: (outcome: ReturnOutcome) => string;
}

/**
 * Options of {@link createEscrow}. They are checked at once: a bad `merchant` throws what
 * {@link buildPaymentRequest} lists for the merchant configuration (ILLEGAL_PARTNER, KEY_INVALID,
 * CHARSET_UNSUPPORTED, ...), RSA keys without `alipayPublicKey` throw RSA_KEY_INVALID, and a bad
 * `store` (missing EscrowStore methods), `hooks`, `gateway`, `ipAllowList`, `maxBodyBytes`, `bodyReadTimeoutMs`,
 * `effectLeaseMs` or `now` throws CONFIG_INVALID.
 */
export interface EscrowOptions {
  /** The payment-request configuration: partner, keys, charset, seller, notifyUrl, returnUrl, gatewayUrl. */
  merchant: MerchantConfig;
  /**
   * Where orders, effects and the notification log are kept: {@link createMemoryStore} for tests,
   * {@link createSqlStore} (SQLite, D1, Postgres) or the Deno KV store in production. Every
   * instance of the app must share one store.
   */
  store: EscrowStore;
  /** Default: createGatewayClient from `merchant`. */
  gateway?: GatewayClient;
  /**
   * The merchant's hooks (onPaid, onShipped, ..., onAnomaly). Unknown names or non-functions throw
   * CONFIG_INVALID.
   */
  hooks?: EscrowHooks;
  /** Off unless given. */
  ipAllowList?: IpAllowListOptions;
  /** The return_url page: the built-in page (default) or a redirect. */
  returnPage?: ReturnPageOptions;
  /** Largest notify body (and return query) accepted, in bytes; a larger notify is answered 413 `fail`. Default 64 KiB. */
  maxBodyBytes?: number;
  /**
   * How long a notify body may take to arrive, in milliseconds, once the handler starts reading
   * it. A client that trickles or withholds the body (a slow-body attack) is answered `fail` and
   * logged as BODY_READ_TIMEOUT instead of holding the connection. Alipay sends its KiB or two
   * at once. Default 10 000.
   */
  bodyReadTimeoutMs?: number;
  /** How long one hook call may hold its effect before another request may take it over. Default 60 000. */
  effectLeaseMs?: number;
  /**
   * Record every effect a transition owes as pending and run none here (hooks are then not
   * allowed). For tools that act on your app's database from outside it — `alipay-escrow replay`
   * and `reconcile` — which cannot call your hooks: your app, which has them, runs the pending
   * effects on the order's next delivery or when it sweeps (see {@link Escrow.sweep}). Default false.
   */
  deferEffects?: boolean;
  /**
   * The clock for every timestamp the escrow writes (createdAt, receivedAt, leases). Default
   * `() => new Date()`; pass a fixed clock in tests.
   */
  now?: () => Date;
  /**
   * Where warnings go: every anomaly (a genuine message not applied), every refused request (at
   * most `REJECTION_WARNINGS_PER_MINUTE` (20) a minute) and test settings found at start-up.
   * Default `consoleLogger` (`console.warn`); `null` silences them. Not an object with a
   * `warn` function: CONFIG_INVALID.
   */
  logger?: EscrowLogger | null;
  /**
   * Whether this is production, for the guard against test settings (a sandbox gateway,
   * callbacks on a public host): `production` refuses them (CONFIG_INVALID), `development`
   * allows them silently. Unset: `NODE_ENV=production` counts as production, a sandbox on
   * localhost with public callbacks is then refused and any other gateway than Alipay's is
   * warned about. See docs/guide/going-live.md.
   */
  environment?: EscrowEnvironment;
}

/** What the pipeline made of one verified message (notify, return, reconcile, replay). */
export interface ApplyOutcome {
  /** The id of the log entry this message was written to (for a replay: the new entry). */
  logId: string;
  /** How the message arrived: `notify`, `return`, `reconcile`, `send_goods` or `replay`. */
  channel: LogChannel;
  /**
   * What became of it: `applied`, `duplicate`, `stale`, `unknown_status`, `rejected`, `anomaly` or
   * `error`.
   */
  verdict: LogVerdict;
  /** An anomaly or error code (UNKNOWN_ORDER, AMOUNT_MISMATCH, HOOK_FAILED, …), else null. */
  code: string | null;
  /** Human-readable detail (why stale, what differs, which hook threw), else null. */
  detail: string | null;
  /** What the notify endpoint answers (or would answer) for this message. */
  reply: 'success' | 'fail';
  /** The message's `out_trade_no`, when it has one. */
  outTradeNo: string | null;
  /** The order after this message, when there is one. */
  order: OrderRecord | null;
  /** True when every effect of the order has run. */
  effectsDone: boolean;
  /** The anomaly reported to `onAnomaly`, when the verdict is `anomaly`; else null. */
  anomaly: Anomaly | null;
}

/**
 * The shipment for {@link Escrow.sendGoods}. Alipay's trade number comes from the order, and the
 * buyer's chosen logistics type is sent as `create_transport_type` when the order knows it.
 */
export interface SendGoodsOrderInput {
  /** Carrier name (`logistics_name`), 1–64 characters. */
  logisticsName: string;
  /** Waybill number (`invoice_no`), 1–32 characters; leave it out for `DIRECT`. */
  invoiceNo?: string;
  /**
   * How the goods were shipped (`transport_type`): `POST`, `EXPRESS`, `EMS` or `DIRECT` (no
   * shipping).
   */
  transportType: TransportType;
}

/** Which log entries {@link Escrow.pruneLog} deletes. */
export interface PruneLogOptions {
  /** Entries received strictly before this time (a Date, or ISO 8601 text). */
  olderThan: Date | string;
  /** Only entries with one of these verdicts (e.g. `['rejected']`); default: every verdict. */
  verdicts?: LogVerdict[];
}

/** What {@link Escrow.pruneLog} resolves to. */
export interface PrunedLog {
  /** How many entries were deleted. */
  deleted: number;
}

/** How {@link Escrow.replay} checks the logged message again. */
export interface ReplayOptions {
  /**
   * Ask the gateway's notify_verify about the message's notify_id again (default false: only the
   * signature is checked). Needed to replay an entry whose notify_verify did not confirm it.
   */
  verifyNotifyId?: boolean;
}

/**
 * What {@link Escrow.createPayment} resolves to: the signed payment request (the URL or form to send
 * the buyer to) and the order as stored.
 */
export interface CreatedPayment extends PaymentRequest {
  /** The stored order (for a repeated request, the one stored the first time). */
  order: OrderRecord;
}

/** Which entries {@link Escrow.listLog} returns; every field narrows, none is required. */
export interface LogFilter {
  /** Only entries of this order (`out_trade_no`). */
  outTradeNo?: string;
  /** Only entries with one of these verdicts (e.g. `['error', 'anomaly']`; an empty list returns nothing). */
  verdicts?: LogVerdict[];
  /** Only entries of one of these channels (an empty list returns nothing). */
  channels?: LogChannel[];
  /** Only entries received at or after this time (ISO 8601; CONFIG_INVALID when not a date-time). */
  since?: string;
  /** Only entries received strictly before this time (ISO 8601; CONFIG_INVALID when not a date-time). */
  before?: string;
  /** At most this many entries (a non-negative integer; CONFIG_INVALID otherwise). Default: all. */
  limit?: number;
}

/**
 * The merchant's escrow API, made by {@link createEscrow}. The endpoints (`handleNotify`,
 * `handleReturn`) take a web `Request` and resolve to a `Response`; they log every request and
 * never throw. The other methods throw {@link AlipayEscrowError}.
 */
export interface Escrow {
  /**
   * Builds the signed `create_partner_trade_by_buyer` request (see {@link buildPaymentRequest}) and
   * stores the order with phase `created`, so notifications can be checked against its payable
   * totals and seller. The same `outTradeNo` with the same content gives the same request again
   * (the buyer may retry paying while the trade waits for payment).
   *
   * Throws what buildPaymentRequest throws for a bad order (ILLEGAL_ARGUMENT, AMOUNT_INVALID,
   * FIELD_TOO_LONG, CALLBACK_URL_INVALID, CHARSET_UNENCODABLE, ...), TRADE_DATA_MATCH_ERROR (409)
   * when the `outTradeNo` exists with a different amount, subject or seller, and
   * TRADE_NOT_ALLOWED_PAY (409) when that order is already paid, shipped, refunding, finished or
   * closed.
   */
  createPayment(order: EscrowOrder): Promise<CreatedPayment>;
  /**
   * The notify_url endpoint. Reads the raw body (Content-Type is ignored), checks the source
   * address when `ipAllowList` is on, verifies signature and notify_id, logs the request, applies
   * the message and runs the hooks. A refused request is logged once with a SHA-256, its size and
   * only the first {@link store-kit!LOG_RAW_PREFIX_BYTES | LOG_RAW_PREFIX_BYTES} of its body; a genuine one whole. The body is exactly `success` (text/plain) only when the change
   * is committed and every hook of the order succeeded; otherwise `fail`, and Alipay delivers
   * again. Statuses: 200, or 405 (not POST), 413 (body over `maxBodyBytes`), 400 (body unreadable),
   * 403 (address not allowed). Never throws.
   *
   * `info.remoteAddress` is the connection's address, for the log and the allow-list.
   */
  handleNotify(request: Request, info?: RequestInfo): Promise<Response>;
  /**
   * The return_url endpoint (GET; anything else gets 405). Verifies the query exactly like a
   * notification and applies it through the same pipeline, then answers with the built-in page
   * (200, Chinese and English) or a 303 to `returnPage.redirectTo`. A visit that cannot be verified
   * is logged and shown a neutral "confirming your payment" page: the notification stays the
   * source of truth. Never throws.
   */
  handleReturn(request: Request, info?: RequestInfo): Promise<Response>;
  /**
   * Asks `single_trade_query` how Alipay sees the trade and applies the answer through the same
   * pipeline (logged on channel `reconcile`): for when notifications stopped coming, or after
   * resolving an anomaly. Throws UNKNOWN_ORDER (404) for an order not in the store; the gateway's
   * code (e.g. TRADE_NOT_EXIST, status 502) when it refuses; RESPONSE_SIGN_INVALID when the trade
   * record's sign is wrong or missing (an empty `<sign/>` too); GATEWAY_RESPONSE_INVALID when the
   * record names no out_trade_no, another order, or another trade_no than the order's; and the
   * gateway client's errors (GATEWAY_TIMEOUT, ...). A refused reply is logged as rejected and
   * nothing is applied. A record that states the refund is ordered against notifications by its
   * last-modified time, so an older refund notice arriving afterwards is stale.
   */
  reconcile(outTradeNo: string): Promise<ApplyOutcome>;
  /**
   * Confirms shipment with `send_goods_confirm_by_platform`, records it on the order (`shipping`)
   * and applies the reply's trade status (WAIT_BUYER_CONFIRM_GOODS), running `onShipped`
   * best-effort (a hook that throws stays pending for the next notification). A RETRY or
   * SYSTEM_ERROR refusal is sent once more. Resolves to the order afterwards.
   *
   * Throws UNKNOWN_ORDER (404); TRADE_STATUS_NOT_AVAILD (409) before the order has Alipay's trade
   * number (no payment heard of yet); ILLEGAL_ARGUMENT, FIELD_TOO_LONG or TRANSPORT_TYPE_MISSING
   * for bad input; the gateway's code (status 502) when it refuses; RESPONSE_SIGN_INVALID or
   * GATEWAY_RESPONSE_INVALID (502) for a reply that is unsigned, wrongly signed or about another
   * trade (logged as rejected; neither the shipment nor a status is recorded); CONCURRENT_UPDATE
   * (409) when the order kept changing while the shipment was recorded.
   */
  sendGoods(outTradeNo: string, input: SendGoodsOrderInput): Promise<OrderRecord>;
  /**
   * Runs a logged notification or return visit through verification and the pipeline again, as a
   * new log entry (channel `replay`, `replayOf` = `logId`): after fixing a hook, adding a missing
   * order or resolving an anomaly. The signature is always checked again; notify_verify only with
   * `verifyNotifyId: true` (Alipay invalidates a notify_id once it was answered `success`).
   *
   * Only what Alipay confirmed is replayed: an entry whose authenticity is `verified` (signature and
   * notify_verify, of it or of the notify/return it replays); one whose signature matched but that
   * notify_verify did not confirm (`signature`) only with `verifyNotifyId: true`, and only if the
   * gateway confirms it now. Anything else (a forgery, a malformed or unconfirmed message, a gateway
   * reply) throws REPLAY_REFUSED (409) and is logged as a rejected replay entry; nothing is
   * applied. Throws ILLEGAL_ARGUMENT (404) for an unknown `logId`.
   */
  replay(logId: string, options?: ReplayOptions): Promise<ApplyOutcome>;
  /** The stored order, or undefined when there is none with that `out_trade_no`. */
  getOrder(outTradeNo: string): Promise<OrderRecord | undefined>;
  /**
   * Every effect (hook call owed) of the order, in the order they were created, with their status.
   */
  listEffects(outTradeNo: string): Promise<EffectRecord[]>;
  /**
   * The notification log (notify, return, reconcile, send_goods and replay entries), newest first.
   */
  listLog(filter?: LogFilter): Promise<NotificationLogEntry[]>;
  /** One log entry by its id (as `listLog` and `ApplyOutcome.logId` give it), or undefined when there is none. */
  getLog(id: string): Promise<NotificationLogEntry | undefined>;
  /**
   * Deletes old log entries: those received before `olderThan`, and when `verdicts` is given only
   * those with one of them. Resolves to how many were deleted. Orders, effects and notify_id
   * bindings are kept. Run it on a schedule (e.g. daily: rejected entries after 30 days,
   * everything after 180). Throws CONFIG_INVALID for a time it cannot read or an unknown verdict.
   */
  pruneLog(options: PruneLogOptions): Promise<PrunedLog>;
  /**
   * Finds orders that need attention — waiting for payment, shipment, the buyer's confirmation or a
   * refund past the limits of `options`, or with an unresolved anomaly — reconciles those the
   * gateway can answer (single_trade_query, a few at a time, stopping when the gateway keeps
   * failing) and reports the rest to `hooks.onStuck`, once per order, reason and order version.
   * Run it on a schedule (a Cron Trigger, `Deno.cron`, an interval). Throws CONFIG_INVALID for a bad
   * option; one order's trouble is listed in the result's `failed`, never thrown.
   */
  sweep(options?: SweepOptions): Promise<SweepResult>;
}
