import { md5HexCompact } from './md5-compact.js';

/**
 * The MD5 that signs and verifies (hex of pre-sign bytes + key): md5-compact.ts by default, which
 * is what the receiver entry bundles; the full entry points install the faster md5.ts
 * (full-support.ts). Both give the same digest.
 */
let installed: (bytes: Uint8Array) => string = md5HexCompact;

/** Makes `md5Hex` the one signing and verification use, for the whole realm. */
export function provideMd5(md5Hex: (bytes: Uint8Array) => string): void {
  installed = md5Hex;
}

/** The MD5 of `bytes` as 32 lower-case hex characters. */
export function md5HexOf(bytes: Uint8Array): string {
  return installed(bytes);
}
