/**
 * The trade's state machine as "Alipay" runs it: every action a buyer, seller or the gateway can
 * take, when it is allowed (docs/internals/lifecycle.md#allowed-operations, CR p9-12), and the record that follows. Pure: no I/O.
 * A refused action throws AlipayEscrowError with the gateway's code and HTTP status 409
 * (400 for malformed input).
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import type { GatewayErrorCode } from '@alipay-escrow/core/errors';
import { namesAccount } from '../accounts.js';
import { isOpenRefund, type RefundAction, type RefundStatus, type TradeStatus } from '../statuses.js';
import type { SandboxAccount, ShippingRecord, TradeRecord } from '../store/types.js';

export type TradeAction =
  | { kind: 'pay'; buyer: SandboxAccount; logistics: number }
  | { kind: 'send_goods'; shipping: ShippingRecord }
  | { kind: 'confirm' }
  | { kind: 'refund'; action: RefundAction }
  | { kind: 'close' };

function refuse(code: GatewayErrorCode, message: string, hint: string, status = 409): AlipayEscrowError {
  return new AlipayEscrowError(code, message, { hint, status });
}

function notNow(trade: TradeRecord, what: string, allowed: string): AlipayEscrowError {
  const refund = trade.refundStatus === null ? '' : ` (refund ${trade.refundStatus})`;
  return refuse(
    'TRADE_STATUS_NOT_AVAILD',
    `Cannot ${what}: trade ${trade.outTradeNo} is ${trade.tradeStatus}${refund}.`,
    `Allowed only ${allowed}.`,
  );
}

function pay(trade: TradeRecord, buyer: SandboxAccount, logistics: number, now: number): TradeRecord {
  if (trade.tradeStatus !== 'WAIT_BUYER_PAY') {
    throw refuse(
      'TRADE_NOT_ALLOWED_PAY',
      `Trade ${trade.outTradeNo} is ${trade.tradeStatus}, so it cannot be paid.`,
      'Only a WAIT_BUYER_PAY trade can be paid.',
    );
  }
  if (!Number.isInteger(logistics) || logistics < 0 || logistics >= trade.logistics.length) {
    throw refuse(
      'ILLEGAL_ARGUMENT',
      `Logistics option ${String(logistics)} does not exist; the trade offers ${trade.logistics.length}.`,
      `Choose 0 … ${trade.logistics.length - 1}.`,
      400,
    );
  }
  if (namesAccount(buyer, trade.seller)) {
    throw refuse(
      'BUYER_SELLER_EQUAL',
      `${buyer.email} is the seller account.`,
      'Pay with a buyer account (Alipay escrow access rules, p. 11).',
    );
  }
  const wanted = trade.requestedBuyer;
  if (
    (wanted.id !== undefined || wanted.email !== undefined || wanted.accountName !== undefined) &&
    !namesAccount(wanted, buyer)
  ) {
    throw refuse(
      'TRADE_BUYER_NOT_MATCH',
      `The trade was created for buyer ${wanted.email ?? wanted.id ?? wanted.accountName}, not ${buyer.email}.`,
      'Pay as the buyer the create request named.',
    );
  }
  return { ...trade, buyer, logisticsIndex: logistics, tradeStatus: 'WAIT_SELLER_SEND_GOODS', gmtPayment: now };
}

function sendGoods(trade: TradeRecord, shipping: ShippingRecord, now: number): TradeRecord {
  // Shipping again is allowed but changes nothing (docs/internals/send-goods.md#when-allowed, SR p6).
  if (trade.tradeStatus === 'WAIT_BUYER_CONFIRM_GOODS') return trade;
  if (trade.tradeStatus !== 'WAIT_SELLER_SEND_GOODS')
    throw notNow(trade, 'ship', 'from WAIT_SELLER_SEND_GOODS (Alipay send-goods spec, p. 8)');
  return {
    ...trade,
    shipping,
    shipped: true,
    tradeStatus: 'WAIT_BUYER_CONFIRM_GOODS',
    gmtSendGoods: now,
    gmtLogisticsModify: now,
  };
}

function confirm(trade: TradeRecord, now: number): TradeRecord {
  if (trade.tradeStatus !== 'WAIT_BUYER_CONFIRM_GOODS' || isOpenRefund(trade.refundStatus)) {
    throw notNow(trade, 'confirm receipt', 'in WAIT_BUYER_CONFIRM_GOODS without an open refund');
  }
  return { ...trade, tradeStatus: 'TRADE_FINISHED', gmtClose: now };
}

function close(trade: TradeRecord, now: number): TradeRecord {
  if (trade.tradeStatus !== 'WAIT_BUYER_PAY')
    throw notNow(trade, 'close the trade', 'while it is WAIT_BUYER_PAY (Alipay escrow access rules, p. 11)');
  return { ...trade, tradeStatus: 'TRADE_CLOSED', gmtClose: now };
}

/** REFUND_SUCCESS closes the trade if the seller had not shipped, finishes it if it had (docs/internals/lifecycle.md#after-a-refund, CR p10). */
function refunded(trade: TradeRecord, now: number): TradeRecord {
  const tradeStatus: TradeStatus = trade.shipped ? 'TRADE_FINISHED' : 'TRADE_CLOSED';
  return { ...trade, refundStatus: 'REFUND_SUCCESS', tradeStatus, gmtRefund: now, gmtClose: now };
}

function withRefund(trade: TradeRecord, refundStatus: RefundStatus, now: number): TradeRecord {
  return { ...trade, refundStatus, gmtRefund: now };
}

function refund(trade: TradeRecord, action: RefundAction, now: number): TradeRecord {
  const r = trade.refundStatus;
  switch (action) {
    case 'apply':
      if (
        (trade.tradeStatus !== 'WAIT_SELLER_SEND_GOODS' && trade.tradeStatus !== 'WAIT_BUYER_CONFIRM_GOODS') ||
        (r !== null && r !== 'SELLER_REFUSE_BUYER')
      ) {
        throw notNow(
          trade,
          'apply for a refund',
          'on a paid, unfinished trade with no refund, or after the seller refused (Alipay escrow access rules, p. 10)',
        );
      }
      return withRefund(trade, 'WAIT_SELLER_AGREE', now);
    case 'agree':
      if (r !== 'WAIT_SELLER_AGREE') throw notNow(trade, 'agree to the refund', 'in WAIT_SELLER_AGREE');
      return trade.shipped ? withRefund(trade, 'WAIT_BUYER_RETURN_GOODS', now) : refunded(trade, now);
    case 'refuse':
      if (r !== 'WAIT_SELLER_AGREE') throw notNow(trade, 'refuse the refund', 'in WAIT_SELLER_AGREE');
      return withRefund(trade, 'SELLER_REFUSE_BUYER', now);
    case 'return_goods':
      if (r !== 'WAIT_BUYER_RETURN_GOODS') throw notNow(trade, 'return the goods', 'in WAIT_BUYER_RETURN_GOODS');
      return withRefund(trade, 'WAIT_SELLER_CONFIRM_GOODS', now);
    case 'confirm_returned':
      if (r !== 'WAIT_SELLER_CONFIRM_GOODS')
        throw notNow(trade, 'confirm the returned goods', 'in WAIT_SELLER_CONFIRM_GOODS');
      return refunded(trade, now);
    case 'cancel':
      if (!isOpenRefund(r)) throw notNow(trade, 'cancel the refund', 'while a refund is open');
      return withRefund(trade, 'REFUND_CLOSED', now);
  }
}

/** The trade after `action` (a new object; the input is not changed). Throws when not allowed. */
export function applyAction(trade: TradeRecord, action: TradeAction, now: number): TradeRecord {
  let next: TradeRecord;
  switch (action.kind) {
    case 'pay':
      next = pay(trade, action.buyer, action.logistics, now);
      break;
    case 'send_goods':
      next = sendGoods(trade, action.shipping, now);
      break;
    case 'confirm':
      next = confirm(trade, now);
      break;
    case 'refund':
      next = refund(trade, action.action, now);
      break;
    case 'close':
      next = close(trade, now);
      break;
  }
  return next === trade ? trade : { ...next, lastModified: now };
}

/** Did the trade or refund status change (→ one notification)? */
export function statusChanged(before: TradeRecord, after: TradeRecord): boolean {
  return before.tradeStatus !== after.tradeStatus || before.refundStatus !== after.refundStatus;
}
