import { sha256HexOf } from '../../crypto/sha256-support.js';
import { LOG_RAW_PREFIX_BYTES } from '../../store/log-limits.js';
import { applyLogUpdate } from '../../store/log-update.js';
import type { LogAuthenticity, LogChannel, LogUpdate, NotificationLogEntry } from '../../store/types.js';
import { boundedUpdate, cutUtf8, MAX_ADDRESS_BYTES } from './log-bounds.js';
import { isoText } from '../iso-text.js';

export interface NewLogEntry {
  channel: LogChannel;
  method: string;
  /** Every byte received (the entry keeps all of them, or a prefix: see `authenticity`). */
  raw: Uint8Array;
  /** How far the message was proven genuine: `none` keeps only LOG_RAW_PREFIX_BYTES of `raw`. */
  authenticity: LogAuthenticity;
  headers: Record<string, string>;
  remoteAddress: string | null;
  receivedAt: Date;
  replayOf?: string;
  /** Size and digest of the message when `raw` is not all of it (a replay copies its entry's). */
  digest?: { rawSize: number; rawSha256: string };
}

/**
 * A log entry with verdict `received`, its size and SHA-256 from every byte, and the bytes
 * themselves only when the message was proven genuine (authenticity `signature` or `verified`);
 * otherwise just the first LOG_RAW_PREFIX_BYTES.
 */
export async function newLogEntry(input: NewLogEntry): Promise<NotificationLogEntry> {
  const digest = input.digest ?? { rawSize: input.raw.length, rawSha256: await sha256HexOf(input.raw) };
  return {
    id: crypto.randomUUID(),
    channel: input.channel,
    receivedAt: isoText(input.receivedAt),
    method: input.method,
    raw: input.authenticity === 'none' ? input.raw.subarray(0, LOG_RAW_PREFIX_BYTES) : input.raw,
    rawSize: digest.rawSize,
    rawSha256: digest.rawSha256,
    authenticity: input.authenticity,
    headers: input.headers,
    remoteAddress: input.remoteAddress === null ? null : cutUtf8(input.remoteAddress, MAX_ADDRESS_BYTES),
    verdict: 'received',
    code: null,
    detail: null,
    outTradeNo: null,
    notifyId: null,
    tradeStatus: null,
    refundStatus: null,
    reply: null,
    replayOf: input.replayOf ?? null,
  };
}

/**
 * The one entry a message that was refused gets, already settled: `update` (its verdict, code,
 * reply and what it says about itself) with every field taken from the message cut to size.
 */
export async function refusedLogEntry(input: NewLogEntry, update: LogUpdate): Promise<NotificationLogEntry> {
  const entry = await newLogEntry(input);
  applyLogUpdate(entry, boundedUpdate(update));
  return entry;
}

/**
 * The entry of a message proven genuine, as the first step of applying it appends it: verdict
 * `received`, the whole body, and what the message says about itself (out_trade_no, notify_id,
 * statuses) already filled in, so the entry is found by order even if its outcome never gets written.
 */
export async function genuineLogEntry(
  input: NewLogEntry,
  params: Record<string, string>,
): Promise<NotificationLogEntry> {
  const entry = await newLogEntry(input);
  applyLogUpdate(entry, messageFields(params));
  return entry;
}

/** What the message says about itself, for the log (best effort: also for rejected messages). */
export function messageFields(params: Record<string, string> | undefined): LogUpdate {
  if (!params) return {};
  const pick = (name: string): string | null => (params[name] ? params[name]! : null);
  return {
    outTradeNo: pick('out_trade_no'),
    notifyId: pick('notify_id'),
    tradeStatus: pick('trade_status'),
    refundStatus: pick('refund_status'),
  };
}
