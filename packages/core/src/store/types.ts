import type { EffectKind, OrderPhase, RefundStatus, TradeStatus } from '../escrow/statuses.js';

/** One merchant order as the store keeps it. Amounts are yuan strings with 2 decimals. */
export interface OrderRecord {
  outTradeNo: string;
  partner: string;
  subject: string;
  /** The payable total for each logistics option the buyer may choose (e.g. ['138.00', '143.00']). */
  payable: string[];
  /** The configured seller, as sent in the request (at least one). */
  sellerId: string | null;
  sellerEmail: string | null;
  phase: OrderPhase;
  tradeStatus: TradeStatus | null;
  refundStatus: RefundStatus | null;
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
  shipping: { logisticsName: string; invoiceNo: string | null; transportType: string; at: string } | null;
  /**
   * The logistics type the buyer chose (`logistics_type`: POST, EXPRESS, EMS…), as a genuine
   * message stated it; the only option's type when the order offered one; else null.
   */
  logisticsType: string | null;
  /** Compare-and-set version: every committed change increments it. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type EffectStatus = 'pending' | 'running' | 'done';

/** One hook call owed to the merchant, created atomically with the transition that caused it. */
export interface EffectRecord {
  /** The idempotency key handed to the hook: `${outTradeNo}:${slot}`. */
  key: string;
  outTradeNo: string;
  kind: EffectKind;
  detail: string | null;
  status: EffectStatus;
  /** Calls started so far (a hook that threw leaves it pending with attempts > 0). */
  attempts: number;
  lastError: string | null;
  /** While running: until when the claim holds (ISO time); an expired claim may be taken over. */
  leaseUntil: string | null;
  createdAt: string;
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
 * rejected (not genuine or malformed) · anomaly (genuine but fails a cross-check) · error (our side failed).
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

/** One request to notify/return (or a reconcile/replay), stored before anything else happens. */
export interface NotificationLogEntry {
  id: string;
  channel: LogChannel;
  receivedAt: string;
  method: string;
  /** The raw bytes exactly as received (body for notify, query string for return). */
  raw: Uint8Array;
  /** Request headers with secrets (cookies, authorization) redacted. */
  headers: Record<string, string>;
  remoteAddress: string | null;
  verdict: LogVerdict;
  /** The error or anomaly code, when there is one. */
  code: string | null;
  /** Human-readable detail (never a secret). */
  detail: string | null;
  outTradeNo: string | null;
  notifyId: string | null;
  tradeStatus: string | null;
  refundStatus: string | null;
  /** What we answered: 'success' / 'fail' for notify, the HTTP status for others. */
  reply: string | null;
  /** For a replay: the entry it replays. */
  replayOf: string | null;
}

export type LogUpdate = Partial<
  Pick<NotificationLogEntry, 'verdict' | 'code' | 'detail' | 'outTradeNo' | 'notifyId' | 'tradeStatus' | 'refundStatus' | 'reply'>
>;

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
  getOrder(outTradeNo: string): Promise<OrderRecord | undefined>;
  /**
   * Writes `next` (whose version must be expectedVersion + 1) and inserts `effects` in one atomic
   * step, only if the stored version still equals `expectedVersion`. False: someone else won.
   */
  commitTransition(next: OrderRecord, expectedVersion: number, effects: EffectRecord[]): Promise<boolean>;
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
  appendLog(entry: NotificationLogEntry): Promise<void>;
  updateLog(id: string, update: LogUpdate): Promise<void>;
  getLog(id: string): Promise<NotificationLogEntry | undefined>;
  /** Newest first. */
  listLog(filter?: { outTradeNo?: string; limit?: number }): Promise<NotificationLogEntry[]>;
}
