/** The test API's JSON view of a trade (DESIGN.md "Sandbox test API"). */
import type { Engine } from '../engine/engine.js';
import { totalFee } from '../engine/message-fields.js';
import type { AttemptRecord, NotificationRecord, TradeRecord } from '../store/types.js';
import { isoTime } from '../time-format.js';

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

export interface NotificationJson {
  notifyId: string;
  tradeStatus: string;
  refundStatus: string | null;
  /** The merchant answered exactly `success`. */
  delivered: boolean;
  attempts: AttemptJson[];
}

export interface TradeJson {
  outTradeNo: string;
  tradeNo: string;
  tradeStatus: string;
  refundStatus: string | null;
  /** 2-decimal yuan, with the chosen logistics option. */
  totalFee: string;
  notifications: NotificationJson[];
}

function attemptJson(a: AttemptRecord): AttemptJson {
  return { at: isoTime(a.at), httpStatus: a.httpStatus, reply: a.reply, ...(a.error === undefined ? {} : { error: a.error }) };
}

function notificationJson(n: NotificationRecord): NotificationJson {
  return { notifyId: n.notifyId, tradeStatus: n.tradeStatus, refundStatus: n.refundStatus, delivered: n.delivered, attempts: n.attempts.map(attemptJson) };
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
