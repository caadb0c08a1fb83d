import type { LogUpdate } from '../../store/types.js';

// The sizes a log entry of a message not proven genuine may reach, so that junk requests cost the
// store a few KiB each (see LOG_RAW_PREFIX_BYTES for the body, redact-headers.ts for headers).

/** What a rejected message says about itself (out_trade_no, notify_id, statuses): Alipay's are far shorter. */
export const MAX_FIELD_BYTES = 96;
/** The detail of a rejected message (an error message, which may quote the message). */
export const MAX_DETAIL_BYTES = 384;
/** The client address (it can come from a proxy header). */
export const MAX_ADDRESS_BYTES = 64;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `text` cut to at most `maxBytes` UTF-8 bytes (on a character boundary), with `…` when cut. */
export function cutUtf8(text: string, maxBytes: number): string {
  // A UTF-16 code unit never takes more than 3 UTF-8 bytes: a short text fits without encoding it.
  if (text.length * 3 <= maxBytes) return text;
  const bytes = encoder.encode(text);
  if (bytes.length <= maxBytes) return text;
  // The decoder drops a character split at the end (fatal: false gives U+FFFD, removed here).
  const kept = decoder.decode(bytes.subarray(0, maxBytes - 3)).replace(/\uFFFD$/, '');
  return `${kept}…`;
}

const cutOrNull = (value: string | null | undefined, maxBytes: number): string | null | undefined =>
  typeof value === 'string' ? cutUtf8(value, maxBytes) : value;

/** The update of a rejected message with every field it took from the message cut to size. */
export function boundedUpdate(update: LogUpdate): LogUpdate {
  const out: LogUpdate = { ...update };
  for (const field of ['outTradeNo', 'notifyId', 'tradeStatus', 'refundStatus'] as const) {
    if (field in update) out[field] = cutOrNull(update[field], MAX_FIELD_BYTES) as string | null;
  }
  if ('detail' in update) out.detail = cutOrNull(update.detail, MAX_DETAIL_BYTES) as string | null;
  return out;
}
