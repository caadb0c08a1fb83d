/**
 * `alipay-escrow trigger`: one notification, signed by a running sandbox (`POST
 * /sandbox/api/notify-ids`, so its notify_verify confirms the id), delivered straight to a
 * merchant's notify_url the way Alipay delivers — `count` times over for a load or duplicate test.
 */
import { AlipayEscrowError, isErrorCode, type Charset, type ErrorCode } from '@alipay-escrow/core';
import { postNotification, type PostOutcome } from '../delivery/post.js';

export interface TriggerOptions {
  /** The running sandbox, e.g. `http://127.0.0.1:7001`. */
  sandboxUrl: string;
  /** The merchant's notify_url. */
  to: string;
  tradeStatus: string;
  refundStatus?: string;
  outTradeNo: string;
  /** Yuan, e.g. "0.01": must be the order's payable total for the merchant to accept it. */
  totalFee: string;
  tradeNo?: string;
  subject?: string;
  charset?: Charset;
  /** Deliveries of the same notification (same notify_id and body). Default 1. */
  count?: number;
  /** Per delivery. Default 15000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** After each delivery. */
  onProgress?: (progress: { sent: number; total: number; acknowledged: number }) => void;
}

export interface TriggerDelivery {
  httpStatus: number | null;
  /** The first 200 characters of the answer. */
  reply: string | null;
  error?: string;
  /** HTTP 200 with the body exactly `success`. */
  acknowledged: boolean;
}

export interface TriggerResult {
  notifyId: string;
  outTradeNo: string;
  tradeNo: string;
  charset: string;
  /** The notification's parameters as sent. */
  params: [string, string][];
  sent: number;
  acknowledged: number;
  first: TriggerDelivery;
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
    throw new AlipayEscrowError('CONFIG_INVALID', `${field} ${JSON.stringify(value)} is not a URL.`, { hint: 'Give an absolute http:// or https:// URL.', field, cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AlipayEscrowError('CONFIG_INVALID', `${field} must be http:// or https://, not ${url.protocol}.`, { hint: 'Give an absolute http:// or https:// URL.', field });
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
    res = await fetchFn(`${base}/sandbox/api/notify-ids`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  } catch (cause) {
    throw new AlipayEscrowError('GATEWAY_NETWORK_ERROR', `Cannot reach the sandbox at ${base}: ${cause instanceof Error ? cause.message : String(cause)}.`, {
      hint: 'Start it with `alipay-escrow sandbox` (port 7001), or pass --sandbox with its URL.',
      field: 'sandbox',
      cause,
    });
  }
  const json = (await res.json().catch(() => null)) as (Issued & { error?: { code?: string; message?: string } }) | null;
  if (res.status !== 201 || json === null || json.error !== undefined) {
    const code = json?.error?.code;
    throw new AlipayEscrowError(code !== undefined && isErrorCode(code) ? (code as ErrorCode) : 'GATEWAY_RESPONSE_INVALID', `The sandbox refused: ${json?.error?.message ?? `HTTP ${res.status}`}`, {
      hint: `Is ${base} an alipay-escrow sandbox? Check the statuses and the amount.`,
    });
  }
  return json;
}

function tally(outcome: PostOutcome): string {
  return outcome.httpStatus === null ? `no answer: ${outcome.error ?? 'unknown'}` : `${outcome.httpStatus} ${JSON.stringify(outcome.reply ?? '')}`;
}

function delivery(outcome: PostOutcome): TriggerDelivery {
  return { httpStatus: outcome.httpStatus, reply: outcome.reply, ...(outcome.error === undefined ? {} : { error: outcome.error }), acknowledged: outcome.acknowledged };
}

export async function triggerNotification(options: TriggerOptions): Promise<TriggerResult> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const to = checkUrl(options.to, 'to');
  const count = options.count ?? 1;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new AlipayEscrowError('CONFIG_INVALID', `count ${String(count)} must be a whole number, 1 or more.`, { hint: 'For example 1000.', field: 'count' });
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
