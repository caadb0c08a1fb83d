/**
 * Which received messages can only be a request the merchant signed, cut up to pass for a
 * notification, a return or a gateway reply (the other half of unambiguous.ts).
 *
 * The attack: with MD5 one key signs both directions, and the pre-sign string `name=value&…` is
 * not escaped. A forger who finds a request whose signed string, read differently, is also the
 * signed string of a notification can send that notification with the merchant's own signature.
 * The reading differs only where a name or a value holds `&` or `=`.
 *
 * What a reused request cannot hide: every request to the gateway names its `service` (and the
 * library's also carry `partner` and `_input_charset`), and no notification, return or reply ever
 * does. Split at every `&`, and each part at its first `=` — the only way the gateway itself reads
 * a signed string — a request's signed string always has a part that starts with `service=`. So a
 * received message is refused when
 *   - one of its names is not a name Alipay uses (`[a-z0-9_]`, plus `partnerId` of C table 5-1):
 *     a name holding `=` or `&` can only be text cut out of a longer string (MESSAGE_AMBIGUOUS);
 *   - one of its names is a parameter only requests carry (REQUEST_PARAM_IN_MESSAGE);
 *   - one of its values holds `&` followed by such a name (`…&service=…`): read at that `&`, the
 *     signed string names a request parameter (MESSAGE_AMBIGUOUS).
 * A value holding `&` is otherwise fine: a trade created by other software may carry a subject such
 * as "A&B", and Alipay sends it back as it was signed.
 *
 * Bytes are read without decoding: in UTF-8 and in GBK the bytes of `&` (0x26) and `=` (0x3D) only
 * ever stand for those characters (UTF-8 multibyte characters use bytes ≥ 0x80, GBK trail bytes
 * are 0x40–0xFE), and request-only names are ASCII, so a latin-1 view of a name is exact.
 */
import type { RawParam } from './form-body.js';
import { latin1 } from './form-body.js';
import { isRequestOnlyParam } from './request-only-params.js';
import { PARAM_NAME } from './unambiguous.js';

/**
 * Names outside `[a-z0-9_]` that Alipay's tables list for a message: `partnerId` (C table 5-1,
 * return_url; not in the sample of C p22; docs/internals/return.md#fields). No `=`, no `&`, so it cannot hide a cut.
 */
const MESSAGE_ONLY_NAMES: ReadonlySet<string> = new Set(['partnerId']);

/** A name a notification or return may carry: `[a-z0-9_]+`, or one of the documented exceptions. */
export function isMessageParamName(key: string): boolean {
  return PARAM_NAME.test(key) || MESSAGE_ONLY_NAMES.has(key);
}

/**
 * The names every request the library signs carries and no reply of the gateway does. Replies
 * (send goods, trade query) list fields this module does not enumerate, so they are held to these
 * two rather than to the whole request-only list.
 */
const IN_EVERY_REQUEST: ReadonlySet<string> = new Set(['service', '_input_charset']);

const AMP = 0x26;
const EQ = 0x3d;

/** The first name that follows an `&` inside `value` and satisfies `isRequestName`, or undefined. */
function embeddedName(value: Uint8Array, isRequestName: (name: string) => boolean): string | undefined {
  let at = value.indexOf(AMP);
  while (at >= 0) {
    let end = at + 1;
    while (end < value.length && value[end] !== EQ && value[end] !== AMP) end++;
    const name = latin1(value.subarray(at + 1, end));
    if (isRequestName(name)) return name;
    at = value.indexOf(AMP, at + 1);
  }
  return undefined;
}

/** Why a received message has the shape of a cut-up request. */
export type ShapeProblem =
  | { kind: 'name'; param: string }
  | { kind: 'request_param'; param: string }
  | { kind: 'embedded'; param: string; name: string };

/** The first shape problem of a received notification or return, or undefined. */
export function messageShapeProblem(params: readonly RawParam[]): ShapeProblem | undefined {
  for (const p of params) {
    if (!isMessageParamName(p.key)) return { kind: 'name', param: p.key };
    if (isRequestOnlyParam(p.key)) return { kind: 'request_param', param: p.key };
  }
  for (const p of params) {
    const name = embeddedName(p.value, isRequestOnlyParam);
    if (name !== undefined) return { kind: 'embedded', param: p.key, name };
  }
  return undefined;
}

const encoder = new TextEncoder();

/**
 * True when decoded reply fields could be a request the merchant signed: a name outside
 * `[a-z0-9_]`, `service` or `_input_charset` as a name, or a value holding `&service=` or
 * `&_input_charset=`.
 */
export function replyLooksLikeRequest(pairs: readonly (readonly [string, string])[]): boolean {
  return pairs.some(
    ([name, value]) =>
      !PARAM_NAME.test(name) ||
      IN_EVERY_REQUEST.has(name) ||
      (value.includes('&') && embeddedName(encoder.encode(value), (n) => IN_EVERY_REQUEST.has(n)) !== undefined),
  );
}
