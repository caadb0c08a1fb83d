// A notification log entry for store tests that only need its shape: a received, unverified
// notify with an empty body. Tests override what they assert on.
import type { NotificationLogEntry } from '../../src/store/types.js';

export function sampleLogEntry(id: string, overrides: Partial<NotificationLogEntry> = {}): NotificationLogEntry {
  return {
    id,
    channel: 'notify',
    receivedAt: '2026-03-01T08:00:00.000Z',
    method: 'POST',
    raw: new Uint8Array(0),
    rawSize: 0,
    rawSha256: '',
    authenticity: 'none',
    headers: {},
    remoteAddress: null,
    verdict: 'received',
    code: null,
    detail: null,
    outTradeNo: null,
    notifyId: null,
    tradeStatus: null,
    refundStatus: null,
    reply: null,
    replayOf: null,
    ...overrides,
  };
}
