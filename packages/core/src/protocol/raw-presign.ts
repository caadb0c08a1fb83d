import type { RawParam } from './form-body.js';

const AMP = 0x26;
const EQ = 0x3d;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Options of {@link rawPresignBytes}; both exist for diagnosing a signature mismatch. */
export interface RawPresignOptions {
  /** Keep empty values (what a wrong signer does; used only for diagnostics). */
  keepEmpty?: boolean;
  /** Leave this parameter out (diagnostics: "was it added after signing?"). */
  omit?: string;
}

/** The params that a signature covers: all but sign, sign_type and empty values, sorted by name bytes. */
export function rawSignedParams(params: readonly RawParam[], options: RawPresignOptions = {}): RawParam[] {
  return params
    .filter(
      (p) =>
        p.key !== 'sign' &&
        p.key !== 'sign_type' &&
        p.key !== options.omit &&
        (options.keepEmpty === true || p.value.length > 0),
    )
    .sort((a, b) => compareBytes(a.name, b.name));
}

/**
 * The pre-sign string built straight from the received bytes: `name=value&…`. No decode/re-encode
 * round trip, so a GBK body is signed exactly as it arrived.
 */
export function rawPresignBytes(params: readonly RawParam[], options: RawPresignOptions = {}): Uint8Array {
  const signed = rawSignedParams(params, options);
  let size = signed.length > 0 ? signed.length - 1 : 0;
  for (const p of signed) size += p.name.length + 1 + p.value.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < signed.length; i++) {
    const p = signed[i]!;
    if (i > 0) out[at++] = AMP;
    out.set(p.name, at);
    at += p.name.length;
    out[at++] = EQ;
    out.set(p.value, at);
    at += p.value.length;
  }
  return out;
}
