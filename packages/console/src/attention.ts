import type { LogVerdict, NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import type { AttentionItem, ConsoleEscrow } from './options.js';

/** How many of the newest log entries (and of the newest anomalies and errors, and of the newest rejections) the log-based attention list looks through. */
export const ATTENTION_SCAN = 200;

/** A log entry's short description for the attention page. */
const reasonOf = (entry: NotificationLogEntry): string => entry.detail ?? entry.code ?? entry.verdict;

/** How many of an order's newest entries are searched for the one to replay. */
const ORDER_SCAN = 20;

const PROBLEMS: LogVerdict[] = ['anomaly', 'error', 'rejected'];

/**
 * Whether an entry can speak for its order: anything our side proved genuine, and our own errors.
 * An unproven request (a forgery naming the order) can neither list an order nor hide one.
 */
const speaks = (e: NotificationLogEntry): boolean => e.authenticity !== 'none' || e.verdict === 'error';

/** An entry that says something may be wrong with its order. */
const troubled = (e: NotificationLogEntry): boolean =>
  speaks(e) && (PROBLEMS.includes(e.verdict) || e.code !== null || e.reply === 'fail');

/**
 * The default source of the attention page, from the notification log. It lists every order
 * that, among the newest {@link ATTENTION_SCAN} entries, anomalies and errors, and rejections, has
 * - an effect still owed (a hook that threw: HOOK_FAILED), or
 * - a latest entry that is an anomaly (e.g. UNKNOWN_ORDER: a genuine payment for an order the
 *   store lacks), an error, or the rejection of a message whose signature matched (a notify_id
 *   reused, one notify_verify did not confirm).
 *
 * Requests proven nothing (forgeries, junk) are left out: they cannot list an order, nor hide
 * one by arriving after its problem.
 *
 * An order whose latest message was applied since, with every effect done, is no longer listed.
 */
export async function attentionFromLog(escrow: ConsoleEscrow): Promise<AttentionItem[]> {
  // anomalies and errors scanned apart from rejections, so a flood of forgeries (rejected) cannot
  // push them out of the window
  const scans = await Promise.all([
    escrow.listLog({ verdicts: ['anomaly', 'error'], limit: ATTENTION_SCAN }),
    escrow.listLog({ verdicts: ['rejected'], limit: ATTENTION_SCAN }),
    escrow.listLog({ limit: ATTENTION_SCAN }),
  ]);
  const candidates = scans
    .flat()
    .filter(troubled)
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : 0));
  const seen = new Set<string>();
  const items: AttentionItem[] = [];
  for (const { outTradeNo } of candidates) {
    if (outTradeNo === null || seen.has(outTradeNo)) continue;
    seen.add(outTradeNo);
    const recentOfOrder = await escrow.listLog({ outTradeNo, limit: ORDER_SCAN });
    const latest = recentOfOrder.find(speaks);
    if (latest === undefined) continue; // pruned meanwhile, or buried under newer forgeries
    const order = (await escrow.getOrder(outTradeNo)) ?? null;
    const owed = order === null ? [] : (await escrow.listEffects(outTradeNo)).filter((e) => e.status !== 'done');
    const first = owed[0];
    if (first !== undefined) {
      // the entry to replay: the latest whose hook threw, else the latest genuine one (not a
      // forgery naming the order, which came later)
      const failed = recentOfOrder.find((e) => e.code === 'HOOK_FAILED');
      const genuine = failed ?? recentOfOrder.find((e) => e.authenticity === 'verified');
      items.push({
        outTradeNo,
        code: 'HOOK_FAILED',
        reason: failed
          ? reasonOf(failed)
          : `${owed.length} effect(s) not done, first ${first.key}${first.lastError === null ? '' : `: ${first.lastError}`}`,
        since: failed ? failed.receivedAt : first.createdAt,
        logId: genuine?.id ?? null,
        order,
      });
    } else if (PROBLEMS.includes(latest.verdict)) {
      items.push({
        outTradeNo,
        code: latest.code,
        reason: reasonOf(latest),
        since: latest.receivedAt,
        logId: latest.id,
        order,
      });
    }
  }
  return items;
}
