import type { LogChannel, LogVerdict } from '@alipay-escrow/core/escrow-app';
import type { LogListFilter } from '@alipay-escrow/core/store-kit';
import { UsageError } from '../usage-error.js';

const VERDICTS: readonly LogVerdict[] = [
  'received',
  'applied',
  'duplicate',
  'stale',
  'unknown_status',
  'rejected',
  'anomaly',
  'error',
];
const CHANNELS: readonly LogChannel[] = ['notify', 'return', 'reconcile', 'send_goods', 'replay'];
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** The filter flags of `alipay-escrow logs`, as node:util parseArgs gives them. */
export interface LogFilterFlags {
  order?: string | undefined;
  verdict?: string[] | undefined;
  channel?: string[] | undefined;
  since?: string | undefined;
  limit?: string | undefined;
}

export const LOG_FILTER_OPTIONS = {
  order: { type: 'string' },
  verdict: { type: 'string', multiple: true },
  channel: { type: 'string', multiple: true },
  since: { type: 'string' },
  limit: { type: 'string' },
} as const;

export const LOG_FILTER_HELP = `  --order X            only entries of this out_trade_no
  --verdict V          only these verdicts (repeat or comma-separate): ${VERDICTS.join(', ')}
  --channel C          only these channels (repeat or comma-separate): ${CHANNELS.join(', ')}
  --since T            only entries received at or after T: an ISO time (2026-12-07T10:00:00Z)
                       or a duration back from now (30s, 15m, 2h, 7d)
  --limit N            at most the N newest entries (default 50 without --follow)`;

/** Turns the flags into a store filter; `now` anchors a `--since` duration. */
export function logFilterFrom(flags: LogFilterFlags, now: Date): LogListFilter {
  const filter: LogListFilter = {};
  if (flags.order !== undefined) {
    if (flags.order === '') throw new UsageError('--order needs an out_trade_no.');
    filter.outTradeNo = flags.order;
  }
  if (flags.verdict !== undefined) filter.verdicts = listOf(flags.verdict, VERDICTS, '--verdict');
  if (flags.channel !== undefined) filter.channels = listOf(flags.channel, CHANNELS, '--channel');
  if (flags.since !== undefined) filter.since = sinceTime(flags.since, now);
  if (flags.limit !== undefined) {
    if (!/^[0-9]{1,6}$/.test(flags.limit) || Number(flags.limit) < 1) {
      throw new UsageError(`--limit ${JSON.stringify(flags.limit)} must be a whole number from 1 to 999999.`);
    }
    filter.limit = Number(flags.limit);
  }
  return filter;
}

function listOf<T extends string>(given: string[], allowed: readonly T[], flag: string): T[] {
  const values = given
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new UsageError(`${flag} ${JSON.stringify(value)} is not one of: ${allowed.join(', ')}.`);
    }
  }
  if (values.length === 0) throw new UsageError(`${flag} needs a value: ${allowed.join(', ')}.`);
  return [...new Set(values)] as T[];
}

/** `--since`: an ISO date-time, or a duration (`90s`, `15m`, `2h`, `7d`) counted back from `now`. */
export function sinceTime(value: string, now: Date): string {
  const duration = /^([0-9]{1,6})([smhd])$/.exec(value);
  if (duration)
    return new Date(now.getTime() - Number(duration[1]) * UNIT_MS[duration[2] as keyof typeof UNIT_MS]).toISOString();
  const ms = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) {
    throw new UsageError(`--since ${JSON.stringify(value)} is neither a time nor a duration.`, {
      hint: 'Give an ISO time with its zone, such as 2026-12-07T10:00:00Z or 2026-12-07T18:00:00+08:00 (Beijing), or a duration such as 30m, 2h, 7d.',
    });
  }
  return new Date(ms).toISOString();
}
