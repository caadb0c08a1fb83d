import type { Charset } from '../charset/index.js';
import { AlipayEscrowError } from '../errors/error.js';
import { presignBytes, signedPairs } from '../protocol/presign.js';
import { signBytes } from '../protocol/sign.js';
import type { SignatureKeys } from '../protocol/sign-types.js';
import { isMessageParamName } from '../protocol/message-shape.js';

/** Refuses RSA keys without the private half up front, with a message about test signing. */
export function assertCanSignAsAlipay(keys: SignatureKeys): void {
  if (keys.signType === 'RSA' && !keys.privateKey) {
    throw new AlipayEscrowError('RSA_KEY_INVALID', 'Signing a test message with RSA needs `privateKey`.', {
      hint: 'Test messages are signed the way Alipay signs them: pass the private key whose public half is the `alipayPublicKey` your verifier uses (a test key pair, never a real one).',
      field: 'privateKey',
    });
  }
}

/**
 * Refuses a name Alipay never sends (verification refuses such a message as forged,
 * MESSAGE_AMBIGUOUS): a test message is a genuine one. Values may hold `&`, as Alipay's may (see
 * protocol/message-shape.ts). Tests of forged shapes build their bytes by hand.
 */
function assertMessageShape(params: Record<string, string>): void {
  for (const [name] of signedPairs(params)) {
    if (isMessageParamName(name)) continue;
    throw new AlipayEscrowError(
      'PARAM_AMBIGUOUS',
      `Test message field ${JSON.stringify(name)} is not a name Alipay uses.`,
      {
        hint: 'Alipay never sends a name outside a-z, 0-9 and _ (verification refuses such a message as forged, MESSAGE_AMBIGUOUS). To test that refusal, build the body by hand.',
        field: name,
      },
    );
  }
}

/**
 * `params` plus `sign_type` and `sign`, the way Alipay appends them. `extra.sign` / `extra.sign_type`
 * replace the computed values; an empty one leaves the field out.
 */
export async function signMessage(
  params: Record<string, string>,
  keys: SignatureKeys,
  charset: Charset,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  assertCanSignAsAlipay(keys);
  assertMessageShape(params);
  // Signed as Alipay signs (a message's names, such as partnerId, are not a request's).
  const sign = await signBytes(presignBytes(params, charset), keys, charset);
  const out: Record<string, string> = { ...params };
  const signType = extra['sign_type'] ?? keys.signType;
  const finalSign = extra['sign'] ?? sign;
  if (signType !== '') out['sign_type'] = signType;
  if (finalSign !== '') out['sign'] = finalSign;
  return out;
}
