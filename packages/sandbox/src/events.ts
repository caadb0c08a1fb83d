/**
 * What the sandbox tells an observer (the CLI's live log, a test): every trade change, every
 * delivery attempt of a notification, every notify_id issued for a notification sent by someone
 * else (`alipay-escrow trigger`). Times are epoch milliseconds on the sandbox clock.
 *
 * Texts are as received (an order number, a merchant's reply, a URL) and may hold control
 * characters: print an event with `eventLine` or `terminalJson`, which escape them (see
 * terminal-text.ts), never by interpolating its fields into a terminal line yourself.
 */
import type { RefundStatus, TradeStatus } from './statuses.js';

/** What changed a trade: `create` (the gateway), `pay`, `send_goods`, `confirm`, `close`, `refund:<step>`. */
export type TradeEventAction = 'create' | 'pay' | 'send_goods' | 'confirm' | 'close' | `refund:${string}`;

/** A trade was created or changed (its statuses after the change). */
export interface TradeEvent {
  /** Always `'trade'`. */
  type: 'trade';
  /** When (epoch ms, sandbox clock). */
  at: number;
  /** What changed it. */
  action: TradeEventAction;
  /** The merchant's order number. */
  outTradeNo: string;
  /** The sandbox's trade number. */
  tradeNo: string;
  /** `trade_status` after the change. */
  tradeStatus: TradeStatus;
  /** `refund_status` after the change; null without a refund. */
  refundStatus: RefundStatus | null;
}

/** One HTTP delivery of a notification to the merchant's notify_url was made (or lost). */
export interface DeliveryEvent {
  /** Always `'delivery'`. */
  type: 'delivery';
  /** When the attempt was made (epoch ms, sandbox clock). */
  at: number;
  /** The merchant's order number. */
  outTradeNo: string;
  /** The notification's `notify_id`. */
  notifyId: string;
  /** The notify_url it was POSTed to. */
  url: string;
  /** The `trade_status` the notification states. */
  tradeStatus: TradeStatus;
  /** The `refund_status` it states; null without a refund. */
  refundStatus: RefundStatus | null;
  /** Which of the 8 scheduled deliveries (1-based). */
  number: number;
  /** null when no HTTP answer came. */
  httpStatus: number | null;
  /** The first 200 characters of the merchant's answer; null without an answer. */
  reply: string | null;
  /** Why no (acceptable) answer came: a chaos drop, a network error or a timeout. */
  error?: string;
  /** A chaos duplicate sent alongside the scheduled delivery. */
  duplicate?: true;
  /** The merchant has now answered `success` to this notification. */
  delivered: boolean;
  /** When the next delivery is due; null when there will be none. */
  nextDueAt: number | null;
}

/** A notify_id was issued for a notification someone else sends (`POST /sandbox/api/notify-ids`, `alipay-escrow trigger`). */
export interface NotifyIdEvent {
  /** Always `'notify-id'`. */
  type: 'notify-id';
  /** When it was issued (epoch ms, sandbox clock). */
  at: number;
  /** The id; notify_verify answers `true` for it until `expiresAt`. */
  notifyId: string;
  /** The order it is for. */
  outTradeNo: string;
  /** The `trade_status` its notification states (`''` when not given). */
  tradeStatus: string;
  /** The `refund_status` its notification states; null for none. */
  refundStatus: string | null;
  /** Until when the id is genuine (epoch ms, sandbox clock). */
  expiresAt: number;
}

/** Anything the sandbox reports to `onEvent`: tell them apart by `type`. */
export type SandboxEvent = TradeEvent | DeliveryEvent | NotifyIdEvent;

/** Receives every {@link SandboxEvent}, synchronously; what it throws is ignored. */
export type SandboxEventListener = (event: SandboxEvent) => void;

/** Calls the listener; an observer that throws must not break the sandbox. */
export function emit(listener: SandboxEventListener | undefined, event: SandboxEvent): void {
  if (listener === undefined) return;
  try {
    listener(event);
  } catch {
    // The observer's problem, not the trade's.
  }
}
