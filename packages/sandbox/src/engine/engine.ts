/**
 * The sandbox's "Alipay": every trade, notification and return id, held in memory and written
 * through to the store. Actions go through the pure state machine (actions.ts); every change of
 * trade or refund status queues one notification to the trade's notify_url.
 */
import { AlipayEscrowError, type SignatureKeys } from '@alipay-escrow/core';
import type { SignType } from '@alipay-escrow/core/protocol';
import { signingKeys, type ResolvedConfig } from '../config.js';
import type { DeliveryQueue } from '../delivery/queue.js';
import { emit, type TradeEventAction } from '../events.js';
import { newNotifyId, newReturnNotifyId, newTradeNo } from '../ids.js';
import type { NotificationRecord, ReturnIdRecord, SandboxSnapshot, TradeRecord } from '../store/types.js';
import { applyAction, statusChanged, type TradeAction } from './actions.js';
import { notificationFields, returnFields, signMessage } from './message-fields.js';

/** A return_url notify_id is valid for one minute after the redirect (docs/internals/return.md#redirect, C p27 item 6). */
export const RETURN_ID_LIFETIME_MS = 60_000;

/** What a create request fixes about a new trade. */
export type TradeDraft = Omit<
  TradeRecord,
  | 'key'
  | 'tradeNo'
  | 'tradeStatus'
  | 'refundStatus'
  | 'shipped'
  | 'buyer'
  | 'logisticsIndex'
  | 'shipping'
  | 'gmtCreate'
  | 'lastModified'
>;

/** Until when an id the sandbox issued without delivering it is genuine. */
export function idExpiry(record: ReturnIdRecord): number {
  return record.expiresAt ?? record.issuedAt + RETURN_ID_LIFETIME_MS;
}

export function tradeKey(partner: string, outTradeNo: string): string {
  return `${partner}:${outTradeNo}`;
}

/** Buyer, seller and amount: what must not change when a create request is repeated (docs/internals/payment-request.md#repeat-request, CR p11). */
function basicData(
  t: Pick<TradeRecord, 'seller' | 'requestedBuyer' | 'price' | 'quantity' | 'discount' | 'logistics'>,
): string {
  const buyer = t.requestedBuyer;
  return JSON.stringify([
    t.seller.id,
    buyer.id ?? null,
    buyer.email ?? null,
    buyer.accountName ?? null,
    t.price,
    t.quantity,
    t.discount,
    t.logistics,
  ]);
}

export class Engine {
  private readonly trades = new Map<string, TradeRecord>();
  private readonly byTradeNo = new Map<string, string>();
  private readonly notifications = new Map<string, NotificationRecord>();
  /** Trade key → its notifications (the pages list them per trade). */
  private readonly notificationsByTrade = new Map<string, NotificationRecord[]>();
  private readonly returnIds = new Map<string, ReturnIdRecord>();
  private seq = 0;
  private readonly tradeListeners: ((trade: TradeRecord) => void)[] = [];

  constructor(
    private readonly config: ResolvedConfig,
    private readonly queue: DeliveryQueue,
  ) {}

  /** Takes over a stored state: pending deliveries are scheduled again at their due times. */
  restore(snapshot: SandboxSnapshot): void {
    for (const trade of snapshot.trades) this.index(trade);
    for (const n of snapshot.notifications) {
      this.keep(n);
      this.seq = Math.max(this.seq, n.seq);
      this.queue.resume(n);
    }
    for (const r of snapshot.returnIds) this.returnIds.set(r.notifyId, r);
  }

  private index(trade: TradeRecord): void {
    this.trades.set(trade.key, trade);
    this.byTradeNo.set(trade.tradeNo, trade.key);
    for (const listener of this.tradeListeners) listener(trade);
  }

  /** Tells `listener` about every trade stored from now on (created, changed or restored). */
  onTrade(listener: (trade: TradeRecord) => void): void {
    this.tradeListeners.push(listener);
    for (const trade of this.trades.values()) listener(trade);
  }

  private now(): number {
    return this.config.clock.now();
  }

  /** Signs with the key of `signType` (ILLEGAL_SECURITY_PROFILE when the sandbox has none). */
  keysFor(signType: SignType): SignatureKeys {
    const keys = signingKeys(this.config, signType);
    if (!keys) {
      throw new AlipayEscrowError('ILLEGAL_SECURITY_PROFILE', `The sandbox has no ${signType} key to sign with.`, {
        hint:
          signType === 'RSA'
            ? 'Start the sandbox with rsa keys, or use sign_type MD5.'
            : 'Start the sandbox with an MD5 key, or use sign_type RSA.',
        status: 500,
      });
    }
    return keys;
  }

  trade(outTradeNo: string): TradeRecord | undefined {
    return this.trades.get(tradeKey(this.config.partner, outTradeNo));
  }

  tradeByTradeNo(tradeNo: string): TradeRecord | undefined {
    const key = this.byTradeNo.get(tradeNo);
    return key === undefined ? undefined : this.trades.get(key);
  }

  /** Deliveries still ahead (waiting or in flight). */
  pending(): number {
    return this.queue.pending();
  }

  tradeByKey(key: string): TradeRecord | undefined {
    return this.trades.get(key);
  }

  /** Every trade, oldest first. */
  allTrades(): TradeRecord[] {
    return [...this.trades.values()].sort((a, b) => a.gmtCreate - b.gmtCreate);
  }

  private keep(n: NotificationRecord): void {
    this.notifications.set(n.notifyId, n);
    const list = this.notificationsByTrade.get(n.tradeKey);
    if (list === undefined) this.notificationsByTrade.set(n.tradeKey, [n]);
    else list.push(n);
  }

  /** A trade's notifications, in the order they were created. */
  notificationsOf(trade: TradeRecord): NotificationRecord[] {
    return [...(this.notificationsByTrade.get(trade.key) ?? [])].sort((a, b) => a.seq - b.seq);
  }

  /**
   * A create request: a new trade in WAIT_BUYER_PAY (with its notification), or — for an
   * out_trade_no already known — the same trade again while it is unpaid and its buyer, seller
   * and amount are unchanged (docs/internals/payment-request.md#repeat-request, CR p11). Otherwise TRADE_DATA_MATCH_ERROR or TRADE_NOT_ALLOWED_PAY.
   */
  async createTrade(draft: TradeDraft): Promise<{ trade: TradeRecord; created: boolean }> {
    const key = tradeKey(draft.partner, draft.outTradeNo);
    const existing = this.trades.get(key);
    if (existing) {
      if (basicData(existing) !== basicData(draft)) {
        throw new AlipayEscrowError(
          'TRADE_DATA_MATCH_ERROR',
          `out_trade_no ${draft.outTradeNo} already belongs to a trade with another buyer, seller or amount.`,
          {
            hint: 'Give every order its own out_trade_no; a repeated request must carry the same buyer, seller, price, quantity, discount and logistics (Alipay escrow access rules, p. 11).',
            status: 409,
          },
        );
      }
      if (existing.tradeStatus !== 'WAIT_BUYER_PAY') {
        throw new AlipayEscrowError(
          'TRADE_NOT_ALLOWED_PAY',
          `Trade ${draft.outTradeNo} is ${existing.tradeStatus}: it cannot be paid again.`,
          {
            hint: 'Create a new order with a new out_trade_no.',
            status: 409,
          },
        );
      }
      return { trade: existing, created: false };
    }
    const now = this.now();
    let tradeNo = newTradeNo(now);
    while (this.byTradeNo.has(tradeNo)) tradeNo = newTradeNo(now);
    const trade: TradeRecord = {
      ...draft,
      key,
      tradeNo,
      tradeStatus: 'WAIT_BUYER_PAY',
      refundStatus: null,
      shipped: false,
      buyer: null,
      logisticsIndex: 0,
      shipping: null,
      gmtCreate: now,
      lastModified: now,
    };
    this.index(trade);
    await this.config.store.putTrade(trade);
    this.announce(trade, 'create');
    await this.notify(trade);
    return { trade, created: true };
  }

  /** Applies an action to the current state of the trade; notifies when a status changed. */
  async act(trade: TradeRecord, action: TradeAction): Promise<TradeRecord> {
    const current = this.trades.get(trade.key) ?? trade;
    const next = applyAction(current, action, this.now());
    if (next === current) return current;
    this.index(next);
    await this.config.store.putTrade(next);
    this.announce(next, action.kind === 'refund' ? `refund:${action.action}` : action.kind);
    if (statusChanged(current, next)) await this.notify(next);
    return next;
  }

  private announce(trade: TradeRecord, action: TradeEventAction): void {
    emit(this.config.onEvent, {
      type: 'trade',
      at: this.now(),
      action,
      outTradeNo: trade.outTradeNo,
      tradeNo: trade.tradeNo,
      tradeStatus: trade.tradeStatus,
      refundStatus: trade.refundStatus,
    });
  }

  /** Queues the notification of the trade's current status (when it has a notify_url). */
  private async notify(trade: TradeRecord): Promise<void> {
    if (trade.notifyUrl === undefined) return;
    const now = this.now();
    const notifyId = newNotifyId();
    const seq = ++this.seq;
    const message = await signMessage(
      notificationFields(trade, notifyId, now),
      this.keysFor(trade.signType),
      trade.charset,
    );
    const record: NotificationRecord = {
      notifyId,
      seq,
      tradeKey: trade.key,
      tradeStatus: trade.tradeStatus,
      refundStatus: trade.refundStatus,
      url: trade.notifyUrl,
      body: message.encoded,
      createdAt: now,
      scheduleFrom: now,
      sent: 0,
      nextDueAt: null,
      delivered: false,
      attempts: [],
    };
    this.keep(record);
    this.queue.schedule(record);
    await this.config.store.putNotification(record);
  }

  /**
   * The return_url the buyer's browser is sent to after paying (GET, signed, WAIT_SELLER_SEND_GOODS),
   * with a notify_id valid for one minute. Undefined when the trade has no return_url.
   */
  async returnUrl(trade: TradeRecord): Promise<string | undefined> {
    if (trade.returnUrl === undefined) return undefined;
    const now = this.now();
    const record: ReturnIdRecord = {
      notifyId: newReturnNotifyId(),
      tradeKey: trade.key,
      issuedAt: now,
      kind: 'return',
      expiresAt: now + RETURN_ID_LIFETIME_MS,
    };
    this.returnIds.set(record.notifyId, record);
    await this.config.store.putReturnId(record);
    const message = await signMessage(
      returnFields(trade, record.notifyId, now),
      this.keysFor(trade.signType),
      trade.charset,
    );
    return `${trade.returnUrl}?${message.encoded}`;
  }

  /**
   * notify_verify: an asynchronous notification's id is genuine until the merchant answered
   * `success` to it (docs/internals/notifications.md#notify_id, C p28 item 12); a return id for one minute after it was issued.
   */
  isGenuineNotifyId(notifyId: string): boolean {
    const notification = this.notifications.get(notifyId);
    if (notification) return !notification.delivered;
    const issued = this.returnIds.get(notifyId);
    return issued !== undefined && this.now() < idExpiry(issued);
  }

  /** The ids issued without a delivery of the sandbox's own (returns, triggers), oldest first; for one trade key if given. */
  issuedIdsOf(key?: string): ReturnIdRecord[] {
    return [...this.returnIds.values()]
      .filter((r) => key === undefined || r.tradeKey === key)
      .sort((a, b) => a.issuedAt - b.issuedAt);
  }

  /**
   * Registers the notify_id of a notification someone else delivers (`alipay-escrow trigger`):
   * notify_verify answers `true` for it until `expiresAt`.
   */
  async registerNotifyId(record: ReturnIdRecord & { kind: 'triggered'; expiresAt: number }): Promise<void> {
    this.returnIds.set(record.notifyId, record);
    await this.config.store.putReturnId(record);
    emit(this.config.onEvent, {
      type: 'notify-id',
      at: record.issuedAt,
      notifyId: record.notifyId,
      outTradeNo: record.tradeKey.slice(record.tradeKey.indexOf(':') + 1),
      tradeStatus: record.tradeStatus ?? '',
      refundStatus: record.refundStatus ?? null,
      expiresAt: record.expiresAt,
    });
  }
}
