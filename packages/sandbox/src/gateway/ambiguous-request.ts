/**
 * The sandbox is as strict as the merchant's library: a signed request whose pre-sign string could
 * be read as other parameters is refused (ILLEGAL_ARGUMENT), so a test that signs one outside the
 * library fails here instead of passing unnoticed. Ambiguous means a name outside `[a-z0-9_]`, or a
 * value with an `&` (the unescaped `name=value&…` string would split there) other than the decimal
 * character reference `&#NNN;` the library writes for a character GBK lacks.
 */
import { AlipayEscrowError, type RawParam } from '@alipay-escrow/core';

const NAME = /^[a-z0-9_]+$/;
const AMP = 0x26;

/** True when the value bytes hold an `&` that does not start `&#` + 1–7 digits + `;`. */
function loneAmpersand(value: Uint8Array): boolean {
  for (let at = value.indexOf(AMP); at >= 0; at = value.indexOf(AMP, at + 1)) {
    let i = at + 1;
    if (value[i] !== 0x23) return true;
    const from = ++i;
    while (i < value.length && value[i]! >= 0x30 && value[i]! <= 0x39) i++;
    if (i === from || i - from > 7 || value[i] !== 0x3b) return true;
  }
  return false;
}

/** Throws ILLEGAL_ARGUMENT naming the first ambiguous parameter (sign and sign_type included). */
export function refuseAmbiguousParams(params: readonly RawParam[]): void {
  for (const p of params) {
    if (!NAME.test(p.key)) {
      throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `Parameter name ${JSON.stringify(p.key.slice(0, 60))} has characters other than a-z, 0-9 and _.`, {
        hint: 'Gateway parameter names are lower-case letters, digits and underscores; sign and send only documented names.',
        field: p.key.slice(0, 60),
      });
    }
    if (loneAmpersand(p.value)) {
      throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `The value of ${p.key} contains "&".`, {
        hint: 'A signed value may not contain "&": the pre-sign string is not escaped, so it would read as more parameters (the library refuses it with PARAM_AMBIGUOUS). Remove it or write it as the full-width "＆".',
        field: p.key,
      });
    }
  }
}
