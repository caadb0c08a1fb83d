import { encodeText, type Charset, type EncodeOptions } from '../charset/index.js';

/** Parameters excluded from every signature (SPEC §3). */
const UNSIGNED = new Set(['sign', 'sign_type']);

export type ParamInput = Record<string, string | undefined> | Iterable<readonly [string, string]>;

function entriesOf(params: ParamInput): [string, string | undefined][] {
  if (Symbol.iterator in params) return Array.from(params as Iterable<[string, string]>);
  return Object.entries(params);
}

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
  const pairs: [string, string][] = [];
  for (const [k, v] of entriesOf(params)) {
    if (v === undefined || v === '' || UNSIGNED.has(k)) continue;
    pairs.push([k, v]);
  }
  return pairs.sort((a, b) => compareKeys(a[0], b[0]));
}

/** The canonical pre-sign string `k1=v1&k2=v2…` (without the key). */
export function presignString(params: ParamInput): string {
  return signedPairs(params)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/**
 * The pre-sign string as bytes in `charset`. Each name and value is encoded on its own so that a
 * character the charset cannot hold is reported with the parameter it sits in.
 */
export function presignBytes(
  params: ParamInput,
  charset: Charset,
  options: Omit<EncodeOptions, 'field'> = {},
): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const pairs = signedPairs(params);
  for (let i = 0; i < pairs.length; i++) {
    const [k, v] = pairs[i]!;
    const chunk = encodeText(`${i === 0 ? '' : '&'}${k}=`, charset, { ...options, field: k });
    const value = encodeText(v, charset, { ...options, field: k });
    parts.push(chunk, value);
    size += chunk.length + value.length;
  }
  return concatBytes(parts, size);
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
