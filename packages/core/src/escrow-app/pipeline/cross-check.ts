import { parseYuan } from '../../protocol/amount.js';
import type { OrderRecord } from '../../store/types.js';
import type { AnomalyCode } from '../types.js';

export interface CrossCheckFailure {
  code: Exclude<AnomalyCode, 'UNKNOWN_ORDER'>;
  field: string;
  expected: string;
  received: string;
  message: string;
}

/**
 * Checks a genuine message against the order it names: the amount must be one of the order's
 * payable totals (in cents), the seller must be the configured one (when both sides have it), a
 * partner field, if present, must be ours. The first disagreement is returned.
 */
export function crossCheck(order: OrderRecord, params: Record<string, string>): CrossCheckFailure | null {
  return checkAmount(order, params) ?? checkSeller(order, params) ?? checkPartner(order, params);
}

function checkAmount(order: OrderRecord, params: Record<string, string>): CrossCheckFailure | null {
  const received = params['total_fee'] ?? '';
  const text = received.trim();
  // The usual case: the text of one of the payable totals, so one parse tells it is an amount.
  if (order.payable.includes(text) && parseYuan(text) !== undefined) return null;
  const cents = parseYuan(text);
  const expected = order.payable.join(' or ');
  if (cents !== undefined && order.payable.some((p) => parseYuan(p) === cents)) return null;
  return {
    code: 'AMOUNT_MISMATCH',
    field: 'total_fee',
    expected,
    received,
    message:
      received === ''
        ? `The message carries no total_fee; order ${order.outTradeNo} expects ${expected}.`
        : `total_fee ${received} is not the payable total of order ${order.outTradeNo} (${expected}).`,
  };
}

function checkSeller(order: OrderRecord, params: Record<string, string>): CrossCheckFailure | null {
  const id = params['seller_id'];
  if (order.sellerId && id && id !== order.sellerId) {
    return {
      code: 'SELLER_MISMATCH',
      field: 'seller_id',
      expected: order.sellerId,
      received: id,
      message: `seller_id ${id} is not the configured seller ${order.sellerId}.`,
    };
  }
  const email = params['seller_email'];
  if (order.sellerEmail && email && email.trim().toLowerCase() !== order.sellerEmail.trim().toLowerCase()) {
    return {
      code: 'SELLER_MISMATCH',
      field: 'seller_email',
      expected: order.sellerEmail,
      received: email,
      message: `seller_email ${email} is not the configured seller ${order.sellerEmail}.`,
    };
  }
  return null;
}

function checkPartner(order: OrderRecord, params: Record<string, string>): CrossCheckFailure | null {
  for (const field of ['partner', 'partnerId', 'partner_id']) {
    const value = params[field];
    if (value && value !== order.partner) {
      return {
        code: 'PARTNER_MISMATCH',
        field,
        expected: order.partner,
        received: value,
        message: `${field} ${value} is not this merchant's partner ${order.partner}.`,
      };
    }
  }
  return null;
}
