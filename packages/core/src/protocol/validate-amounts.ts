import { AlipayEscrowError } from '../errors/error.js';
import type { ErrorCode } from '../errors/codes.js';
import { formatYuan, MAX_TRADE_CENTS, parseYuan } from './amount.js';

function orderError(code: ErrorCode, field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError(code, message, { hint, field });
}

/** A yuan string with at most 2 decimals (either sign) → fen; anything else is AMOUNT_INVALID naming `param`. */
export function parseAmount(value: unknown, param: string, source: string): bigint {
  const cents = typeof value === 'string' ? parseYuan(value) : undefined;
  if (cents === undefined) {
    throw orderError(
      'AMOUNT_INVALID',
      param,
      `${source} (${param}) is ${JSON.stringify(value)}, not an amount in yuan.`,
      'Pass a string with at most 2 decimals ("0.01", "10", "10.5", "-3.00"); never a float, which cannot hold 0.1 exactly.',
    );
  }
  return cents;
}

/** price: an amount in [0.01, 1000000.00]; outside → ILLEGAL_ARGUMENT (docs/internals/payment-request.md#amounts; CR p6, C p14). */
export function checkPrice(value: unknown): bigint {
  const cents = parseAmount(value, 'price', 'order.price');
  if (cents <= 0n || cents > MAX_TRADE_CENTS) {
    throw orderError(
      'ILLEGAL_ARGUMENT',
      'price',
      `order.price (price) ${JSON.stringify(value)} is outside 0.01 … 1000000.00.`,
      'The unit price must be at least 0.01 yuan (Alipay escrow access rules, p. 6) and at most 1,000,000.00 (Alipay escrow interface spec, p. 14).',
    );
  }
  return cents;
}

/** quantity: a positive integer (number or digit string). */
export function checkQuantity(value: unknown): bigint {
  let quantity: bigint | undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) quantity = BigInt(value);
  else if (typeof value === 'string' && /^[0-9]+$/.test(value)) quantity = BigInt(value);
  if (quantity === undefined || quantity <= 0n) {
    throw orderError(
      'ILLEGAL_ARGUMENT',
      'quantity',
      `order.quantity (quantity) ${JSON.stringify(value)} is not a positive integer.`,
      'Pass a whole number of items, 1 or more (the demos recommend 1 with the order total as price).',
    );
  }
  return quantity;
}

/** Each payable total must be in (0, 1000000.00] (docs/internals/payment-request.md#amounts, C p32). */
export function checkTotals(payable: bigint[], breakdown: (index: number) => string): void {
  payable.forEach((cents, i) => {
    const option = i === 0 ? 'the first logistics option' : `logistics option ${i + 1}`;
    if (cents <= 0n) {
      throw orderError(
        'TOTAL_FEE_LESSEQUAL_ZERO',
        'total_fee',
        `With ${option} the buyer would pay ${formatYuan(cents)} (${breakdown(i)}).`,
        'The total must be above 0 (Alipay escrow interface spec, p. 32): reduce the discount.',
      );
    }
    if (cents > MAX_TRADE_CENTS) {
      throw orderError(
        'TOTAL_FEE_GREATER_THAN_MAX',
        'total_fee',
        `With ${option} the buyer would pay ${formatYuan(cents)} (${breakdown(i)}), above 1000000.00.`,
        'An escrow trade may not exceed 1,000,000 yuan (Alipay escrow interface spec, p. 32): split the order.',
      );
    }
  });
}
