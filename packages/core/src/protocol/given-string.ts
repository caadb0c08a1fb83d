import { AlipayEscrowError } from '../errors/error.js';
import { statusFor } from './field-text.js';

/** An Alipay user id: 2088 followed by 12 digits (partner, seller_id, buyer_id). */
export const ALIPAY_USER_ID = /^2088[0-9]{12}$/;

/**
 * An optional text input: undefined and '' both mean "not given" (and are never sent as `x=`);
 * anything but a string is a mistake worth naming rather than converting.
 */
export function givenString(value: unknown, field: string, source: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `${source} (${field}) must be a string, got ${typeof value}.`, {
      hint: `Pass ${source} as a string (numbers and other values are not converted, so nothing is guessed).`,
      field,
      status: statusFor(source),
    });
  }
  return value;
}
