import type { EffectKind, OrderPhase, RefundStatus, TradeStatus } from '../escrow/statuses.js';

/** One merchant order as the store keeps it. Amounts are yuan strings with 2 decimals. */
export interface OrderRecord {
  /** Your order number (`out_trade_no`): the order's key in the store. */
  outTradeNo: string;
  /**
   * The partner id (`partner`, 2088 + 12 digits) the order was created under; a message naming
   * another partner is a PARTNER_MISMATCH anomaly.
   */
  partner: string;
  /** The `subject` as sent to Alipay. */
  subject: string;
  /** The payable total for each logistics option the buyer may choose (e.g. ['138.00', '143.00']). */
  payable: string[];
  /** The configured seller, as sent in the request (at least one). */
  sellerId: string | null;
  /**
   * The configured seller's `seller_email` as sent in the request; null when the seller was given
   * by id or account name only.
   */
  sellerEmail: string | null;
  /**
   * Where the order stands for the merchant (`created`, `awaiting_payment`, `paid`, `shipped`,
   * `finished`, `closed`, `refunding`), derived from the statuses.
   */
  phase: OrderPhase;
  /**
   * Alipay's latest applied `trade_status`; null until a genuine message about the trade arrived.
   */
  tradeStatus: TradeStatus | null;
  /** Alipay's latest applied `refund_status`; null while no refund was ever opened. */
  refundStatus: RefundStatus | null;
  /** How many refund applications were seen: 0 before any, +1 for each (re-)application. */
  refundCycle: number;
  /**
   * The notify_time ('yyyy-MM-dd HH:mm:ss', Beijing time) of the latest notice applied to the
   * order (or restating its whole state); null until one with a time was. A notice older than this
   * cannot move the refund (see escrow/notice-time.ts).
   */
  noticeTime: string | null;
  /** Alipay's trade number, once a notice carried it. */
  tradeNo: string | null;
  /** total_fee as Alipay last reported it. */
  totalFee: string | null;
  /** The seller's shipment, once sendGoods succeeded. */
  shipping: {
    /** The carrier (`logistics_name`) given to sendGoods. */
    logisticsName: string;
    /** The waybill number (`invoice_no`); null when none was given. */
    invoiceNo: string | null;
    /** How the goods were shipped (`transport_type`: POST, EXPRESS, EMS or DIRECT). */
    transportType: string;
    /** When the shipment was recorded, just after Alipay accepted it (ISO 8601, UTC). */
    at: string;
  } | null;
  /**
   * The logistics type the buyer chose (`logistics_type`: POST, EXPRESS, EMS…), as a genuine
   * message stated it; the only option's type when the order offered one; else null.
   */
  logisticsType: string | null;
  /** Compare-and-set version: every committed change increments it. */
  version: number;
  /** When the order was stored by `createPayment` (ISO 8601, UTC, from the escrow's clock). */
  createdAt: string;
  /** When the order last changed (ISO 8601, UTC). */
  updatedAt: string;
}

/**
 * Where an effect stands: `pending` (owed, not yet run, or its hook threw), `running` (claimed
 * under a lease), `done` (the hook succeeded, or there was no hook).
 */
export type EffectStatus = 'pending' | 'running' | 'done';

/** One hook call owed to the merchant, created atomically with the transition that caused it. */
export interface EffectRecord {
  /** The idempotency key handed to the hook: `${outTradeNo}:${slot}`. */
  key: string;
  /** The order the effect belongs to. */
  outTradeNo: string;
  /**
   * Which hook runs it: a milestone (`paid`, `shipped`, `finished`, `closed`), `refund` or
   * `transition`.
   */
  kind: EffectKind;
  /** For `refund`: the refund status reached; for `transition`: `from→to`; null for milestones. */
  detail: string | null;
  /** Where the effect stands: pending, running or done. */
  status: EffectStatus;
  /** Calls started so far (a hook that threw leaves it pending with attempts > 0). */
  attempts: number;
  /** The message of the last error its hook threw (secrets removed); null if it never threw. */
  lastError: string | null;
  /** While running: until when the claim holds (ISO time); an expired claim may be taken over. */
  leaseUntil: string | null;
  /** When the effect was committed (ISO 8601, UTC). */
  createdAt: string;
  /** When it was marked done (ISO 8601, UTC); null until then. */
  doneAt: string | null;
}

/**
 * Where a logged message came from: notify_url, return_url, a single_trade_query reply
 * (reconcile), a send_goods_confirm_by_platform reply (send_goods), or a replay of a logged one.
 */
export type LogChannel = 'notify' | 'return' | 'reconcile' | 'send_goods' | 'replay';

/**
 * What became of a logged request:
 * received (logged, not yet decided) · applied · duplicate · stale · unknown_status ·
 * rejected (not genuine, malformed, or refused: a notify_id reused for another trade, a replay of
 * an unconfirmed message) · anomaly (genuine but fails a cross-check) · error (our side failed).
 */
export type LogVerdict =
  | 'received'
  | 'applied'
  | 'duplicate'
  | 'stale'
  | 'unknown_status'
  | 'rejected'
  | 'anomaly'
  | 'error';

/**
 * How far a logged message was proven genuine:
 * - `none`: not at all (malformed, forged, refused before its signature was checked, or an
 *   unsigned gateway reply);
 * - `signature`: its signature matched, but the gateway's notify_verify did not confirm its
 *   notify_id (it answered something else, or did not answer in time);
 * - `verified`: signature matched and notify_verify confirmed it, or a gateway reply whose sign
 *   was checked.
 *
 * Only `verified` entries keep their whole body and may be replayed as they are; a `signature`
 * entry is replayed only with a fresh notify_verify (`replay(id, { verifyNotifyId: true })`).
 */
export type LogAuthenticity = 'none' | 'signature' | 'verified';

/**
 * One request to notify/return (or a reconcile/replay). A genuine message is logged with its whole
 * body before it is applied; a rejected one is logged once, with a digest, its size and only the
 * first {@link LOG_RAW_PREFIX_BYTES} bytes, so junk requests cannot fill the store.
 */
export interface NotificationLogEntry {
  /** A random UUID; pass it to `escrow.replay(id)` to run the message again. */
  id: string;
  /** How the request came in: `notify`, `return`, `reconcile`, `send_goods` or `replay`. */
  channel: LogChannel;
  /** When it was received (ISO 8601, UTC, from the escrow's clock). */
  receivedAt: string;
  /** The HTTP method (`POST` for notify and gateway replies, `GET` for return). */
  method: string;
  /**
   * The raw bytes as received (body for notify, query string for return): all of them when
   * `authenticity` is `signature` or `verified`, otherwise only the first
   * {@link LOG_RAW_PREFIX_BYTES} (compare with `rawSize`).
   */
  raw: Uint8Array;
  /**
   * How many bytes were received, whether or not `raw` keeps them all. Entries written before the
   * field existed report the length of `raw`.
   */
  rawSize: number;
  /**
   * The SHA-256 of all the bytes received, as 64 lowercase hex characters: tells identical
   * requests apart from different ones even when only a prefix is kept. Empty for entries written
   * before the field existed.
   */
  rawSha256: string;
  /**
   * How far the message was proven genuine (see {@link LogAuthenticity}). Entries written before
   * the field existed get it from their verdict: a notify or return the pipeline ran on is
   * `verified`, one refused by notify_verify `signature`, anything else `none`.
   */
  authenticity: LogAuthenticity;
  /**
   * Request headers with secrets (cookies, authorization) redacted, bounded in number and length
   * (at most 32 headers, each value cut to 256 characters, about 1.5 KiB in all).
   */
  headers: Record<string, string>;
  /**
   * The client address (the adapter's connection address, or the entry of `trustedProxyHeader`
   * that your proxy appended: `trustedProxyHops` from the right); null when unknown.
   */
  remoteAddress: string | null;
  /** What became of the request; `received` until it is settled. */
  verdict: LogVerdict;
  /** The error or anomaly code, when there is one. */
  code: string | null;
  /** Human-readable detail (never a secret). */
  detail: string | null;
  /** The message's `out_trade_no`; null until known (or when it has none). */
  outTradeNo: string | null;
  /** The message's `notify_id`; null for gateway replies or when absent. */
  notifyId: string | null;
  /** The `trade_status` the message stated, raw (unknown values kept); null when it stated none. */
  tradeStatus: string | null;
  /** The `refund_status` the message stated, raw; null when it stated none. */
  refundStatus: string | null;
  /** What we answered: 'success' / 'fail' for notify, the HTTP status for others. */
  reply: string | null;
  /** For a replay: the entry it replays. */
  replayOf: string | null;
}

/**
 * The fields of a log entry {@link EscrowStore.updateLog} may change; an absent (undefined) field
 * is left as it is.
 */
export type LogUpdate = Partial<
  Pick<NotificationLogEntry, 'verdict' | 'code' | 'detail' | 'outTradeNo' | 'notifyId' | 'tradeStatus' | 'refundStatus' | 'reply'>
>;

/** Which entries {@link EscrowStore.pruneLog} deletes. */
export interface LogPruneFilter {
  /** Entries received strictly before this time (ISO 8601; CONFIG_INVALID when not a date-time). */
  before: string;
  /** Only entries with one of these verdicts; default: every verdict. An empty list deletes nothing. */
  verdicts?: LogVerdict[];
}

/** Which trade a notify_id was first applied to (see {@link EscrowStore.bindNotifyId}). */
export interface NotifyIdBinding {
  /** The message's `notify_id`. */
  notifyId: string;
  /** The `out_trade_no` of the message that used it first. */
  outTradeNo: string;
  /** The `trade_no` of that message; null when it carried none. */
  tradeNo: string | null;
  /** When the binding was made (ISO 8601, UTC). */
  at: string;
}

/**
 * Where orders, effects and the notification log live. Every method is atomic on its own;
 * correctness under concurrency comes from `commitTransition` (compare-and-set on `version`) and
 * `claimEffect`, never from in-process locks — so any number of instances can share one store.
 */
export interface EscrowStore {
  /** Creates the schema if missing; safe to call on every start. */
  migrate(): Promise<void>;
  /** Inserts the order unless one with that outTradeNo exists. */
  createOrder(order: OrderRecord): Promise<'created' | 'exists'>;
  /** The order with that `out_trade_no` (a copy), or undefined. */
  getOrder(outTradeNo: string): Promise<OrderRecord | undefined>;
  /**
   * Writes `next` (whose version must be expectedVersion + 1) and inserts `effects` in one atomic
   * step, only if the stored version still equals `expectedVersion`. False: someone else won.
   */
  commitTransition(next: OrderRecord, expectedVersion: number, effects: EffectRecord[]): Promise<boolean>;
  /** Every effect of the order in creation order, or `[]`. */
  listEffects(outTradeNo: string): Promise<EffectRecord[]>;
  /**
   * Effects not done yet: pending, or running on a lease that ended before `now` (ISO time;
   * default: the store's own clock).
   */
  unfinishedEffects(outTradeNo: string, now?: string): Promise<EffectRecord[]>;
  /**
   * Atomically takes an effect to run: pending, or running with a lease that ended before `now`.
   * Sets status running, attempts + 1, leaseUntil. Returns the claimed record, or undefined.
   */
  claimEffect(key: string, now: string, leaseUntil: string): Promise<EffectRecord | undefined>;
  /**
   * The hook succeeded: marks the effect done, only while it is running with exactly `attempt`
   * attempts (the `attempts` its claimEffect returned). False: the claim was lost (its lease
   * ended and another request took the effect over, or it is no longer running); nothing changed.
   */
  completeEffect(key: string, now: string, attempt: number): Promise<boolean>;
  /**
   * The hook threw: back to pending with the error message, under the same condition as
   * completeEffect (running with exactly `attempt` attempts). False: the claim was lost; nothing changed.
   */
  releaseEffect(key: string, error: string, attempt: number): Promise<boolean>;
  /**
   * Stores a new entry. An entry whose `id` is taken throws INTERNAL_ERROR; a `receivedAt` that is
   * not a date-time throws CONFIG_INVALID.
   */
  appendLog(entry: NotificationLogEntry): Promise<void>;
  /** Changes the present fields of an entry; an unknown id is ignored. */
  updateLog(id: string, update: LogUpdate): Promise<void>;
  /** The entry with that id (a copy, raw bytes included), or undefined. */
  getLog(id: string): Promise<NotificationLogEntry | undefined>;
  /** Newest first. */
  listLog(filter?: { outTradeNo?: string; limit?: number }): Promise<NotificationLogEntry[]>;
  /**
   * Deletes the log entries received before `filter.before` (and, when given, only those with one
   * of `filter.verdicts`); resolves to how many were deleted. Orders, effects and notify_id
   * bindings are never touched. Throws CONFIG_INVALID for a bad time or verdict.
   */
  pruneLog(filter: LogPruneFilter): Promise<number>;
  /**
   * Binds a notify_id to the trade of the message that used it, unless it is bound already: one
   * atomic insert-if-absent. Resolves to the binding that holds after the call (the given one, or
   * the one made first), so the caller can refuse the same notify_id for another trade. Throws
   * CONFIG_INVALID for an empty notifyId or outTradeNo, or a bad time.
   */
  bindNotifyId(binding: NotifyIdBinding): Promise<Pick<NotifyIdBinding, 'outTradeNo' | 'tradeNo'>>;
}
