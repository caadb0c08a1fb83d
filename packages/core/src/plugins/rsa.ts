/**
 * `@alipay-escrow/core/rsa`: SHA1withRSA (`signType: 'RSA'`, PEM/DER keys through WebCrypto) as a
 * plug-in for `createReceiver`. Only a receiver configured with RSA keys needs it.
 *
 * @module rsa
 */
import { RSA_SIGNER } from '../crypto/rsa.js';
import { provideRsa } from '../crypto/rsa-support.js';
import type { EscrowPlugin } from './plugin.js';

export type { EscrowPlugin } from './plugin.js';

/** RSA signing and verification: `createReceiver({ …, plugins: [rsa] })`. */
export const rsa: EscrowPlugin = Object.freeze({
  name: 'rsa',
  install(): void {
    provideRsa(RSA_SIGNER);
  },
});
