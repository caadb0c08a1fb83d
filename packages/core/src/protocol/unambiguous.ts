/**
 * What keeps a pre-sign string unambiguous. The string is `name=value&name=value…` with no
 * escaping, so it can be read back into parameters in exactly one way only when no name holds `=`
 * or `&` and no value holds `&`: then every `&` separates two parameters and every segment splits
 * at its first `=`. A value may hold `=` — the split at the FIRST `=` still finds the whole name.
 *
 * Why it matters: with MD5 the merchant and Alipay sign with one key. If a value the merchant signs
 * held `&notify_id=…&trade_status=TRADE_FINISHED`, the bytes of that request's pre-sign string
 * would also be the pre-sign string of a notification, and the merchant's signature would verify
 * it. So the library refuses to sign such a value (PARAM_AMBIGUOUS). What a received message may
 * hold is a separate question, answered in message-shape.ts.
 *
 * Names are held to `[a-z0-9_]`, the characters every name in the specification's tables uses.
 * The one `&` allowed inside a value is a decimal character reference `&#NNN;`: the library writes
 * a character GBK lacks that way under `unencodable: 'ncr'` (see field-text.ts), and Alipay echoes
 * the text back. It cannot start a parameter, since a name never starts with `#`.
 */
import { AlipayEscrowError } from '../errors/error.js';

/** A parameter name the library signs or accepts: lower-case ASCII letters, digits, `_`. */
export const PARAM_NAME = /^[a-z0-9_]+$/;

/** Every `&` of `text` not starting a decimal character reference `&#NNN;` (1–7 digits). */
const LONE_AMP = /&(?!#[0-9]{1,7};)/;

/** True when `text` holds an `&` other than a decimal character reference. */
export function hasLoneAmpersand(text: string): boolean {
  return text.includes('&') && LONE_AMP.test(text);
}

/**
 * Why a parameter would make a pre-sign string ambiguous — its name is not `[a-z0-9_]+` (`'name'`),
 * or its value holds an `&` other than `&#NNN;` (`'value'`) — or undefined when it is safe to sign.
 * The one rule behind {@link signParams}' PARAM_AMBIGUOUS, shared with the sandbox's gateway.
 */
export function ambiguityOf(name: string, value: string): 'name' | 'value' | undefined {
  if (!PARAM_NAME.test(name)) return 'name';
  return hasLoneAmpersand(value) ? 'value' : undefined;
}

/** Where a value came from, for the error: the option path and whose mistake it is. */
export interface AmbiguitySource {
  /** `order.subject`, `merchant.notifyUrl`, `sendGoods: logisticsName`… (default: the parameter). */
  source?: string;
  /** 400 for the order or call input (the default), 500 for the merchant's configuration. */
  status?: number;
  /** A more precise fix than the general one (show_url: write `&` as %26). */
  hint?: string;
}

const GENERAL_HINT =
  'Remove the "&" or write it as the full-width "＆" (or a word); clean buyer-supplied text such as item names, notes and addresses when the order is placed.';

/**
 * Throws PARAM_AMBIGUOUS when `name` is not `[a-z0-9_]+` or `value` holds an `&` (other than a
 * character reference `&#NNN;`). Called on every value the library signs.
 */
export function assertUnambiguous(name: string, value: string, from: AmbiguitySource = {}): void {
  const source = from.source ?? name;
  const shown = source === name ? name : `${source} (${name})`;
  const ambiguity = ambiguityOf(name, value);
  if (ambiguity === 'name') {
    throw new AlipayEscrowError(
      'PARAM_AMBIGUOUS',
      `Parameter name ${JSON.stringify(name)} has characters other than a-z, 0-9 and _.`,
      {
        hint: 'Alipay parameter names are lower-case letters, digits and underscores only; a name with "=" or "&" would let the signed string be read as other parameters. Use the documented name.',
        field: name,
        status: from.status ?? 400,
      },
    );
  }
  if (ambiguity === 'value') {
    throw new AlipayEscrowError(
      'PARAM_AMBIGUOUS',
      `${shown} contains "&", which would make the signed string readable as more parameters than were sent.`,
      {
        hint: from.hint ?? GENERAL_HINT,
        field: name,
        status: from.status ?? 400,
      },
    );
  }
}

/** {@link assertUnambiguous} over every pair (the central check before anything is signed). */
export function assertUnambiguousPairs(pairs: readonly (readonly [string, string])[]): void {
  for (const [name, value] of pairs) assertUnambiguous(name, value);
}
