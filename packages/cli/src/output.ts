/**
 * Everything the CLI prints goes through here, so that no value it echoes (an order number from
 * the sandbox, a parameter from stdin, a merchant's reply, an argument) can drive the terminal:
 * control characters are escaped (see `escapeControls` and `terminalJson` in
 * @alipay-escrow/sandbox). Commands never call `io.stdout` / `io.stderr` themselves.
 */
import { escapeControls, terminalJson } from '@alipay-escrow/sandbox/node';
import type { CliIo } from './io.js';

/**
 * Commands that print JSON print exactly one object on one line. It is the same JSON value
 * `JSON.stringify` gives, with DEL and U+0080–U+009F escaped too (`\u009b`), which
 * `JSON.stringify` leaves raw.
 */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${terminalJson(value)}\n`);
}

/** Text for a person on stdout (lines kept, every other control character written as `\x1b`), then a newline. */
export function writeText(io: CliIo, text: string): void {
  io.stdout(`${escapeControls(text, { multiline: true })}\n`);
}

/** A note, warning or progress line on stderr, escaped like {@link writeText}, then a newline. */
export function writeNote(io: CliIo, text: string): void {
  io.stderr(`${escapeControls(text, { multiline: true })}\n`);
}
