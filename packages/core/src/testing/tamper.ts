import { encodeText, type Charset } from '../charset/index.js';
import { bodyBytes } from '../protocol/body-input.js';
import { parseFormBody } from '../protocol/form-body.js';
import { percentEncodeBytes } from '../protocol/form-encode.js';
import { rawPresignBytes } from '../protocol/raw-presign.js';
import { signBytes } from '../protocol/sign.js';
import type { SignatureKeys } from '../protocol/sign-types.js';
import { assertCanSignAsAlipay } from './sign-message.js';

/** Field changes: a string sets (or adds) the field, null removes it. */
export type FieldChanges = Record<string, string | null>;

/**
 * The body with `changes` applied and everything else byte for byte as it was, INCLUDING the
 * original sign: the result is what an attacker or a broken proxy would deliver, and fails
 * verification with SIGN_MISMATCH. New fields go at the end. Values are encoded in `charset`
 * (default 'utf-8'). Note that a change that does not alter the signed content (setting a field
 * to its current value, adding an empty one, or changing only `sign_type`) does not break the
 * signature.
 */
export function tamperNotification(
  body: Uint8Array | string,
  changes: FieldChanges,
  charset: Charset = 'utf-8',
): Uint8Array {
  const params = parseFormBody(bodyBytes(body, Number.MAX_SAFE_INTEGER));
  const parts: string[] = [];
  const seen = new Set<string>();
  const encode = (key: string, value: string) =>
    `${percentEncodeBytes(encodeText(key, charset, { field: key }))}=${percentEncodeBytes(encodeText(value, charset, { field: key }))}`;
  for (const p of params) {
    seen.add(p.key);
    if (!Object.hasOwn(changes, p.key)) {
      parts.push(`${percentEncodeBytes(p.name)}=${percentEncodeBytes(p.value)}`);
      continue;
    }
    const change = changes[p.key];
    if (typeof change === 'string') parts.push(encode(p.key, change));
  }
  for (const [key, value] of Object.entries(changes)) {
    if (!seen.has(key) && typeof value === 'string') parts.push(encode(key, value));
  }
  return new TextEncoder().encode(parts.join('&'));
}

/** Options of {@link resignNotification}. */
export interface ResignOptions {
  /** The keys to sign with, as Alipay would (for RSA: the `privateKey` is required, else RSA_KEY_INVALID). */
  keys: SignatureKeys;
  /** The body's charset, also the charset of the signed bytes. Default 'utf-8'. */
  charset?: Charset;
}

/**
 * Applies `changes` (as tamperNotification does) and signs the result again, so it verifies:
 * a genuine-looking message with contents of your choosing, for testing what happens after
 * verification (amount or seller cross-checks, stale statuses…). The signature is computed over
 * the body's bytes as they are, so a GBK body stays exactly GBK. `sign_type`, when present, is set
 * to the keys' type.
 */
export async function resignNotification(
  body: Uint8Array | string,
  changes: FieldChanges,
  options: ResignOptions,
): Promise<Uint8Array> {
  assertCanSignAsAlipay(options.keys);
  const charset = options.charset ?? 'utf-8';
  const changed = tamperNotification(body, changes, charset);
  const params = parseFormBody(changed);
  const sign = await signBytes(rawPresignBytes(params), options.keys, charset);
  const hasSignType = params.some((p) => p.key === 'sign_type');
  return tamperNotification(changed, { sign, ...(hasSignType ? { sign_type: options.keys.signType } : {}) }, charset);
}
