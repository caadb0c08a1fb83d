/**
 * The inspection API's view of a trade (`GET /sandbox/api/trades/:id/notifications`): every
 * notification with its decoded parameters, every delivery attempt with the merchant's reply and
 * why it did or did not count, and the notify_ids issued for returns and triggers.
 */
import { parseFormBody } from '@alipay-escrow/core/protocol';
import { decodeBytes, type Charset } from '@alipay-escrow/core/charset';
import type { Engine } from '../engine/engine.js';
import { idExpiry } from '../engine/engine.js';
import type { AttemptRecord, NotificationRecord, ReturnIdRecord, TradeRecord } from '../store/types.js';
import { isoTime } from '../time-format.js';
import { diagnoseAttempt, type AttemptReason } from './diagnosis.js';

/** One delivery attempt, with why it did or did not count. */
export interface InspectedAttempt {
  /** When it was made (ISO 8601, UTC, sandbox clock). */
  at: string;
  /** Which of the 8 scheduled deliveries (1-based). */
  number: number;
  /** The HTTP status of the merchant's answer; null when none came. */
  httpStatus: number | null;
  /** The first 200 characters of the answer; null without one. */
  reply: string | null;
  /** Why no answer came (chaos drop, network error, timeout). */
  error?: string;
  /** A chaos duplicate, sent alongside the scheduled delivery. */
  duplicate?: true;
  /** This attempt acknowledged the notification (HTTP 200, body exactly `success`). */
  ok: boolean;
  /** Why it did or did not count, as a code (see {@link diagnoseAttempt}). */
  reason: AttemptReason;
  /** The same in one English sentence. */
  explanation: string;
}

/** One notification with its decoded parameters and every delivery attempt. */
export interface InspectedNotification {
  /** The notification's `notify_id`. */
  notifyId: string;
  /** Its creation order across the sandbox. */
  seq: number;
  /** The `trade_status` it states. */
  tradeStatus: string;
  /** The `refund_status` it states; null without a refund. */
  refundStatus: string | null;
  /** The notify_url it is delivered to. */
  url: string;
  /** When it was created (ISO 8601, UTC, sandbox clock). */
  createdAt: string;
  /** The merchant answered exactly `success`: no more deliveries. */
  delivered: boolean;
  /** Scheduled deliveries made so far (of 8). */
  sent: number;
  /** When the next scheduled delivery is due (ISO 8601, UTC); null when there will be none. */
  nextDueAt: string | null;
  /** The parameters as sent, decoded with the trade's charset. */
  params: Record<string, string>;
  /** Every delivery so far, oldest first. */
  attempts: InspectedAttempt[];
}

/** A notify_id the sandbox issued without delivering it: for a return visit or a triggered notification. */
export interface InspectedId {
  /** The id as issued. */
  notifyId: string;
  /** `return` (the buyer's return_url redirect) or `triggered` (`POST /sandbox/api/notify-ids`). */
  kind: 'return' | 'triggered';
  /** When it was issued (ISO 8601, UTC). */
  issuedAt: string;
  /** Until when notify_verify answers `true` for it (ISO 8601, UTC). */
  expiresAt: string;
  /** notify_verify would answer `true` now. */
  valid: boolean;
}

/** The inspection API's view of a trade (`GET /sandbox/api/trades/:id/notifications`). */
export interface InspectedTrade {
  /** The merchant's order number (`out_trade_no`). */
  outTradeNo: string;
  /** The sandbox's trade number (`trade_no`). */
  tradeNo: string;
  /** The current `trade_status`. */
  tradeStatus: string;
  /** The current `refund_status`; null while no refund was applied for. */
  refundStatus: string | null;
  /** Every notification of the trade, oldest first. */
  notifications: InspectedNotification[];
  /** The return and triggered notify_ids issued for the trade, oldest first. */
  issuedIds: InspectedId[];
}

/** A notification body (form-encoded in `charset`) as name/value pairs; undecodable values stay percent-encoded. */
export function decodedParams(body: string, charset: Charset): [string, string][] {
  return parseFormBody(new TextEncoder().encode(body)).map((p) => {
    try {
      return [p.key, decodeBytes(p.value, charset)];
    } catch {
      return [p.key, Array.from(p.value, (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')];
    }
  });
}

function attemptJson(a: AttemptRecord): InspectedAttempt {
  const d = diagnoseAttempt(a);
  return {
    at: isoTime(a.at),
    number: a.number,
    httpStatus: a.httpStatus,
    reply: a.reply,
    ...(a.error === undefined ? {} : { error: a.error }),
    ...(a.duplicate ? { duplicate: true as const } : {}),
    ok: d.ok,
    reason: d.reason,
    explanation: d.en,
  };
}

function notificationJson(n: NotificationRecord, charset: Charset): InspectedNotification {
  return {
    notifyId: n.notifyId,
    seq: n.seq,
    tradeStatus: n.tradeStatus,
    refundStatus: n.refundStatus,
    url: n.url,
    createdAt: isoTime(n.createdAt),
    delivered: n.delivered,
    sent: n.sent,
    nextDueAt: n.nextDueAt === null ? null : isoTime(n.nextDueAt),
    params: Object.fromEntries(decodedParams(n.body, charset)),
    attempts: n.attempts.map(attemptJson),
  };
}

function idJson(r: ReturnIdRecord, now: number): InspectedId {
  const expires = idExpiry(r);
  return {
    notifyId: r.notifyId,
    kind: r.kind ?? 'return',
    issuedAt: isoTime(r.issuedAt),
    expiresAt: isoTime(expires),
    valid: now < expires,
  };
}

export function inspectTrade(trade: TradeRecord, engine: Engine, now: number): InspectedTrade {
  return {
    outTradeNo: trade.outTradeNo,
    tradeNo: trade.tradeNo,
    tradeStatus: trade.tradeStatus,
    refundStatus: trade.refundStatus,
    notifications: engine.notificationsOf(trade).map((n) => notificationJson(n, trade.charset)),
    issuedIds: engine.issuedIdsOf(trade.key).map((r) => idJson(r, now)),
  };
}
