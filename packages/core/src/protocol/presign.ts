import type { Charset } from '../charset/charset.js';
import { encodeText, type EncodeOptions } from '../charset/encode.js';

/** Parameters excluded from every signature (docs/internals/signing.md#what-is-signed). */
const UNSIGNED = new Set(['sign', 'sign_type']);
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Parameters to sign: a record (`undefined` and `''` values are left out) or an iterable of
 * `[name, value]` pairs (a later pair with the same name wins). `sign` and `sign_type` are never
 * signed.
 */
export type ParamInput = Record<string, string | undefined> | Iterable<readonly [string, string]>;

/** Code-point order, which equals UTF-8 byte order (UTF-16 code-unit order does not). */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * The signed pairs: drop `sign`, `sign_type` and empty values, sort by key bytes. Values stay raw
 * (never URL-encoded, never trimmed).
 */
export function signedPairs(params: ParamInput): [string, string][] {
  if (Symbol.iterator in params) {
    const map = new Map<string, string>();
    for (const [k, v] of params as Iterable<readonly [string, string]>) map.set(k, v);
    return sortedSigned(Object.fromEntries(map));
  }
  return sortedSigned(params as Record<string, string | undefined>);
}

function sortedSigned(params: Record<string, string | undefined>): [string, string][] {
  const keys: string[] = [];
  let astral = false;
  for (const k of Object.keys(params)) {
    const v = params[k];
    if (v === undefined || v === '' || UNSIGNED.has(k)) continue;
    keys.push(k);
    if (!astral && SURROGATE.test(k)) astral = true;
  }
  // Without surrogates UTF-16 order is code-point (= UTF-8 byte) order, so the native sort is exact.
  if (astral) keys.sort(compareKeys);
  else keys.sort();
  return keys.map((k) => [k, params[k]!]);
}

/** The canonical pre-sign string `k1=v1&k2=v2…` (without the key). */
export function presignString(params: ParamInput): string {
  return joinPairs(signedPairs(params));
}

/**
 * The pre-sign string as bytes in `charset`, encoded in one go. Only when that fails is each name
 * and value encoded on its own, so the error names the parameter that holds the bad character.
 */
export function presignBytes(
  params: ParamInput,
  charset: Charset,
  options: Omit<EncodeOptions, 'field'> = {},
): Uint8Array {
  const pairs = signedPairs(params);
  return encodePresign(joinPairs(pairs), pairs, charset, options);
}

export function joinPairs(pairs: readonly (readonly [string, string])[]): string {
  let text = '';
  for (let i = 0; i < pairs.length; i++) {
    const [k, v] = pairs[i]!;
    text += (i === 0 ? '' : '&') + k + '=' + v;
  }
  return text;
}

/** Encodes an already joined pre-sign string; `pairs` are only used to name a failing field. */
export function encodePresign(
  text: string,
  pairs: readonly (readonly [string, string])[],
  charset: Charset,
  options: Omit<EncodeOptions, 'field'> = {},
): Uint8Array {
  try {
    return encodeText(text, charset, options);
  } catch (error) {
    for (const [k, v] of pairs) {
      encodeText(k, charset, { ...options, field: k });
      encodeText(v, charset, { ...options, field: k });
    }
    throw error;
  }
}

export function concatBytes(parts: readonly Uint8Array[], size?: number): Uint8Array {
  const total = size ?? parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
