import { AlipayEscrowError, errorExplainCommand } from '../errors/error.js';
import type { LogChannel } from '../store/types.js';

/**
 * What a warning is about: `anomaly` — a genuine message that was not applied (unknown order,
 * amount, seller or partner differs); `rejection` — a request refused before it could be applied
 * (forged, malformed, unconfirmed, from an address not allowed); `test-settings` — options that
 * look like a test setup running in production (see docs/guide/going-live.md).
 */
export type EscrowWarningKind = 'anomaly' | 'rejection' | 'test-settings';

/** The facts of one warning, for a logger that writes structured records. */
export interface EscrowWarning {
  /** What the warning is about. */
  kind: EscrowWarningKind;
  /** The error code (`AMOUNT_MISMATCH`, `SIGN_MISMATCH`, `CONFIG_INVALID`, …); `npx alipay-escrow explain CODE` explains it. */
  code: string;
  /** How the message arrived (`notify`, `return`, …); null for `test-settings`. */
  channel: LogChannel | null;
  /** The notification log entry of the message; null when none was written. */
  logId: string | null;
  /** The order the message names, when it names one. */
  outTradeNo: string | null;
}

/**
 * Where the escrow's warnings go (option `logger` of createEscrow). `warn` gets one line of text,
 * never a secret, and the same facts as an object. It may be async; what it throws or rejects
 * with is ignored, so logging can never change how a notification is answered.
 *
 * @example
 * ```ts
 * import type { EscrowLogger } from '@alipay-escrow/core';
 *
 * const logger: EscrowLogger = {
 *   warn: (message, warning) => console.warn(JSON.stringify({ level: 'warn', message, ...warning })),
 * };
 * ```
 */
export interface EscrowLogger {
  /** Called once per warning. */
  warn(message: string, warning: EscrowWarning): unknown;
}

/** The default logger: `console.warn(message)`. */
export const consoleLogger: EscrowLogger = Object.freeze({
  warn: (message: string) => {
    console.warn(message);
  },
});

/**
 * At most this many `rejection` warnings a minute: refused requests come from anyone who can
 * reach notify_url, so a flood of them must not flood the log too. Every one of them is still in
 * the notification log. Anomalies need a genuine Alipay signature and are never held back.
 */
export const REJECTION_WARNINGS_PER_MINUTE = 20;

/** What the handlers call: the merchant's logger behind a flood limit, never throwing. */
export interface Warner {
  /** Sends one warning to the logger (unless it is a rejection over the minute's limit). */
  warn(message: string, warning: EscrowWarning): void;
  /** A warner that also records each warning it passes on in `seen` (see notify-warning-header.ts). */
  observed(seen: EscrowWarning[]): Warner;
}

/** Control characters (a line break in a received value, an escape sequence) shown as `\uXXXX`. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** Sends to `logger`, ignoring whatever it throws or rejects with. */
function send(logger: EscrowLogger, message: string, warning: EscrowWarning): void {
  try {
    const result = logger.warn(message, warning);
    if (result !== null && typeof result === 'object' && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(undefined, () => undefined);
    }
  } catch {
    // A logger that fails must not fail the notification.
  }
}

/**
 * The warner of one escrow. `logger` null sends nothing; undefined means {@link consoleLogger}.
 * `now` is the escrow's clock (the flood limit counts per minute of it).
 */
export function createWarner(logger: EscrowLogger | null | undefined, now: () => Date): Warner {
  const target = logger === undefined ? consoleLogger : logger;
  let minute = -1;
  let rejections = 0;
  function admit(warning: EscrowWarning): 'send' | 'last' | 'drop' {
    if (warning.kind !== 'rejection') return 'send';
    const current = Math.floor(now().getTime() / 60_000);
    if (current !== minute) {
      minute = current;
      rejections = 0;
    }
    rejections += 1;
    if (rejections <= REJECTION_WARNINGS_PER_MINUTE) return 'send';
    return rejections === REJECTION_WARNINGS_PER_MINUTE + 1 ? 'last' : 'drop';
  }
  function make(seen: EscrowWarning[] | null): Warner {
    return {
      warn(message, warning) {
        seen?.push(warning);
        if (target === null) return;
        const verdict = admit(warning);
        if (verdict === 'send') send(target, message, warning);
        else if (verdict === 'last') {
          send(
            target,
            `alipay-escrow: more than ${REJECTION_WARNINGS_PER_MINUTE} requests refused this minute; the rest of this minute's are not printed. Every one is in the notification log: listLog({ verdicts: ['rejected'] }).`,
            warning,
          );
        }
      },
      observed: (list) => make(list),
    };
  }
  return make(null);
}

/** Checks the `logger` option: an object with a `warn` function, `null` (silent) or undefined (console). */
export function checkLogger(value: unknown): EscrowLogger | null | undefined {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'object' || typeof (value as { warn?: unknown }).warn !== 'function') {
    throw new AlipayEscrowError('CONFIG_INVALID', 'logger must be an object with a warn(message, warning) function.', {
      hint: 'Leave it unset for console.warn, pass null to silence the warnings, or pass an object with warn(message, warning) (console fits).',
      field: 'logger',
      status: 500,
    });
  }
  return value as EscrowLogger;
}

/** The text of an anomaly warning: what differs, that nothing was applied, how to go on. */
export function anomalyMessage(anomaly: {
  code: string;
  message: string;
  channel: LogChannel;
  logId: string;
  outTradeNo: string | null;
}): string {
  const order = anomaly.outTradeNo === null ? 'no order' : `order ${JSON.stringify(oneLine(anomaly.outTradeNo, 80))}`;
  return (
    `alipay-escrow: ${anomaly.code} — a genuine ${anomaly.channel} message about ${order} was NOT applied: ${oneLine(anomaly.message)} ` +
    `Fix the cause, then replay(${JSON.stringify(anomaly.logId)}). Explain: ${errorExplainCommand(anomaly.code)}`
  );
}

/** The text of a rejection warning: which request was refused and why. */
export function rejectionMessage(refusal: {
  code: string;
  detail: string | null;
  channel: LogChannel;
  logId: string | null;
  remoteAddress: string | null;
}): string {
  const from = refusal.remoteAddress === null ? '' : ` from ${oneLine(refusal.remoteAddress, 64)}`;
  const entry = refusal.logId === null ? 'not logged (the store failed)' : `log entry ${refusal.logId}`;
  // The detail is often an error's message: its closing help sentence is said once, below.
  const detail =
    refusal.detail === null
      ? ''
      : ` ${oneLine(refusal.detail.replace(/ Run `npx alipay-escrow explain [A-Z0-9_]+` or see \S+$/, ''))}`;
  return `alipay-escrow: refused a ${refusal.channel} request${from} (${refusal.code}, ${entry}).${detail} Explain: ${errorExplainCommand(refusal.code)}`;
}
