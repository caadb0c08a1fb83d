/**
 * What the sandbox tells an observer (the CLI's live log, a test): every trade change, every
 * delivery attempt of a notification, every notify_id issued for a notification sent by someone
 * else (`alipay-escrow trigger`). Times are epoch milliseconds on the sandbox clock.
 */
import type { RefundStatus, TradeStatus } from './statuses.js';

/** What changed a trade: `create` (the gateway), `pay`, `send_goods`, `confirm`, `close`, `refund:<step>`. */
export type TradeEventAction = 'create' | 'pay' | 'send_goods' | 'confirm' | 'close' | `refund:${string}`;

export interface TradeEvent {
  type: 'trade';
  at: number;
  action: TradeEventAction;
  outTradeNo: string;
  tradeNo: string;
  tradeStatus: TradeStatus;
  refundStatus: RefundStatus | null;
}

export interface DeliveryEvent {
  type: 'delivery';
  at: number;
  outTradeNo: string;
  notifyId: string;
  url: string;
  tradeStatus: TradeStatus;
  refundStatus: RefundStatus | null;
  /** Which of the 8 scheduled deliveries (1-based). */
  number: number;
  /** null when no HTTP answer came. */
  httpStatus: number | null;
  reply: string | null;
  error?: string;
  /** A chaos duplicate sent alongside the scheduled delivery. */
  duplicate?: true;
  /** The merchant has now answered `success` to this notification. */
  delivered: boolean;
  /** When the next delivery is due; null when there will be none. */
  nextDueAt: number | null;
}

export interface NotifyIdEvent {
  type: 'notify-id';
  at: number;
  notifyId: string;
  outTradeNo: string;
  tradeStatus: string;
  refundStatus: string | null;
  expiresAt: number;
}

export type SandboxEvent = TradeEvent | DeliveryEvent | NotifyIdEvent;

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
