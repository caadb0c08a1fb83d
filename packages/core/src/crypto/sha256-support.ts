import { bytesToHex } from './hex.js';

/**
 * The SHA-256 the log takes of every request's bytes. By default WebCrypto's
 * (`crypto.subtle.digest`, native on Workers, Deno, Bun and Node), so a receiver's bundle carries
 * no hash of its own. The full entry points install sha256.ts instead (full-support.ts): on Node
 * a short body hashes faster in JavaScript than through WebCrypto's asynchronous call.
 */
let installed: ((bytes: Uint8Array) => string) | undefined;

/** Makes `digest` (lower-case hex SHA-256) the one the log uses, for the whole realm. */
export function provideSha256(digest: (bytes: Uint8Array) => string): void {
  installed = digest;
}

/** The SHA-256 of `bytes` as 64 lower-case hex digits. */
export async function sha256HexOf(bytes: Uint8Array): Promise<string> {
  if (installed !== undefined) return installed(bytes);
  return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}
