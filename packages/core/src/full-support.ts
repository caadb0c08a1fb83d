import { md5Hex } from './crypto/md5.js';
import { provideMd5 } from './crypto/md5-support.js';
import { provideSha256 } from './crypto/sha256-support.js';
import { sha256Hex } from './crypto/sha256.js';
import { gbk } from './plugins/gbk.js';
import { rsa } from './plugins/rsa.js';

/**
 * Installs every optional part (GBK, RSA, the unrolled MD5 and the JavaScript SHA-256 of the log).
 * The full entry points call it at load time — index.ts, charset/index.ts, escrow-app/create-escrow.ts
 * — so `@alipay-escrow/core` behaves as it always did; the receiver entry (receiver/index.ts) does
 * not, and loads only the plug-ins it is given (and the smaller MD5 and WebCrypto's SHA-256). It is
 * a call rather than a bare `import './…'`, so bundlers keep it with the package's
 * `"sideEffects": false` (a statement of a module in use is kept; an import of nothing is not).
 * docs/guide/performance.md explains the receiver bundle.
 */
export function installFullSupport(): void {
  gbk.install();
  rsa.install();
  provideMd5(md5Hex);
  provideSha256(sha256Hex);
}
