/**
 * Input checks that mirror the gateway's own (S table 9-1 ILLEGAL_ARGUMENT reasons), so a bad
 * call fails here with a precise message instead of a bare ILLEGAL_ARGUMENT from Alipay.
 */
import { AlipayEscrowError } from '../errors/error.js';
import { assertUnambiguous } from '../protocol/unambiguous.js';
import type { TransportType } from './types.js';

/**
 * The four `transport_type` values send_goods_confirm_by_platform accepts: `POST` (平邮), `EXPRESS`
 * (其他快递), `EMS`, `DIRECT` (无需物流).
 */
export const TRANSPORT_TYPES: readonly TransportType[] = ['POST', 'EXPRESS', 'EMS', 'DIRECT'];

/** Where a value came from: `sendGoods` + `tradeNo` → parameter `trade_no`. */
export interface FieldRef {
  call: string;
  option: string;
  param: string;
}

function where(f: FieldRef): string {
  return `${f.call}: ${f.option} (${f.param})`;
}

function illegal(f: FieldRef, problem: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', `${where(f)} ${problem}.`, { hint, field: f.param });
}

/**
 * A required or optional text of `min`–`max` characters (code points), free of `&`
 * (PARAM_AMBIGUOUS: it would make the signed string ambiguous). Returns undefined when absent.
 */
export function checkText(
  value: unknown,
  f: FieldRef,
  min: number,
  max: number,
  required: boolean,
): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') {
    throw illegal(
      f,
      value === undefined ? 'is missing' : `must be a string, got ${typeof value}`,
      `Give ${min}–${max} characters.`,
    );
  }
  const length = [...value].length;
  if (length > max) {
    throw new AlipayEscrowError(
      'FIELD_TOO_LONG',
      `${where(f)} is ${length} characters; the gateway accepts at most ${max}.`,
      {
        hint: `Shorten it to ${max} characters.`,
        field: f.param,
      },
    );
  }
  if (length < min) {
    const hint = required ? `Give ${min}–${max} characters.` : `Give ${min}–${max} characters, or leave it out.`;
    throw illegal(f, `is ${length} characters; the gateway needs at least ${min}`, hint);
  }
  assertUnambiguous(f.param, value, { source: `${f.call}: ${f.option}` });
  return value;
}

export function checkTransportType(value: unknown, f: FieldRef): TransportType | undefined {
  if (value === undefined) return undefined;
  if (TRANSPORT_TYPES.includes(value as TransportType)) return value as TransportType;
  throw illegal(
    f,
    `is ${JSON.stringify(value)}`,
    'Use POST (平邮), EXPRESS (快递), EMS or DIRECT (无需物流), upper case (S table 9-4).',
  );
}

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

export function checkIpv4(value: unknown, f: FieldRef): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && IPV4.test(value)) return value;
  throw illegal(
    f,
    `is not a dotted IPv4 address (got ${JSON.stringify(String(value).slice(0, 40))})`,
    "Give the server's public IPv4 address like 203.0.113.7, or leave it out.",
  );
}

/** Throws ILLEGAL_ARGUMENT when none of the alternatives was given. */
export function requireOneOf(call: string, given: Record<string, string | undefined>, param: string): void {
  if (Object.values(given).some((v) => v !== undefined)) return;
  const names = Object.keys(given).join(' or ');
  throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `${call}: give ${names}.`, {
    hint: `Pass at least one of ${names} to identify the trade.`,
    field: param,
  });
}
