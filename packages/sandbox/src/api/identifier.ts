/**
 * Identifiers the test API takes (an out_trade_no in the path or the body, a trade_no, a buyer's
 * login) end up in the sandbox's pages, its notifications and the lines `alipay-escrow sandbox`
 * prints. None of them has a reason to hold a control character, and one that does is an attempt
 * on the tester's terminal (see terminal-text.ts): it is refused with 400 before anything happens.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { escapeControls, isPrintable } from '../terminal-text.js';

/**
 * `value` when it is printable; otherwise ILLEGAL_ARGUMENT (400) naming the field (`name` in the
 * message, default `field`) and the first control character, without echoing the value.
 */
export function printableIdentifier(value: string, field: string, name = field): string {
  if (isPrintable(value)) return value;
  const control = [...value].find((c) => !isPrintable(c))!;
  throw new AlipayEscrowError(
    'ILLEGAL_ARGUMENT',
    `${name} contains the control character ${escapeControls(control)}: identifiers must be printable text.`,
    {
      hint: `Send ${field} without control characters (C0, DEL, U+0080–U+009F), e.g. "order-1".`,
      field,
      status: 400,
    },
  );
}
