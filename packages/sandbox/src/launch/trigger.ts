/**
 * `alipay-escrow trigger`: one notification, signed by a running sandbox (`POST
 * /sandbox/api/notify-ids`, so its notify_verify confirms the id), delivered straight to a
 * merchant's notify_url the way Alipay delivers — `count` times over for a load or duplicate test.
 */
import { AlipayEscrowError, type ErrorCode } from '@alipay-escrow/core';
import { isErrorCode } from '@alipay-escrow/core/errors';
import type { Charset } from '@alipay-escrow/core/charset';
import { postNotification, type PostOutcome } from '../delivery/post.js';
import { escapeControls } from '../terminal-text.js';

/** Options of {@link triggerNotification} (the flags of `alipay-escrow trigger`). */
export interface TriggerOptions {
  /** The running sandbox, e.g. `http://127.0.0.1:7001`. */
  sandboxUrl: string;
  /** The merchant's notify_url. */
  to: string;
  /** The `trade_status` the notification states: an upper-case status name, sent as given (unknown ones too). */
  tradeStatus: string;
  /** The `refund_status` it states; left out when not given. */
  refundStatus?: string;
  /** The order it is about (`out_trade_no`). When the sandbox has this trade, its data fills the other fields. */
  outTradeNo: string;
  /** Yuan, e.g. "0.01": must be the order's payable total for the merchant to accept it. */
  totalFee: string;
  /** `trade_no`. Default: the sandbox trade's, else a new 16-digit one. */
  tradeNo?: string;
  /** `subject`. Default: the sandbox trade's, else `测试商品`. */
  subject?: string;
  /** Charset of the body and the signature. Default: the sandbox trade's, else `utf-8`. */
  charset?: Charset;
  /** Deliveries of the same notification (same notify_id and body). Default 1. */
  count?: number;
  /** Per delivery. Default 15000. */
  timeoutMs?: number;
  /** Used to ask the sandbox and to deliver. Default: the global fetch. */
  fetch?: typeof fetch;
  /** After each delivery. */
  onProgress?: (progress: { sent: number; total: number; acknowledged: number }) => void;
}

/** One delivery of a triggered notification. */
export interface TriggerDelivery {
  /** The HTTP status of the merchant's answer; null when none came. */
  httpStatus: number | null;
  /** The first 200 characters of the answer. */
  reply: string | null;
  /** Why no answer came: `no answer within N ms` or `network error: …`. */
  error?: string;
  /** HTTP 200 with the body exactly `success`. */
  acknowledged: boolean;
}

/** What {@link triggerNotification} resolves to. */
export interface TriggerResult {
  /** The notification's `notify_id`; the sandbox's notify_verify confirms it for 24 h 22 min. */
  notifyId: string;
  /** The `out_trade_no` sent. */
  outTradeNo: string;
  /** The `trade_no` sent. */
  tradeNo: string;
  /** The charset the body was encoded and signed in. */
  charset: string;
  /** The notification's parameters as sent. */
  params: [string, string][];
  /** Deliveries made (= `count`). */
  sent: number;
  /** Deliveries answered HTTP 200 with exactly `success`. */
  acknowledged: number;
  /** The first delivery's outcome. */
  first: TriggerDelivery;
  /** The last delivery's outcome. */
  last: TriggerDelivery;
  /** How often each answer came: `200 "success"`, `500 "…"`, `no answer: …`. */
  replies: Record<string, number>;
}

interface Issued {
  notifyId: string;
  outTradeNo: string;
  tradeNo: string;
  charset: string;
  params: [string, string][];
  body: string;
}

function checkUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new AlipayEscrowError('CONFIG_INVALID', `${field} ${JSON.stringify(value)} is not a URL.`, {
      hint: 'Give an absolute http:// or https:// URL.',
      field,
      cause,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AlipayEscrowError('CONFIG_INVALID', `${field} must be http:// or https://, not ${url.protocol}.`, {
      hint: 'Give an absolute http:// or https:// URL.',
      field,
    });
  }
  return url.toString();
}

async function issue(options: TriggerOptions, fetchFn: typeof fetch): Promise<Issued> {
  const base = checkUrl(options.sandboxUrl, 'sandbox').replace(/\/+$/, '');
  const body = {
    tradeStatus: options.tradeStatus,
    outTradeNo: options.outTradeNo,
    totalFee: options.totalFee,
    ...(options.refundStatus === undefined ? {} : { refundStatus: options.refundStatus }),
    ...(options.tradeNo === undefined ? {} : { tradeNo: options.tradeNo }),
    ...(options.subject === undefined ? {} : { subject: options.subject }),
    ...(options.charset === undefined ? {} : { charset: options.charset }),
  };
  let res: Response;
  try {
    res = await fetchFn(`${base}/sandbox/api/notify-ids`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });
  } catch (cause) {
    throw new AlipayEscrowError(
      'GATEWAY_NETWORK_ERROR',
      `Cannot reach the sandbox at ${base}: ${cause instanceof Error ? cause.message : String(cause)}.`,
      {
        hint: 'Start it with `alipay-escrow sandbox` (port 7001), or pass --sandbox with its URL.',
        field: 'sandbox',
        cause,
      },
    );
  }
  const json = (await res.json().catch(() => null)) as
    | (Issued & { error?: { code?: string; message?: string } })
    | null;
  if (res.status !== 201 || json === null || json.error !== undefined) {
    const code = json?.error?.code;
    throw new AlipayEscrowError(
      code !== undefined && isErrorCode(code) ? (code as ErrorCode) : 'GATEWAY_RESPONSE_INVALID',
      `The sandbox refused: ${escapeControls(json?.error?.message ?? `HTTP ${res.status}`)}`,
      {
        hint: `Is ${base} an alipay-escrow sandbox? Check the statuses and the amount.`,
      },
    );
  }
  return json;
}

function tally(outcome: PostOutcome): string {
  return outcome.httpStatus === null
    ? `no answer: ${outcome.error ?? 'unknown'}`
    : `${outcome.httpStatus} ${JSON.stringify(outcome.reply ?? '')}`;
}

function delivery(outcome: PostOutcome): TriggerDelivery {
  return {
    httpStatus: outcome.httpStatus,
    reply: outcome.reply,
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
    acknowledged: outcome.acknowledged,
  };
}

/**
 * Has a running sandbox sign a notification (and register its notify_id), then POSTs it to `to`
 * `count` times, one after another, with Alipay's headers. Answers are counted, not thrown.
 * Throws CONFIG_INVALID for a bad URL or count, GATEWAY_NETWORK_ERROR when the sandbox cannot be
 * reached, and the sandbox's own code (e.g. ILLEGAL_ARGUMENT for a bad status or amount) or
 * GATEWAY_RESPONSE_INVALID when it refuses.
 */
export async function triggerNotification(options: TriggerOptions): Promise<TriggerResult> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const to = checkUrl(options.to, 'to');
  const count = options.count ?? 1;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new AlipayEscrowError('CONFIG_INVALID', `count ${String(count)} must be a whole number, 1 or more.`, {
      hint: 'For example 1000.',
      field: 'count',
    });
  }
  const issued = await issue(options, fetchFn);
  const replies: Record<string, number> = {};
  let acknowledged = 0;
  let first: TriggerDelivery | undefined;
  let last: TriggerDelivery | undefined;
  for (let sent = 1; sent <= count; sent++) {
    const outcome = await postNotification(fetchFn, to, issued.body, options.timeoutMs ?? 15_000);
    const key = tally(outcome);
    replies[key] = (replies[key] ?? 0) + 1;
    if (outcome.acknowledged) acknowledged++;
    last = delivery(outcome);
    first ??= last;
    options.onProgress?.({ sent, total: count, acknowledged });
  }
  return {
    notifyId: issued.notifyId,
    outTradeNo: issued.outTradeNo,
    tradeNo: issued.tradeNo,
    charset: issued.charset,
    params: issued.params,
    sent: count,
    acknowledged,
    first: first!,
    last: last!,
    replies,
  };
}
