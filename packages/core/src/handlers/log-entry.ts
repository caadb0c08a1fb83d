import type { LogChannel, LogUpdate, NotificationLogEntry } from '../store/types.js';

export interface NewLogEntry {
  channel: LogChannel;
  method: string;
  raw: Uint8Array;
  headers: Record<string, string>;
  remoteAddress: string | null;
  receivedAt: Date;
  replayOf?: string;
}

/** A log entry with verdict `received`: written before anything else happens to the request. */
export function newLogEntry(input: NewLogEntry): NotificationLogEntry {
  return {
    id: crypto.randomUUID(),
    channel: input.channel,
    receivedAt: input.receivedAt.toISOString(),
    method: input.method,
    raw: input.raw,
    headers: input.headers,
    remoteAddress: input.remoteAddress,
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
