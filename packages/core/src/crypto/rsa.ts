/**
 * SHA1withRSA (RSASSA-PKCS1-v1_5 over SHA-1), the MAPI `sign_type=RSA` (docs/internals/signing.md#rsa), via
 * WebCrypto only. Signatures are standard base64 with padding.
 */
import { base64Decode, base64Encode } from './base64.js';
import { importRsaKey } from './rsa-key.js';
import type { RsaSigner } from './rsa-support.js';

const ALGORITHM = 'RSASSA-PKCS1-v1_5';

/** A view WebCrypto accepts (its typings want an ArrayBuffer, not a SharedArrayBuffer, behind it). */
function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/**
 * Signs `data` with the merchant's private key (PEM PKCS#8/PKCS#1, bare base64 DER, or a
 * CryptoKey imported for RSASSA-PKCS1-v1_5/SHA-1). An unusable key throws RSA_KEY_INVALID.
 */
export async function rsaSha1Sign(data: Uint8Array, privateKey: string | CryptoKey): Promise<string> {
  const key = await importRsaKey(privateKey, 'private');
  const signature = await crypto.subtle.sign(ALGORITHM, key, bufferSource(data));
  return base64Encode(new Uint8Array(signature));
}

/**
 * Checks a base64 SHA1withRSA signature over `data` with Alipay's public key. A signature that is
 * wrong, of the wrong length, or not strict base64 gives `false`; only an unusable key throws
 * (RSA_KEY_INVALID), because that is a configuration error, not a forged message.
 */
export async function rsaSha1Verify(
  data: Uint8Array,
  signatureBase64: string,
  publicKey: string | CryptoKey,
): Promise<boolean> {
  const key = await importRsaKey(publicKey, 'public');
  if (typeof signatureBase64 !== 'string') return false;
  const signature = base64Decode(signatureBase64);
  if (!signature || signature.length === 0) return false;
  try {
    return await crypto.subtle.verify(ALGORITHM, key, bufferSource(signature), bufferSource(data));
  } catch {
    return false;
  }
}

/** This module's sign and verify, as rsa-support.ts hands them out. */
export const RSA_SIGNER: RsaSigner = Object.freeze({ sign: rsaSha1Sign, verify: rsaSha1Verify });
