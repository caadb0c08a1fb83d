import { gbk } from './plugins/gbk.js';
import { rsa } from './plugins/rsa.js';

/**
 * Installs every optional part (GBK, RSA). The full entry points call it at load time — index.ts,
 * charset/index.ts, handlers/create-escrow.ts — so `@alipay-escrow/core` behaves as it always did;
 * the receiver entry (receiver/index.ts) does not, and loads only the plug-ins it is given. It is
 * a call rather than a bare `import './…'`, so bundlers keep it with the package's
 * `"sideEffects": false` (a statement of a module in use is kept; an import of nothing is not).
 * docs/guide/performance.md explains the receiver bundle.
 */
export function installFullSupport(): void {
  gbk.install();
  rsa.install();
}
