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
 * The fields of a log entry {@link EscrowStore.settle} may change; an absent (undefined) field
 * is left as it is.
 */
export type LogUpdate = Partial<
  Pick<
    NotificationLogEntry,
    'verdict' | 'code' | 'detail' | 'outTradeNo' | 'notifyId' | 'tradeStatus' | 'refundStatus' | 'reply'
  >
>;

/** Which entries {@link EscrowStore.pruneLog} deletes. */
export interface LogPruneFilter {
  /** Entries received strictly before this time (ISO 8601; CONFIG_INVALID when not a date-time). */
  before: string;
  /** Only entries with one of these verdicts; default: every verdict. An empty list deletes nothing. */
  verdicts?: LogVerdict[];
}

/** Which trade a notify_id was first applied to (see {@link EscrowStore.receive}). */
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

/** Which entries {@link EscrowStore.listLog} returns; every field narrows, none is required. */
export interface LogListFilter {
  /** Only entries of this order (`out_trade_no`). */
  outTradeNo?: string;
  /** Only entries with one of these verdicts (an empty list returns nothing). */
  verdicts?: LogVerdict[];
  /** Only entries of one of these channels (an empty list returns nothing). */
  channels?: LogChannel[];
  /** Only entries received at or after this time (ISO 8601). */
  since?: string;
  /** Only entries received strictly before this time (ISO 8601). */
  before?: string;
  /** At most this many entries (a non-negative integer; CONFIG_INVALID otherwise). Default: all. */
  limit?: number;
}

/** Where a page of {@link EscrowStore.listOrders} ends: the last order of the previous page. */
export interface OrderCursor {
  /** That order's `updatedAt` (ISO 8601). */
  updatedAt: string;
  /** That order's `outTradeNo`: breaks ties between orders updated at the same time. */
  outTradeNo: string;
}

/** Which orders {@link EscrowStore.listOrders} returns, oldest `updatedAt` first. */
export interface OrderListFilter {
  /** Only orders in one of these phases (an empty list returns nothing). Default: every phase. */
  phases?: OrderPhase[];
  /** Only orders last updated strictly before this time (ISO 8601). */
  updatedBefore?: string;
  /**
   * The page cursor: only orders after this one in (updatedAt, outTradeNo) order — pass the last
   * order of the previous page.
   */
  after?: OrderCursor;
  /** At most this many orders (1 to 1000; CONFIG_INVALID otherwise). */
  limit: number;
}

/**
 * What the first step of applying a genuine message records and reads, in ONE atomic round trip
 * (see {@link EscrowStore.receive}).
 */
export interface ReceiveInput {
  /** The message's log entry, appended (an id already taken throws INTERNAL_ERROR and writes nothing). */
  log?: NotificationLogEntry;
  /** The order the message names, read in the same step; null when it names none. */
  outTradeNo: string | null;
  /**
   * The message's notify_id, bound to its trade unless bound already (insert-if-absent). Only with
   * an outTradeNo.
   */
  binding?: NotifyIdBinding;
}

/** What {@link EscrowStore.receive} read. */
export interface Received {
  /** The order (a copy), or undefined when there is none (or no outTradeNo was given). */
  order: OrderRecord | undefined;
  /** Every effect of that order in creation order (done ones included), or `[]`. */
  effects: EffectRecord[];
  /**
   * The binding that holds for `input.binding.notifyId` after the step (the given one, or the one
   * made first); undefined when no binding was given.
   */
  binding?: Pick<NotifyIdBinding, 'outTradeNo' | 'tradeNo'>;
}

/** A lease taken on effects: the claim time and when the lease ends (both ISO 8601). */
export interface EffectClaim {
  /** The claim time: an effect running on a lease that ended before it is claimable again. */
  now: string;
  /** When this claim's lease ends. */
  leaseUntil: string;
}

/** The compare-and-set commit of {@link EscrowStore.commit}. */
export interface CommitInput {
  /** The new state; its version must be `expectedVersion + 1`. */
  next: OrderRecord;
  /** The version the caller read; the commit happens only if the stored version still equals it. */
  expectedVersion: number;
  /** New effects (status `pending`, or `done` for a milestone without a hook), inserted with the commit. */
  effects: EffectRecord[];
  /**
   * When given, the same atomic step claims for the caller every claimable effect of the order
   * after the commit — the new pending ones and older ones that are pending or whose lease ended —
   * as {@link EscrowStore.claimEffects} would. Nothing is claimed when the commit does not happen.
   */
  claim?: EffectClaim;
}

/** What {@link EscrowStore.commit} did. */
export interface Committed {
  /** False: the stored version was not `expectedVersion` (someone else won); nothing was written. */
  committed: boolean;
  /**
   * The effects this call claimed (status running, attempts + 1, this lease), in creation order;
   * `[]` without `claim` or when nothing was committed.
   */
  claimed: EffectRecord[];
}

/** An effect whose hook ran, named by the claim that ran it. */
export interface EffectSettlement {
  /** The effect's key. */
  key: string;
  /** The `attempts` its claim returned: the settlement applies only while that claim still holds. */
  attempt: number;
}

/** A claimed effect put back to pending by {@link EscrowStore.settle}. */
export interface EffectRelease extends EffectSettlement {
  /** The hook's error (secrets removed), which becomes the effect's lastError; null keeps the one it has (the hook did not run). */
  error: string | null;
}

/** The outcome written to a log entry by {@link EscrowStore.settle}. */
export interface LogSettlement {
  /** The entry's id. */
  id: string;
  /** The fields to change (absent ones are left as they are). */
  update: LogUpdate;
}

/** The last step of applying a message, in ONE atomic round trip (see {@link EscrowStore.settle}). */
export interface SettleInput {
  /** Effects whose hooks succeeded: marked done at `at`. */
  done?: EffectSettlement[];
  /**
   * Effects claimed but not done (the hook threw, or a hook before it did): back to pending. With
   * an `error`, it becomes the effect's lastError; null keeps the one it has.
   */
  released?: EffectRelease[];
  /** When the effects are marked done (ISO 8601). Required with `done`. */
  at?: string;
  /** The log entry's outcome: the present fields of `update` change; an unknown id is ignored. */
  log?: LogSettlement;
}

/** What {@link EscrowStore.settle} did. */
export interface Settled {
  /** Keys of `done` marked done. A key missing here lost its claim (another request took it over). */
  done: string[];
  /** Keys of `released` put back to pending; a key missing here lost its claim likewise. */
  released: string[];
}

/** A mark that sweep reported an order, so it reports it once per reason and order version. */
export interface AttentionMark {
  /** The order. */
  outTradeNo: string;
  /** Why it needs attention (e.g. `paid_not_shipped`). */
  reason: string;
  /** The order version the report is about: a later version may be reported again. */
  version: number;
  /** When it was marked (ISO 8601). */
  at: string;
}

/**
 * Where orders, effects and the notification log live. Every method is atomic on its own;
 * correctness under concurrency comes from `commit` (compare-and-set on `version`) and the
 * claims of effects, never from in-process locks — so any number of instances can share one store.
 *
 * A notification costs at most three calls (and a store built on a remote database should make
 * each ONE round trip): `receive` (log + notify_id binding + order and effects), `commit` (the
 * transition, its effects and their claim), `settle` (effects done + the log's outcome). A
 * duplicate costs two: `receive`, `settle`.
 */
export interface EscrowStore {
  /** Creates the schema if missing; safe to call on every start. */
  migrate(): Promise<void>;
  /** Inserts the order unless one with that outTradeNo exists. */
  createOrder(order: OrderRecord): Promise<'created' | 'exists'>;
  /** The order with that `out_trade_no` (a copy), or undefined. */
  getOrder(outTradeNo: string): Promise<OrderRecord | undefined>;
  /**
   * Orders by phase and age, oldest `updatedAt` first, a page at a time (what sweep looks for).
   * Throws CONFIG_INVALID for a bad time, phase or limit.
   */
  listOrders(filter: OrderListFilter): Promise<OrderRecord[]>;
  /**
   * Step one: appends `log`, binds `binding` if its notify_id is unbound, and reads the order and
   * its effects — atomically (if anything throws, nothing is written). Throws CONFIG_INVALID for
   * an empty notifyId or outTradeNo in the binding, a binding for another order than
   * `outTradeNo`, or a bad time.
   */
  receive(input: ReceiveInput): Promise<Received>;
  /**
   * Step two: writes `next` and inserts `effects` only if the stored version still equals
   * `expectedVersion`, and with `claim` claims the order's claimable effects — one atomic step.
   * An effect key already taken throws INTERNAL_ERROR (nothing written).
   */
  commit(input: CommitInput): Promise<Committed>;
  /** Every effect of the order in creation order, or `[]`. */
  listEffects(outTradeNo: string): Promise<EffectRecord[]>;
  /**
   * Atomically claims every claimable effect of the order (pending, or running on a lease that
   * ended before `claim.now`): status running, attempts + 1, `claim.leaseUntil`. Resolves to the
   * claimed records in creation order.
   */
  claimEffects(outTradeNo: string, claim: EffectClaim): Promise<EffectRecord[]>;
  /**
   * Step three: marks `done` effects done and `released` ones pending — each only while it is
   * running with exactly its `attempt` (a lost claim changes nothing) — and writes the log entry's
   * outcome, in one atomic step.
   */
  settle(input: SettleInput): Promise<Settled>;
  /**
   * Stores a new entry on its own (a refused request, a gateway reply). An entry whose `id` is
   * taken throws INTERNAL_ERROR; a `receivedAt` that is not a date-time throws CONFIG_INVALID.
   */
  appendLog(entry: NotificationLogEntry): Promise<void>;
  /** The entry with that id (a copy, raw bytes included), or undefined. */
  getLog(id: string): Promise<NotificationLogEntry | undefined>;
  /** Newest first (received time, then insertion). */
  listLog(filter?: LogListFilter): Promise<NotificationLogEntry[]>;
  /**
   * Deletes the log entries received before `filter.before` (and, when given, only those with one
   * of `filter.verdicts`); resolves to how many were deleted. Orders, effects and notify_id
   * bindings are never touched. Throws CONFIG_INVALID for a bad time or verdict.
   */
  pruneLog(filter: LogPruneFilter): Promise<number>;
  /** Insert-if-absent of a sweep report mark: true when this call made it, false when it existed. */
  markAttention(mark: AttentionMark): Promise<boolean>;
  /** Removes a mark (its report failed, so the next sweep reports again); an absent mark is ignored. */
  clearAttention(mark: Omit<AttentionMark, 'at'>): Promise<void>;
}
