/**
 * The `<sign>` of an XML reply (SPEC §5.4, S §7.1.1): every child element of the signed element
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
  'Check that the key belongs to this partner (for RSA: Alipay\'s public key, not yours). ' +
  'If something between you and Alipay rewrites replies, fix that rather than turning verifyResponseSign off.';

/**
 * Checks the reply's sign over `signed` (the documented parameters, or undefined when nothing is
 * documented as signed). Returns 'absent' without a sign, false when checking is switched off,
 * true when it matches; throws RESPONSE_SIGN_INVALID otherwise.
 */
export async function checkReplySign(
  ctx: GatewayContext,
  reply: GatewayReply,
  signed: [string, string][] | undefined,
  service: string,
): Promise<ReplySignState> {
  if (reply.sign === undefined) return 'absent';
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
      throw signError(service, `a reply value cannot be written in ${ctx.charset}, so its sign cannot be checked`, KEY_HINT, cause);
    }
    throw cause;
  }
  if (!valid) throw signError(service, 'the reply\'s <sign> does not match its content', KEY_HINT);
  return true;
}
