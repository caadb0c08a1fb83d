import { beijingNoticeTime, usableNoticeTime } from '../escrow/notice-time.js';
import type { TradeReply } from '../gateway/types.js';

/**
 * The time a gateway trade record is to be ordered at against notifications ('yyyy-MM-dd
 * HH:mm:ss', Beijing time), or undefined when it states no refund (see escrow/notice-time.ts):
 * its last-modified time (`gmt_last_modified_time` in single_trade_query, `last_modified_time` in
 * send goods), else `askedAt`, when the merchant sent the call.
 */
export function replyNoticeTime(reply: TradeReply, askedAt: Date): string | undefined {
  const trade = reply.trade;
  if (!trade['refund_status']) return undefined;
  return usableNoticeTime(trade['gmt_last_modified_time'] || trade['last_modified_time']) ?? beijingNoticeTime(askedAt);
}
