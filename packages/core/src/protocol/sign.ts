import type { Charset } from '../charset/index.js';
import { encodeText } from '../charset/encode.js';
import { md5HexOf } from '../crypto/md5-support.js';
import { rsaSigner } from '../crypto/rsa-support.js';
import { timingSafeEqualString } from '../crypto/constant-time.js';
import { AlipayEscrowError } from '../errors/error.js';
import { assertMd5Key } from './md5-key.js';
import { concatBytes, encodePresign, joinPairs, presignBytes, signedPairs, type ParamInput } from './presign.js';
import type { SignatureKeys, SignOptions, SignType } from './sign-types.js';
import { replyLooksLikeRequest } from './message-shape.js';
import { assertUnambiguousPairs } from './unambiguous.js';

/** What {@link signParams} returns: the pre-sign string and its signature. */
export interface SignedParams {
  /** The canonical pre-sign string (decoded text, without the key). */
  presign: string;
  /**
   * The signature: 32 lowercase hex digits for MD5, base64 for RSA (SHA1withRSA). Sent as `sign`.
   */
  sign: string;
  /** The algorithm used (`sign_type`), taken from the keys. */
  signType: SignType;
}

const MD5_HEX = /^[0-9a-f]{32}$/;

let lastKey: { key: string; charset: Charset; bytes: Uint8Array } | undefined;

/** The MD5 key's bytes, remembered for the last key used (one merchant signs with one key). */
function keyBytes(key: string, charset: Charset): Uint8Array {
  if (lastKey?.key !== key || lastKey.charset !== charset) {
    lastKey = { key, charset, bytes: encodeText(key, charset, { field: 'key' }) };
  }
  return lastKey.bytes;
}

/** Signs pre-sign bytes: MD5 over bytes+key (lowercase hex), or SHA1withRSA (base64). */
export async function signBytes(bytes: Uint8Array, keys: SignatureKeys, charset: Charset): Promise<string> {
  if (keys.signType === 'MD5') {
    assertMd5Key(keys.key);
    return md5HexOf(concatBytes([bytes, keyBytes(keys.key, charset)]));
  }
  if (keys.signType === 'RSA') {
    if (!keys.privateKey) {
      throw new AlipayEscrowError('RSA_KEY_INVALID', 'RSA signing needs the merchant private key (`privateKey`).', {
        hint: "Pass your own PKCS#8 or PKCS#1 PEM private key; Alipay's public key only verifies.",
        field: 'privateKey',
        status: 500,
      });
    }
    return rsaSigner().sign(bytes, keys.privateKey);
  }
  throw unsupportedSignType((keys as { signType: unknown }).signType);
}

/** Checks a signature over pre-sign bytes in constant time. Never throws on a bad signature. */
export async function verifyBytes(
  bytes: Uint8Array,
  signature: string,
  keys: SignatureKeys,
  charset: Charset,
): Promise<boolean> {
  if (keys.signType === 'MD5') {
    const expected = await signBytes(bytes, keys, charset);
    // Exact lowercase hex: a loose comparison is how PHP's `==` accepted "0" for "0e123…".
    return timingSafeEqualString(expected, signature) && MD5_HEX.test(signature);
  }
  if (keys.signType === 'RSA') {
    if (!keys.alipayPublicKey) {
      throw new AlipayEscrowError(
        'RSA_KEY_INVALID',
        "RSA verification needs Alipay's public key (`alipayPublicKey`).",
        {
          hint: 'Use the public key Alipay gave you in exchange for yours, not your own public key.',
          field: 'alipayPublicKey',
          status: 500,
        },
      );
    }
    return rsaSigner().verify(bytes, signature, keys.alipayPublicKey);
  }
  throw unsupportedSignType((keys as { signType: unknown }).signType);
}

/**
 * Signs exactly `params` (no defaults added): the pre-sign string and the signature. Refuses with
 * PARAM_AMBIGUOUS (naming the parameter) a name outside `[a-z0-9_]` or a value holding `&` (a
 * character reference `&#NNN;` excepted): the pre-sign string is not escaped, so such a value
 * would make the signature also cover a different set of parameters — with MD5, possibly a
 * notification. `=` in a value is fine. `options.allowAmbiguous` turns the check off, for tools that
 * must reproduce a reference signature exactly.
 */
export async function signParams(params: ParamInput, keys: SignatureKeys, options: SignOptions): Promise<SignedParams> {
  const pairs = signedPairs(params);
  if (options.allowAmbiguous !== true) assertUnambiguousPairs(pairs);
  const presign = joinPairs(pairs);
  const bytes = encodePresign(
    presign,
    pairs,
    options.charset,
    options.unencodable ? { unencodable: options.unencodable } : {},
  );
  const sign = await signBytes(bytes, keys, options.charset);
  return { presign, sign, signType: keys.signType };
}

/**
 * Verifies a signature over decoded params (e.g. an XML reply), re-encoded in `charset`. Params
 * shaped like a request (a name outside `[a-z0-9_]`, `service` or `_input_charset` among the
 * names or after an `&` in a value; see message-shape.ts) never verify, so a request the merchant
 * signed cannot pass for a signed reply.
 */
export async function verifyParams(
  params: ParamInput,
  signature: string,
  keys: SignatureKeys,
  options: SignOptions,
): Promise<boolean> {
  if (replyLooksLikeRequest(signedPairs(params))) return false;
  const bytes = presignBytes(params, options.charset, options.unencodable ? { unencodable: options.unencodable } : {});
  return verifyBytes(bytes, signature, keys, options.charset);
}

export function unsupportedSignType(value: unknown): AlipayEscrowError {
  return new AlipayEscrowError('SIGN_TYPE_UNSUPPORTED', `sign_type ${JSON.stringify(value)} is not supported.`, {
    hint: 'Use "MD5" (the escrow default) or "RSA" (SHA1withRSA); DSA is not implemented.',
    field: 'signType',
  });
}
