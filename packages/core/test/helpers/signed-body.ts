import type { Charset } from '../../src/charset/index.js';
import { formEncodePairs } from '../../src/protocol/form-encode.js';
import { signParams } from '../../src/protocol/sign.js';
import type { SignatureKeys } from '../../src/protocol/sign-types.js';

/** A correctly signed form body for `params`, as Alipay would POST it. */
export async function signedBody(
  params: Record<string, string>,
  keys: SignatureKeys,
  charset: Charset,
): Promise<Uint8Array> {
  const { sign } = await signParams(params, keys, { charset });
  const pairs: [string, string][] = [...Object.entries(params), ['sign', sign], ['sign_type', keys.signType]];
  return new TextEncoder().encode(formEncodePairs(pairs, charset));
}
