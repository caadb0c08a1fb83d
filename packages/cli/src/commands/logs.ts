import type { EscrowStore } from '@alipay-escrow/core';
import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import type { LogListFilter } from '@alipay-escrow/core/store-kit';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { writeJson, writeText } from '../output.js';
import { parseCommandArgs } from '../parse-args.js';
import { stopSignal } from '../stop-signal.js';
import { LOG_FILTER_HELP, LOG_FILTER_OPTIONS, logFilterFrom } from '../store/log-filter-options.js';
import { logLine, tableHeader, tableRow } from '../store/log-lines.js';
import { openStore, STORE_HELP, STORE_OPTIONS } from '../store/open-store.js';
import { UsageError } from '../usage-error.js';

const usage =
  'usage: alipay-escrow logs (--sqlite FILE | --postgres URL) [--order X] [--verdict V]… [--channel C]… [--since T] [--limit N] [--raw] [--format json|table] [--follow [--interval S]]';

/** The newest entries shown when no --limit is given and not following. */
const DEFAULT_LIMIT = 50;
/**
 * How far back each --follow poll looks again: an entry's receivedAt is when its request
 * ARRIVED, and it is written only after its body was read and checked (or, on another instance,
 * with another clock), so an entry can appear with a time earlier than one already printed.
 * Entries are told apart by id, so looking back costs nothing but a few rows.
 */
const FOLLOW_LOOKBACK_MS = 120_000;
/** The most entries one poll reads (a flood is printed over several polls, never dropped). */
const FOLLOW_PAGE = 1000;

function intervalOption(value: string | undefined): number {
  if (value === undefined) return 1000;
  const n = Number(value);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || n < 0.1 || n > 3600)
    throw new UsageError(`--interval ${JSON.stringify(value)} must be a number of seconds from 0.1 to 3600.`);
  return Math.round(n * 1000);
}

function formatOption(value: string | undefined): 'json' | 'table' {
  if (value === undefined || value === 'json' || value === 'table') return value ?? 'json';
  throw new UsageError(`--format ${JSON.stringify(value)} is not json or table.`);
}

export const logsCommand: Command = {
  name: 'logs',
  summary: "list the app's notification log from its database; --follow tails it",
  usage,
  help: `${usage}

Reads the log your app's escrow keeps (every notification, return, reconcile, send_goods and
replay, genuine or refused) straight from its database, read-only, and prints it oldest first:
one JSON object per line, or a table with --format table. --follow keeps printing new entries as
they arrive, until Ctrl-C.

Options:
${STORE_HELP}
${LOG_FILTER_HELP}
  --raw                add each entry's parameters, charset and raw text (as received: a refused
                       request's bytes are whatever its sender wrote; control characters are escaped)
  --format json|table  default json (one object per line)
  --follow             keep printing new entries; polls every --interval seconds (default 1)

Exit codes: 0 listed (or stopped with Ctrl-C while following); 1 the database could not be read; 2 usage error.`,

  async run({ argv, io, secrets }) {
    const { values } = parseCommandArgs({
      args: [...argv],
      options: {
        ...STORE_OPTIONS,
        ...LOG_FILTER_OPTIONS,
        raw: { type: 'boolean' },
        format: { type: 'string' },
        follow: { type: 'boolean' },
        interval: { type: 'string' },
      },
    });
    const format = formatOption(values.format);
    const follow = values.follow === true;
    if (!follow && values.interval !== undefined) throw new UsageError('--interval only applies with --follow.');
    const interval = intervalOption(values.interval);
    const filter = logFilterFrom(values, new Date());
    const print = printer(io, format, values.raw === true);

    const opened = await openStore(values, secrets, { readonly: true });
    try {
      const first = await opened.store.listLog({ ...filter, limit: filter.limit ?? (follow ? 20 : DEFAULT_LIMIT) });
      if (format === 'table') writeText(io, tableHeader());
      for (const entry of first.reverse()) print(entry);
      if (!follow) return 0;
      await followLog(opened.store, filter, first, print, interval);
      return 0;
    } finally {
      await opened.close();
    }
  },
};

function printer(io: CliIo, format: 'json' | 'table', raw: boolean): (entry: NotificationLogEntry) => void {
  return format === 'json'
    ? (entry) => writeJson(io, logLine(entry, { raw }))
    : (entry) => writeText(io, tableRow(entry));
}

/** Polls for entries not printed yet, oldest first, until SIGINT/SIGTERM. */
async function followLog(
  store: EscrowStore,
  filter: LogListFilter,
  printed: NotificationLogEntry[],
  print: (entry: NotificationLogEntry) => void,
  interval: number,
): Promise<void> {
  const seen = new Map<string, number>(printed.map((e) => [e.id, Date.parse(e.receivedAt)]));
  let newest = Math.max(Date.now(), ...seen.values());
  const stop = stopSignal();
  try {
    while (!(await stop.within(interval))) {
      const since = new Date(newest - FOLLOW_LOOKBACK_MS).toISOString();
      const fresh = (
        await store.listLog({
          ...filter,
          since: filter.since !== undefined && filter.since > since ? filter.since : since,
          limit: FOLLOW_PAGE,
        })
      )
        .filter((entry) => !seen.has(entry.id))
        .reverse();
      for (const entry of fresh) {
        print(entry);
        const at = Date.parse(entry.receivedAt);
        seen.set(entry.id, at);
        if (at > newest) newest = at;
      }
      // Forget ids that fell out of the look-back window: they can never be read again.
      for (const [id, at] of seen) if (at < newest - FOLLOW_LOOKBACK_MS) seen.delete(id);
    }
  } finally {
    stop.cancel();
  }
}
