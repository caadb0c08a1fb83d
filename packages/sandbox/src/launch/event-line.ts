/** One line of the sandbox command's live log per event (sandbox time, Beijing). */
import type { SandboxEvent } from '../events.js';
import { escapeControls } from '../terminal-text.js';
import { beijingTime } from '../time-format.js';

function clock(ms: number): string {
  return beijingTime(ms).slice(11);
}

function statuses(trade: string, refund: string | null): string {
  return refund === null ? trade : `${trade}/${refund}`;
}

/**
 * One line of text for an event, as `alipay-escrow sandbox` prints it: the time (HH:mm:ss, Beijing),
 * the order, what happened and the statuses (e.g. `14:45:18  order-1  pay → WAIT_SELLER_SEND_GOODS`).
 * Always one line, safe to print to a terminal: a control character in the order number, the
 * merchant's reply or anywhere else is written as `\x1b` and the like (see {@link escapeControls}),
 * so a value cannot erase the line, forge another one or set the window title.
 */
export function eventLine(event: SandboxEvent): string {
  return escapeControls(rawEventLine(event));
}

function rawEventLine(event: SandboxEvent): string {
  const at = clock(event.at);
  switch (event.type) {
    case 'trade':
      return `${at}  ${event.outTradeNo}  ${event.action} → ${statuses(event.tradeStatus, event.refundStatus)}`;
    case 'delivery': {
      const answer =
        event.httpStatus === null
          ? `no answer (${event.error ?? 'unknown'})`
          : `HTTP ${event.httpStatus} ${JSON.stringify(event.reply ?? '')}`;
      const after = event.delivered
        ? ' ✓ acknowledged'
        : event.nextDueAt !== null
          ? ` · next delivery ${clock(event.nextDueAt)}`
          : event.duplicate
            ? ''
            : ' · no more deliveries';
      return `${at}  ${event.outTradeNo}  notify ${statuses(event.tradeStatus, event.refundStatus)} #${event.number}${event.duplicate ? ' (duplicate)' : ''} → ${answer}${after}`;
    }
    case 'notify-id':
      return `${at}  ${event.outTradeNo}  notify_id ${event.notifyId} issued for ${statuses(event.tradeStatus, event.refundStatus)} (trigger), valid until ${beijingTime(event.expiresAt)}`;
  }
}
