/**
 * Ordering refund moves by the notice's own time.
 *
 * Why: a refund can be refused and applied for again, so WAIT_SELLER_AGREE and
 * SELLER_REFUSE_BUYER alternate, and a notification carries no cycle number. By the refund table
 * alone, a late re-delivery of an earlier WAIT_SELLER_AGREE arriving after SELLER_REFUSE_BUYER
 * reads as a new application (a phantom cycle, with its own onRefund and transition hooks), and a
 * late SELLER_REFUSE_BUYER reads as a refusal of the newer application.
 *
 * Every Alipay notification carries `notify_time` ('yyyy-MM-dd HH:mm:ss', Beijing time, so it
 * sorts as text), and every delivery of one notification has the same body, so the time tells a
 * late notice from a new one. The order keeps the notify_time of the latest notice applied to it
 * (EscrowState.noticeTime); a notice strictly older than that describes an earlier moment, so its
 * refund part is stale: it may neither open a cycle nor move the refund status. Its trade part
 * still follows the trade rules (forward only, which is already safe). Equal times are not
 * "older": two notices in the same second are left to the table. A notice without a usable time
 * (a time not in that format, or a gateway reply that says nothing about refunds) is judged by the
 * table alone.
 *
 * A gateway trade record (reconcile's single_trade_query, sendGoods' reply) has no notify_time,
 * yet it states the refund as it stands when Alipay answered. Left without a time, it would leave
 * noticeTime where it was, and an older notice delivered after it (payment 10:00, reconcile shows
 * SELLER_REFUSE_BUYER, then the retry of the 10:05 WAIT_SELLER_AGREE) would open a phantom cycle.
 * So a record that carries refund_status is timed by its own last-modified time
 * (`gmt_last_modified_time` of single_trade_query, `last_modified_time` of send goods: Alipay's
 * clock, like notify_time), or, when it has none, by the time the merchant sent the query
 * (`beijingNoticeTime`: the merchant's clock, so a clock far ahead of Alipay's could mark a newer
 * notice older; the last-modified time has no such risk). A record without refund_status says
 * nothing about refunds at that time (the send-goods record never carries one), so it gets no time:
 * it must not make a genuine, older refund notice look superseded.
 *
 * A notice that restates the whole current state (trade and refund status) at a later time also
 * moves noticeTime up, though it applies nothing: WAIT_SELLER_AGREE (10:00:01), SELLER_REFUSE_BUYER
 * (10:00:02), WAIT_SELLER_AGREE (10:00:03) delivered 1, 3, 2 would otherwise let the refusal in
 * after the re-application and leave the order refused while the buyer's application is open.
 * With it, the order ends on the latest notice's statuses in any delivery order. What cannot be
 * given back is a cycle whose own notices arrive only after a later notice was taken in (they are
 * stale; in the example the refusal and the re-application go uncounted, refundCycle stays 1):
 * refundCycle may count fewer applications than the buyer made, never more.
 */

const NOTIFY_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/** The notice's time when it is a notify_time ('yyyy-MM-dd HH:mm:ss'); undefined otherwise. */
export function usableNoticeTime(time: string | undefined): string | undefined {
  return time !== undefined && NOTIFY_TIME.test(time) ? time : undefined;
}

/** Whether a notice at `time` is strictly older than the latest applied one (both must be known). */
export function isOlderNotice(time: string | undefined, latest: string | null): boolean {
  return time !== undefined && latest !== null && time < latest;
}

/** The order's noticeTime after applying a notice at `time`: the later of the two. */
export function laterNoticeTime(latest: string | null, time: string | undefined): string | null {
  if (time === undefined) return latest;
  return latest === null || time > latest ? time : latest;
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000; // UTC+8, no daylight saving
const pad = (n: number): string => String(n).padStart(2, '0');

/** `date` written the way notify_time is: 'yyyy-MM-dd HH:mm:ss', Beijing time. */
export function beijingNoticeTime(date: Date): string {
  const d = new Date(date.getTime() + BEIJING_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}
