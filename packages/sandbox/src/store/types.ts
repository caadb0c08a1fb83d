import type { Charset, LogisticsOption, SignType } from '@alipay-escrow/core';
import type { RefundStatus, TradeStatus } from '../statuses.js';

/** An Alipay account known to the sandbox (seller or buyer). */
export interface SandboxAccount {
  /** 2088 + 12 digits. */
  id: string;
  /** The login. */
  email: string;
  /** An alias account name (`*_account_name`). */
  accountName?: string;
}

/** What the seller entered when shipping (send_goods_confirm_by_platform). */
export interface ShippingRecord {
  logisticsName: string;
  invoiceNo?: string;
  transportType?: string;
  createTransportType?: string;
}

/** One trade, as the sandbox's "Alipay" keeps it. Times are epoch milliseconds. JSON-safe. */
export interface TradeRecord {
  /** `${partner}:${outTradeNo}`. */
  key: string;
  partner: string;
  outTradeNo: string;
  tradeNo: string;
  /** The create request's `_input_charset`: notifications and returns use it. */
  charset: Charset;
  /** The create request's sign_type: notifications and returns are signed the same way. */
  signType: SignType;
  subject: string;
  body?: string;
  showUrl?: string;
  notifyUrl?: string;
  returnUrl?: string;
  /** 2-decimal yuan. */
  price: string;
  quantity: string;
  discount: string;
  logistics: LogisticsOption[];
  /** Payable total per logistics option, 2-decimal yuan. */
  payable: string[];
  /** `receive_*` parameter → value, as requested. */
  receive: Record<string, string>;
  /** Buyer fields of the create request (the buyer who must pay, if given). */
  requestedBuyer: { id?: string; email?: string; accountName?: string };
  seller: SandboxAccount;
  /** Who paid; null before payment. */
  buyer: SandboxAccount | null;
  /** The buyer's logistics option (0 until chosen at payment). */
  logisticsIndex: number;
  shipping: ShippingRecord | null;
  tradeStatus: TradeStatus;
  refundStatus: RefundStatus | null;
  shipped: boolean;
  gmtCreate: number;
  gmtPayment?: number;
  gmtSendGoods?: number;
  gmtLogisticsModify?: number;
  gmtClose?: number;
  gmtRefund?: number;
  lastModified: number;
}

/** One HTTP delivery of a notification. */
export interface AttemptRecord {
  /** Epoch ms (sandbox clock). */
  at: number;
  /** Which of the 8 scheduled deliveries this was (1-based). */
  number: number;
  /** null when no HTTP answer came (dropped by chaos, network error, timeout). */
  httpStatus: number | null;
  /** The first 200 characters of the answer body; null without an answer. */
  reply: string | null;
  /** Why there was no (acceptable) answer, when there was none. */
  error?: string;
  /** A chaos duplicate, sent alongside the scheduled delivery. */
  duplicate?: true;
}

/** One asynchronous notification (one trade or refund status change). JSON-safe. */
export interface NotificationRecord {
  notifyId: string;
  /** Creation order across the sandbox. */
  seq: number;
  tradeKey: string;
  tradeStatus: TradeStatus;
  refundStatus: RefundStatus | null;
  url: string;
  /** The form body, already encoded in the trade's charset (ASCII). */
  body: string;
  createdAt: number;
  /** The schedule's origin: delivery n is due at scheduleFrom + offset(n) (+ chaos). */
  scheduleFrom: number;
  /** How many of the 8 scheduled deliveries were made. */
  sent: number;
  /** When the next scheduled delivery is due; null when there will be none. */
  nextDueAt: number | null;
  /** The merchant answered exactly `success`. */
  delivered: boolean;
  attempts: AttemptRecord[];
}

/**
 * A notify_id the sandbox did not deliver itself: handed to the buyer's browser with the
 * return_url redirect (valid 1 minute), or issued for a notification someone else sends
 * (`POST /sandbox/api/notify-ids`, used by `alipay-escrow trigger`).
 */
export interface ReturnIdRecord {
  notifyId: string;
  tradeKey: string;
  issuedAt: number;
  /** Absent: a return id (the kind part 1 stored). */
  kind?: 'return' | 'triggered';
  /** Until when notify_verify answers `true` (epoch ms). Absent: issuedAt + 1 minute. */
  expiresAt?: number;
  /** For a triggered id: the statuses its notification states. */
  tradeStatus?: string;
  refundStatus?: string | null;
}

export interface SandboxSnapshot {
  trades: TradeRecord[];
  notifications: NotificationRecord[];
  returnIds: ReturnIdRecord[];
}

/**
 * Where a sandbox keeps its state. The sandbox holds everything in memory and writes every
 * change through; `load` is called once at start. Memory by default; `sqliteStore(db)` keeps
 * a sandbox across restarts.
 */
export interface SandboxStore {
  load(): Promise<SandboxSnapshot>;
  putTrade(trade: TradeRecord): Promise<void>;
  putNotification(notification: NotificationRecord): Promise<void>;
  putReturnId(record: ReturnIdRecord): Promise<void>;
  /** Optional: small named values kept with the state (the CLI keeps the credentials it generated). */
  getSetting?(name: string): Promise<string | undefined>;
  putSetting?(name: string, value: string): Promise<void>;
}
