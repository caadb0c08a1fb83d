/**
 * The inspection API's view of a trade (`GET /sandbox/api/trades/:id/notifications`): every
 * notification with its decoded parameters, every delivery attempt with the merchant's reply and
 * why it did or did not count, and the notify_ids issued for returns and triggers.
 */
import { decodeBytes, parseFormBody, type Charset } from '@alipay-escrow/core';
import type { Engine } from '../engine/engine.js';
import { idExpiry } from '../engine/engine.js';
import type { AttemptRecord, NotificationRecord, ReturnIdRecord, TradeRecord } from '../store/types.js';
import { isoTime } from '../time-format.js';
import { diagnoseAttempt, type AttemptReason } from './diagnosis.js';

export interface InspectedAttempt {
  at: string;
  /** Which of the 8 scheduled deliveries (1-based). */
  number: number;
  httpStatus: number | null;
  reply: string | null;
  error?: string;
  duplicate?: true;
  /** This attempt acknowledged the notification (HTTP 200, body exactly `success`). */
  ok: boolean;
  reason: AttemptReason;
  explanation: string;
}

export interface InspectedNotification {
  notifyId: string;
  seq: number;
  tradeStatus: string;
  refundStatus: string | null;
  url: string;
  createdAt: string;
  delivered: boolean;
  /** Scheduled deliveries made so far (of 8). */
  sent: number;
  nextDueAt: string | null;
  /** The parameters as sent, decoded with the trade's charset. */
  params: Record<string, string>;
  attempts: InspectedAttempt[];
}

export interface InspectedId {
  notifyId: string;
  kind: 'return' | 'triggered';
  issuedAt: string;
  expiresAt: string;
  /** notify_verify would answer `true` now. */
  valid: boolean;
}

export interface InspectedTrade {
  outTradeNo: string;
  tradeNo: string;
  tradeStatus: string;
  refundStatus: string | null;
  notifications: InspectedNotification[];
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
  return { notifyId: r.notifyId, kind: r.kind ?? 'return', issuedAt: isoTime(r.issuedAt), expiresAt: isoTime(expires), valid: now < expires };
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
