/**
 * The `<sign>` of an XML reply (docs/internals/signing.md#xml-reply-sign, S §7.1.1): every child element of the signed element
 * is one parameter (name = element name, value = entity-decoded text), empty values dropped,
 * sorted, joined, then MD5 with the key or SHA1withRSA with Alipay's public key, over the bytes
 * in the request's `_input_charset`.
 */
import { AlipayEscrowError } from '../errors/error.js';
import { verifyParams } from '../protocol/sign.js';
import type { GatewayContext } from './options.js';
import type { GatewayReply } from './reply.js';
import type { ReplySignState } from './types.js';

function signError(service: string, problem: string, hint: string, cause?: unknown): AlipayEscrowError {
  return new AlipayEscrowError('RESPONSE_SIGN_INVALID', `${service}: ${problem}.`, {
    hint,
    status: 502,
    ...(cause === undefined ? {} : { cause }),
  });
}

const KEY_HINT =
  "Check that the key belongs to this partner (for RSA: Alipay's public key, not yours). " +
  'If something between you and Alipay rewrites replies, fix that rather than turning verifyResponseSign off.';

const UNSIGNED_HINT =
  'Nothing was applied. Alipay signs its trade records; check that gatewayUrl is the Alipay gateway (or the sandbox) ' +
  'and that no proxy rewrites replies. Turn verifyResponseSign off only for a gateway you trust that never signs.';

/**
 * Checks the reply's sign over `signed` (the documented parameters, or undefined when nothing is
 * documented as signed). Returns 'absent' without a sign (an empty `<sign/>` included), false when
 * checking is switched off, true when it matches; throws RESPONSE_SIGN_INVALID otherwise.
 * `required`: the reply carries a trade record, which is applied to orders, so with checking on
 * an absent sign throws RESPONSE_SIGN_INVALID too (anyone on the channel could have written it).
 */
export async function checkReplySign(
  ctx: GatewayContext,
  reply: GatewayReply,
  signed: [string, string][] | undefined,
  service: string,
  required = false,
): Promise<ReplySignState> {
  if (reply.sign === undefined) {
    if (required && ctx.verifyResponseSign) {
      throw signError(
        service,
        'the reply carries a trade record but no <sign> (or an empty one), so nothing shows it comes from Alipay',
        UNSIGNED_HINT,
      );
    }
    return 'absent';
  }
  if (!ctx.verifyResponseSign) return false;
  if (reply.signType !== undefined && reply.signType.toUpperCase() !== ctx.keys.signType) {
    throw signError(
      service,
      `the reply is signed with sign_type ${JSON.stringify(reply.signType)}, but the client is configured for ${ctx.keys.signType}`,
      'Configure the keys for the sign type your Alipay account uses.',
    );
  }
  if (signed === undefined) {
    throw signError(
      service,
      'the reply carries a <sign> but no documented content to check it against',
      'Set verifyResponseSign: false for this client only if you have confirmed such replies are genuine.',
    );
  }
  let valid: boolean;
  try {
    valid = await verifyParams(signed, reply.sign, ctx.keys, { charset: ctx.charset });
  } catch (cause) {
    if (AlipayEscrowError.is(cause) && cause.code === 'CHARSET_UNENCODABLE') {
      throw signError(
        service,
        `a reply value cannot be written in ${ctx.charset}, so its sign cannot be checked`,
        KEY_HINT,
        cause,
      );
    }
    throw cause;
  }
  if (!valid) throw signError(service, "the reply's <sign> does not match its content", KEY_HINT);
  return true;
}
