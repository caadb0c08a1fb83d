import type { Charset } from '../charset/index.js';
import { AlipayEscrowError } from '../errors/error.js';
import { signParams } from '../protocol/sign.js';
import type { SignatureKeys } from '../protocol/sign-types.js';

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
  const { sign } = await signParams(params, keys, { charset });
  const out: Record<string, string> = { ...params };
  const signType = extra['sign_type'] ?? keys.signType;
  const finalSign = extra['sign'] ?? sign;
  if (signType !== '') out['sign_type'] = signType;
  if (finalSign !== '') out['sign'] = finalSign;
  return out;
}
