import { AlipayEscrowError } from '../errors/error.js';
import type { EscrowTimeouts } from './order-types.js';
import { givenString } from './given-string.js';

/** it_b_pay's upper bound, 15 days, per unit (docs/internals/payment-request.md#timeouts, C p17). */
const IT_B_PAY_MAX: Record<string, number> = { m: 15 * 24 * 60, h: 15 * 24, d: 15 };

const NEEDS_FEATURE =
  'These parameters work only when Alipay has enabled custom timeouts on your account; otherwise the gateway answers SELF_TIMEOUT_NOT_SUPPORT (Alipay escrow access rules, p. 7) — leave them out.';

function invalid(param: string, source: string, value: string, expected: string): AlipayEscrowError {
  return new AlipayEscrowError(
    'ILLEGAL_ARGUMENT',
    `${source} (${param}) ${JSON.stringify(value)} is not ${expected}.`,
    {
      hint: NEEDS_FEATURE,
      field: param,
    },
  );
}

function checkItBPay(value: string, source: string): void {
  if (value === '1c') return;
  const m = /^([1-9][0-9]*)([mhd])$/.exec(value);
  if (!m || Number(m[1]) > IT_B_PAY_MAX[m[2]!]!) {
    throw invalid(
      'it_b_pay',
      source,
      value,
      'a timeout from 1m to 15d (a whole number of m, h or d, e.g. "90m", "2h", "7d") or "1c"',
    );
  }
}

function checkDays(param: string, value: string, source: string): void {
  if (!/^[1-9][0-9]*d$/.test(value)) throw invalid(param, source, value, 'a whole number of days such as "7d"');
}

/**
 * The custom-timeout parameters, checked, as [param, value, source] (empty ones left out).
 * Sending any of them requires the custom-timeout feature (SELF_TIMEOUT_NOT_SUPPORT otherwise).
 */
export function checkTimeouts(timeouts: EscrowTimeouts | undefined): [string, string, string][] {
  const t = timeouts ?? {};
  const out: [string, string, string][] = [];
  const itBPay = givenString(t.itBPay, 'it_b_pay', 'order.timeouts.itBPay');
  if (itBPay !== undefined) {
    checkItBPay(itBPay, 'order.timeouts.itBPay');
    out.push(['it_b_pay', itBPay, 'order.timeouts.itBPay']);
  }
  const days: [string, unknown, string][] = [
    ['t_s_send_1', t.tSSend1, 'order.timeouts.tSSend1'],
    ['t_s_send_2', t.tSSend2, 'order.timeouts.tSSend2'],
    ['t_b_rec_post', t.tBRecPost, 'order.timeouts.tBRecPost'],
  ];
  for (const [param, raw, source] of days) {
    const value = givenString(raw, param, source);
    if (value === undefined) continue;
    checkDays(param, value, source);
    out.push([param, value, source]);
  }
  return out;
}
