/** The test API's JSON view of a trade (docs/internals/architecture.md#sandbox-test-api). */
import type { Engine } from '../engine/engine.js';
import { totalFee } from '../engine/message-fields.js';
import type { AttemptRecord, NotificationRecord, TradeRecord } from '../store/types.js';
import { isoTime } from '../time-format.js';

/** One delivery attempt, as the test API shows it. */
export interface AttemptJson {
  /** ISO 8601, sandbox clock. */
  at: string;
  /** null when no HTTP answer came. */
  httpStatus: number | null;
  /** The first 200 characters of the merchant's answer; null without one. */
  reply: string | null;
  /** Only when no HTTP answer came: why (chaos drop, network error, timeout). */
  error?: string;
}

/** One notification, as the test API shows it. */
export interface NotificationJson {
  /** The notification's `notify_id`. */
  notifyId: string;
  /** The `trade_status` it states. */
  tradeStatus: string;
  /** The `refund_status` it states; null without a refund. */
  refundStatus: string | null;
  /** The merchant answered exactly `success`. */
  delivered: boolean;
  /** Every delivery so far, oldest first. */
  attempts: AttemptJson[];
}

/** A trade as the test API answers it (`GET /sandbox/api/trades`, `GET /sandbox/api/trades/:id`, and after an action). */
export interface TradeJson {
  /** The merchant's order number (`out_trade_no`). */
  outTradeNo: string;
  /** The sandbox's trade number (`trade_no`). */
  tradeNo: string;
  /** The current `trade_status`. */
  tradeStatus: string;
  /** The current `refund_status`; null while no refund was applied for. */
  refundStatus: string | null;
  /** 2-decimal yuan, with the chosen logistics option. */
  totalFee: string;
  /** The trade's notifications, oldest first. */
  notifications: NotificationJson[];
}

function attemptJson(a: AttemptRecord): AttemptJson {
  return {
    at: isoTime(a.at),
    httpStatus: a.httpStatus,
    reply: a.reply,
    ...(a.error === undefined ? {} : { error: a.error }),
  };
}

function notificationJson(n: NotificationRecord): NotificationJson {
  return {
    notifyId: n.notifyId,
    tradeStatus: n.tradeStatus,
    refundStatus: n.refundStatus,
    delivered: n.delivered,
    attempts: n.attempts.map(attemptJson),
  };
}

export function tradeJson(trade: TradeRecord, engine: Engine): TradeJson {
  return {
    outTradeNo: trade.outTradeNo,
    tradeNo: trade.tradeNo,
    tradeStatus: trade.tradeStatus,
    refundStatus: trade.refundStatus,
    totalFee: totalFee(trade),
    notifications: engine.notificationsOf(trade).map(notificationJson),
  };
}
