import type { LogisticsOption, SignType } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
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
  /** `logistics_name`: the carrier, 1–64 characters. */
  logisticsName: string;
  /** `invoice_no`: the waybill number, when given. */
  invoiceNo?: string;
  /** `transport_type`: how the goods were shipped (POST, EXPRESS, EMS, DIRECT), when given. */
  transportType?: string;
  /** `create_transport_type`: the transport type chosen at creation, when given. */
  createTransportType?: string;
}

/** The buyer a create request names ({@link TradeRecord.requestedBuyer}): the one who must pay. */
export interface RequestedBuyer {
  /** `buyer_id`, when requested. */
  id?: string;
  /** `buyer_email`, when requested. */
  email?: string;
  /** `buyer_account_name`, when requested. */
  accountName?: string;
}

/** A create request's own timeouts ({@link TradeRecord.timeouts}), as sent. */
export interface RequestedTimeouts {
  /** `it_b_pay`, e.g. `2h`: closes the unpaid trade. */
  itBPay?: string;
  /** `t_b_rec_post`, e.g. `7d`: confirms receipt of a POST shipment. */
  tBRecPost?: string;
}

/** One trade, as the sandbox's "Alipay" keeps it. Times are epoch milliseconds. JSON-safe. */
export interface TradeRecord {
  /** `${partner}:${outTradeNo}`. */
  key: string;
  /** The merchant's partner id. */
  partner: string;
  /** The merchant's order number (`out_trade_no`). */
  outTradeNo: string;
  /** The sandbox's trade number (`trade_no`): 16 digits, the Beijing date (yyyyMMdd) then 8 random digits. */
  tradeNo: string;
  /** The create request's `_input_charset`: notifications and returns use it. */
  charset: Charset;
  /** The create request's sign_type: notifications and returns are signed the same way. */
  signType: SignType;
  /** `subject`, as requested. */
  subject: string;
  /** `body`, when requested. */
  body?: string;
  /** `show_url`, when requested. */
  showUrl?: string;
  /** `notify_url`, when requested: where notifications are delivered (none without it). */
  notifyUrl?: string;
  /** `return_url`, when requested: where the buyer's browser is sent after paying. */
  returnUrl?: string;
  /** 2-decimal yuan. */
  price: string;
  /** `quantity`, as digits. */
  quantity: string;
  /** `discount`, 2-decimal yuan (`0.00` when not requested; negative for a discount). */
  discount: string;
  /** The logistics options offered, fees as 2-decimal yuan. */
  logistics: LogisticsOption[];
  /** Payable total per logistics option, 2-decimal yuan. */
  payable: string[];
  /** `receive_*` parameter → value, as requested. */
  receive: Record<string, string>;
  /** Buyer fields of the create request (the buyer who must pay, if given). */
  requestedBuyer: RequestedBuyer;
  /** The account that receives the money (the sandbox's configured seller). */
  seller: SandboxAccount;
  /** Who paid; null before payment. */
  buyer: SandboxAccount | null;
  /** The buyer's logistics option (0 until chosen at payment). */
  logisticsIndex: number;
  /** What the seller entered when shipping; null before. */
  shipping: ShippingRecord | null;
  /** The trade's `trade_status`. */
  tradeStatus: TradeStatus;
  /** The trade's `refund_status`; null while no refund was ever applied for. */
  refundStatus: RefundStatus | null;
  /** The seller shipped (decides whether REFUND_SUCCESS finishes or closes the trade). */
  shipped: boolean;
  /** `gmt_create`: when the trade was created. */
  gmtCreate: number;
  /** `gmt_payment`: when the buyer paid. */
  gmtPayment?: number;
  /** `gmt_send_goods`: when the seller shipped. */
  gmtSendGoods?: number;
  /** `gmt_logistics_modify`: when the shipping details last changed. */
  gmtLogisticsModify?: number;
  /** `gmt_close`: when the trade finished or closed. */
  gmtClose?: number;
  /** `gmt_refund`: when the refund status last changed. */
  gmtRefund?: number;
  /** When anything about the trade last changed. */
  lastModified: number;
  /**
   * The request's own timeouts (only with the custom-timeout feature): `it_b_pay` closes the unpaid
   * trade, `t_b_rec_post` confirms receipt of a POST shipment. Absent: the sandbox's defaults.
   */
  timeouts?: RequestedTimeouts;
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
  /** `notify_id`: 32 lowercase hex digits; genuine for notify_verify until the merchant answered `success`. */
  notifyId: string;
  /** Creation order across the sandbox. */
  seq: number;
  /** The trade it is about (`${partner}:${outTradeNo}`). */
  tradeKey: string;
  /** The `trade_status` it states. */
  tradeStatus: TradeStatus;
  /** The `refund_status` it states; null without a refund. */
  refundStatus: RefundStatus | null;
  /** The trade's notify_url: where it is POSTed. */
  url: string;
  /** The form body, already encoded in the trade's charset (ASCII). */
  body: string;
  /** When the status change happened (epoch ms, sandbox clock). */
  createdAt: number;
  /** The schedule's origin: delivery n is due at scheduleFrom + offset(n) (+ chaos). */
  scheduleFrom: number;
  /** How many of the 8 scheduled deliveries were made. */
  sent: number;
  /** When the next scheduled delivery is due; null when there will be none. */
  nextDueAt: number | null;
  /** The merchant answered exactly `success`. */
  delivered: boolean;
  /** Every HTTP delivery so far, oldest first. */
  attempts: AttemptRecord[];
}

/**
 * A notify_id the sandbox did not deliver itself: handed to the buyer's browser with the
 * return_url redirect (valid 1 minute), or issued for a notification someone else sends
 * (`POST /sandbox/api/notify-ids`, used by `alipay-escrow trigger`).
 */
export interface ReturnIdRecord {
  /** The notify_id as issued (a return id is base64-like, with `/` and `+` already percent-escaped). */
  notifyId: string;
  /** The trade it belongs to (`${partner}:${outTradeNo}`). */
  tradeKey: string;
  /** When it was issued (epoch ms, sandbox clock). */
  issuedAt: number;
  /** Absent: a return id (the kind part 1 stored). */
  kind?: 'return' | 'triggered';
  /** Until when notify_verify answers `true` (epoch ms). Absent: issuedAt + 1 minute. */
  expiresAt?: number;
  /** For a triggered id: the statuses its notification states. */
  tradeStatus?: string;
  /** For a triggered id: the refund status its notification states (null: none). */
  refundStatus?: string | null;
}

/** Everything a {@link SandboxStore} holds, as `load` returns it. */
export interface SandboxSnapshot {
  /** Every trade. */
  trades: TradeRecord[];
  /** Every notification with its delivery log (pending ones are resumed). */
  notifications: NotificationRecord[];
  /** Every return or triggered notify_id issued. */
  returnIds: ReturnIdRecord[];
}

/**
 * Where a sandbox keeps its state. The sandbox holds everything in memory and writes every
 * change through; `load` is called once at start. Memory by default; `sqliteStore(db)` keeps
 * a sandbox across restarts.
 */
export interface SandboxStore {
  /** Everything stored so far (empty for a new store). */
  load(): Promise<SandboxSnapshot>;
  /** Inserts or replaces the trade with this `key`. */
  putTrade(trade: TradeRecord): Promise<void>;
  /** Inserts or replaces the notification with this `notifyId`. */
  putNotification(notification: NotificationRecord): Promise<void>;
  /** Inserts or replaces the issued id with this `notifyId`. */
  putReturnId(record: ReturnIdRecord): Promise<void>;
  /** Optional: small named values kept with the state (the CLI keeps the credentials it generated). */
  getSetting?(name: string): Promise<string | undefined>;
  /** Optional: stores a named value (see `getSetting`). */
  putSetting?(name: string, value: string): Promise<void>;
}
