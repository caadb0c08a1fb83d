import { AlipayEscrowError } from '../errors/error.js';
import { formatYuan, parseYuan } from './amount.js';
import type { LogisticsPayment, LogisticsType } from './order-types.js';

/** Escrow logistics types (docs/internals/payment-request.md#logistics, C p34). `DIRECT` (no shipping) exists only for send-goods. */
export const LOGISTICS_TYPES: readonly LogisticsType[] = ['POST', 'EXPRESS', 'EMS'];
export const LOGISTICS_PAYMENTS: readonly LogisticsPayment[] = ['BUYER_PAY', 'SELLER_PAY', 'BUYER_PAY_AFTER_RECEIVE'];

/** A checked logistics option, fee in fen. */
export interface CheckedLogistics {
  type: LogisticsType;
  feeCents: bigint;
  payment: LogisticsPayment;
}

/** Group n's parameter names: group 0 is `logistics_type`, group 1 `logistics_type_1`, … */
export function logisticsParamNames(index: number): { type: string; fee: string; payment: string } {
  const suffix = index === 0 ? '' : `_${index}`;
  return { type: `logistics_type${suffix}`, fee: `logistics_fee${suffix}`, payment: `logistics_payment${suffix}` };
}

function fail(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_LOGISTICS_FORMAT', message, { hint, field });
}

function checkOne(option: unknown, index: number): CheckedLogistics {
  const names = logisticsParamNames(index);
  const where = `order.logistics[${index}]`;
  if (typeof option !== 'object' || option === null) {
    throw fail(names.type, `${where} is not an object.`, 'Give { type, fee, payment } for every logistics option.');
  }
  const { type, fee, payment } = option as { type?: unknown; fee?: unknown; payment?: unknown };
  if (!LOGISTICS_TYPES.includes(type as LogisticsType)) {
    throw fail(
      names.type,
      `${where}.type (${names.type}) is ${JSON.stringify(type)}.`,
      'Use POST, EXPRESS or EMS (Alipay escrow interface spec, p. 34); DIRECT (no shipping) is not accepted when creating an escrow trade.',
    );
  }
  if (!LOGISTICS_PAYMENTS.includes(payment as LogisticsPayment)) {
    throw fail(
      names.payment,
      `${where}.payment (${names.payment}) is ${JSON.stringify(payment)}.`,
      'Use BUYER_PAY, SELLER_PAY or BUYER_PAY_AFTER_RECEIVE (Alipay escrow interface spec, p. 34).',
    );
  }
  const cents = typeof fee === 'string' ? parseYuan(fee) : undefined;
  if (cents === undefined || cents < 0n) {
    throw fail(
      names.fee,
      `${where}.fee (${names.fee}) is ${JSON.stringify(fee)}.`,
      'Give the shipping fee in yuan as a string with at most 2 decimals, 0 or more ("0", "10", "12.50"); a fee may not be negative (Alipay escrow access rules, p. 6).',
    );
  }
  return { type: type as LogisticsType, feeCents: cents, payment: payment as LogisticsPayment };
}

/**
 * Checks 1–3 complete logistics options with distinct types (docs/internals/payment-request.md#logistics; C p17: later groups may not repeat
 * group 1's type; two later groups with one type would be the same confusion, CR p6).
 */
export function checkLogistics(options: unknown): CheckedLogistics[] {
  if (!Array.isArray(options) || options.length < 1 || options.length > 3) {
    const count = Array.isArray(options) ? `${options.length} options` : JSON.stringify(options);
    throw fail(
      'logistics_type',
      `order.logistics must hold 1 to 3 options, got ${count}.`,
      'Offer at least one shipping option and at most three (Alipay escrow interface spec, p. 17).',
    );
  }
  const checked = options.map(checkOne);
  checked.forEach((option, i) => {
    const first = checked.findIndex((other) => other.type === option.type);
    if (first !== i) {
      throw fail(
        logisticsParamNames(i).type,
        `order.logistics[${i}].type repeats ${option.type} from order.logistics[${first}].`,
        'Each logistics option needs its own type (Alipay escrow interface spec, p. 17): offer POST, EXPRESS and EMS at most once each.',
      );
    }
  });
  return checked;
}

/** The request parameters of the checked options (fees as 2-decimal yuan). */
export function logisticsPairs(options: readonly CheckedLogistics[]): [string, string][] {
  return options.flatMap((option, i) => {
    const names = logisticsParamNames(i);
    return [
      [names.type, option.type],
      [names.fee, formatYuan(option.feeCents)],
      [names.payment, option.payment],
    ] as [string, string][];
  });
}

/**
 * What the buyer pays with this option: price × quantity + discount + fee (docs/internals/payment-request.md#amounts, CR p7), except that a
 * BUYER_PAY_AFTER_RECEIVE fee is shown but not counted (C p34).
 */
export function payableWith(goodsCents: bigint, option: CheckedLogistics): bigint {
  return option.payment === 'BUYER_PAY_AFTER_RECEIVE' ? goodsCents : goodsCents + option.feeCents;
}
