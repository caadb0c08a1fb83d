import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { readLoggedMessage } from '@alipay-escrow/core/protocol';
import { escapeControls } from '@alipay-escrow/sandbox/node';

/** What `alipay-escrow logs` prints of an entry: everything but the raw bytes and headers, unless asked. */
export function logLine(entry: NotificationLogEntry, options: { raw: boolean }): Record<string, unknown> {
  const line: Record<string, unknown> = {
    id: entry.id,
    receivedAt: entry.receivedAt,
    channel: entry.channel,
    verdict: entry.verdict,
    code: entry.code,
    outTradeNo: entry.outTradeNo,
    tradeStatus: entry.tradeStatus,
    refundStatus: entry.refundStatus,
    notifyId: entry.notifyId,
    reply: entry.reply,
    authenticity: entry.authenticity,
    remoteAddress: entry.remoteAddress,
    rawSize: entry.rawSize,
    detail: entry.detail,
    ...(entry.replayOf === null ? {} : { replayOf: entry.replayOf }),
  };
  if (options.raw) {
    const message = readLoggedMessage(entry.raw);
    line['charset'] = message.charset;
    line['params'] = Object.fromEntries(message.params);
    line['raw'] = message.text;
    if (entry.raw.length < entry.rawSize) line['rawKept'] = entry.raw.length;
    if (message.problem !== null) line['rawProblem'] = message.problem;
  }
  return line;
}

const COLUMNS: readonly [string, (e: NotificationLogEntry) => string, number][] = [
  ['received (UTC)', (e) => e.receivedAt.replace('T', ' ').slice(0, 19), 19],
  ['channel', (e) => e.channel, 9],
  ['verdict', (e) => e.verdict, 14],
  ['code', (e) => e.code ?? '', 24],
  ['out_trade_no', (e) => e.outTradeNo ?? '', 20],
  ['status', (e) => [e.tradeStatus, e.refundStatus].filter((s) => s !== null).join('/'), 26],
  ['reply', (e) => e.reply ?? '', 7],
  ['id', (e) => e.id, 36],
];

/** The header line of `--format table`. */
export function tableHeader(): string {
  return COLUMNS.map(([name, , width]) => name.padEnd(width))
    .join('  ')
    .trimEnd();
}

/**
 * One row of `--format table`: each value with every control character written as text — line
 * feeds too (a forged out_trade_no must not start a fake row) — then cut to its column.
 */
export function tableRow(entry: NotificationLogEntry): string {
  return COLUMNS.map(([, value, width]) => fit(escapeControls(value(entry)), width))
    .join('  ')
    .trimEnd();
}

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text.padEnd(width);
}
