/**
 * The sandbox is as strict as the merchant's library: a signed request whose pre-sign string could
 * be read as other parameters is refused (ILLEGAL_ARGUMENT), so a test that signs one outside the
 * library fails here instead of passing unnoticed. Ambiguous means a name outside `[a-z0-9_]`, or a
 * value with an `&` (the unescaped `name=value&…` string would split there) other than the decimal
 * character reference `&#NNN;` the library writes for a character GBK lacks.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { ambiguityOf, type RawParam } from '@alipay-escrow/core/protocol';

// A latin-1 view of the bytes keeps every byte where it was, and the rule looks only at `&`, `#`,
// digits and `;` (all below 0x40): UTF-8 multibyte characters use bytes ≥ 0x80 and GBK trail bytes
// are ≥ 0x40, so neither can fake one, and core's text rule reads the bytes exactly.
const latin1 = new TextDecoder('latin1');

/** Throws ILLEGAL_ARGUMENT naming the first ambiguous parameter (sign and sign_type included). */
export function refuseAmbiguousParams(params: readonly RawParam[]): void {
  for (const p of params) {
    const ambiguity = ambiguityOf(p.key, latin1.decode(p.value));
    if (ambiguity === 'name') {
      throw new AlipayEscrowError(
        'ILLEGAL_ARGUMENT',
        `Parameter name ${JSON.stringify(p.key.slice(0, 60))} has characters other than a-z, 0-9 and _.`,
        {
          hint: 'Gateway parameter names are lower-case letters, digits and underscores; sign and send only documented names.',
          field: p.key.slice(0, 60),
        },
      );
    }
    if (ambiguity === 'value') {
      throw new AlipayEscrowError('ILLEGAL_ARGUMENT', `The value of ${p.key} contains "&".`, {
        hint: 'A signed value may not contain "&": the pre-sign string is not escaped, so it would read as more parameters (the library refuses it with PARAM_AMBIGUOUS). Remove it or write it as the full-width "＆".',
        field: p.key,
      });
    }
  }
}
