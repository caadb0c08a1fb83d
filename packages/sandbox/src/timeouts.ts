/**
 * The gateway's automatic timeouts (docs/internals/lifecycle.md#default-timeouts): an unpaid trade closes `it_b_pay` after the
 * seller's last change (default 7 days; `1c` = the next midnight, Beijing time), and a shipped
 * trade finishes by itself when the buyer does not confirm receipt: 10 days after shipment, 30 for
 * POST (`t_b_rec_post` overrides the POST period). The custom values count only when the account
 * has custom timeouts (features.customTimeouts), as at Alipay.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { isOpenRefund } from './statuses.js';
import type { TradeRecord } from './store/types.js';

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE };
const BEIJING_OFFSET_MS = 8 * 60 * MINUTE;
const DAY = UNIT_MS['d']!;

/**
 * The sandbox's default timeouts, for trades whose request did not set its own.
 */
export interface SandboxTimeouts {
  /**
   * How long an unpaid trade stays open, written like `it_b_pay` (`90m`, `2h`, `7d`, or `1c` for
   * the next midnight in Beijing). Default `7d`.
   */
  unpaid?: string;
  /** Days after shipment until receipt is confirmed automatically. Default 10. */
  confirmDays?: number;
  /** Days after a POST (平邮) shipment until receipt is confirmed automatically. Default 30. */
  confirmPostDays?: number;
}

/** Timeouts with the defaults filled in. */
export interface ResolvedTimeouts {
  unpaid: string;
  confirmDays: number;
  confirmPostDays: number;
}

function invalid(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field, status: 500 });
}

function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && (value === '1c' || /^[1-9][0-9]*[mhd]$/.test(value));
}

function days(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 365) {
    throw invalid(
      field,
      `${field} ${JSON.stringify(value)} must be a whole number of days from 1 to 365.`,
      `Leave it out for ${fallback}.`,
    );
  }
  return value;
}

/** Checks the `timeouts` option (CONFIG_INVALID for a value out of range). */
export function resolveTimeouts(timeouts: SandboxTimeouts | undefined): ResolvedTimeouts {
  const t = timeouts ?? {};
  if (typeof t !== 'object' || t === null)
    throw invalid('timeouts', 'timeouts must be an object.', 'Pass { unpaid: "2h" }, or leave it out.');
  const unpaid = t.unpaid ?? '7d';
  if (!isPeriod(unpaid)) {
    throw invalid(
      'timeouts.unpaid',
      `timeouts.unpaid ${JSON.stringify(unpaid)} is not a period like "90m", "2h", "7d" or "1c".`,
      'Write it as it_b_pay is written; leave it out for 7d.',
    );
  }
  return {
    unpaid,
    confirmDays: days(t.confirmDays, 'timeouts.confirmDays', 10),
    confirmPostDays: days(t.confirmPostDays, 'timeouts.confirmPostDays', 30),
  };
}

/** When a period that started at `from` ends (epoch ms). */
function periodEnd(from: number, period: string): number {
  if (period === '1c') return Math.floor((from + BEIJING_OFFSET_MS) / DAY) * DAY + DAY - BEIJING_OFFSET_MS;
  return from + Number(period.slice(0, -1)) * UNIT_MS[period.slice(-1)]!;
}

/** What the gateway does to the trade by itself, and when (epoch ms); undefined when nothing is due. */
export function timeoutOf(
  trade: TradeRecord,
  defaults: ResolvedTimeouts,
): { action: 'close' | 'confirm'; at: number } | undefined {
  if (trade.tradeStatus === 'WAIT_BUYER_PAY') {
    return { action: 'close', at: periodEnd(trade.lastModified, trade.timeouts?.itBPay ?? defaults.unpaid) };
  }
  if (
    trade.tradeStatus === 'WAIT_BUYER_CONFIRM_GOODS' &&
    !isOpenRefund(trade.refundStatus) &&
    trade.gmtSendGoods !== undefined
  ) {
    const transport = trade.shipping?.transportType ?? trade.logistics[trade.logisticsIndex]?.type;
    const post = transport === 'POST';
    const custom = post ? trade.timeouts?.tBRecPost : undefined;
    const period = custom ?? `${post ? defaults.confirmPostDays : defaults.confirmDays}d`;
    // a refund that was open pauses nothing here but never lets the trade finish before it closed
    return { action: 'confirm', at: Math.max(periodEnd(trade.gmtSendGoods, period), trade.gmtRefund ?? 0) };
  }
  return undefined;
}
