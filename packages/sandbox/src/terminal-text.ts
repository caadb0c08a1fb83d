/**
 * Text bound for a terminal, made inert. An order number, a merchant's reply or a URL can carry
 * control characters: ESC starts the sequences that erase a line, move the cursor or set the
 * window title; CR overwrites the line; U+0080–U+009F are the 8-bit forms of the same controls
 * (U+009B is a CSI on its own) and DEL erases. Printed raw, such a value could forge log lines
 * such as a false "✓ acknowledged". These helpers write every such character as visible text.
 */

/** C0 controls (U+0000–U+001F), DEL (U+007F) and C1 controls (U+0080–U+009F). */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** The same, except line feed: for text of several lines. */
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** DEL and C1, which `JSON.stringify` leaves as they are (it escapes only U+0000–U+001F). */
const LEFT_RAW_BY_JSON = /[\u007f-\u009f]/g;

function hex(c: string): string {
  return c.charCodeAt(0).toString(16).padStart(2, '0');
}

/**
 * `text` with every C0 control, DEL and C1 control written as `\xHH` (ESC → `\x1b`, CR → `\x0d`,
 * U+009B → `\x9b`), so that printing it moves no cursor and changes no line. With
 * `{ multiline: true }` line feeds are kept (a block of lines); otherwise they are escaped too
 * (one log line stays one line).
 *
 * @example
 * ```ts
 * escapeControls('order\u001b[2K'); // 'order\\x1b[2K'
 * ```
 */
export function escapeControls(text: string, options: { multiline?: boolean } = {}): string {
  return text.replace(options.multiline === true ? CONTROLS_BUT_NEWLINE : CONTROLS, (c) => `\\x${hex(c)}`);
}

/**
 * `JSON.stringify(value)` with DEL and the C1 controls escaped as well (`\u007f`, `\u009b`): the
 * same JSON value, but no character a terminal acts on. `JSON.stringify` already escapes
 * U+0000–U+001F. Throws what `JSON.stringify` throws.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(LEFT_RAW_BY_JSON, (c) => `\\u00${hex(c)}`);
}

/** True when `text` has no C0 control, DEL or C1 control (what the test API asks of an identifier). */
export function isPrintable(text: string): boolean {
  return !new RegExp(CONTROLS.source).test(text);
}
