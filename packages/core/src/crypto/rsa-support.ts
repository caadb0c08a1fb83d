import { AlipayEscrowError } from '../errors/error.js';
import { pluginHint } from '../plugins/plugin.js';

/**
 * SHA1withRSA, once loaded (rsa.ts). Signing and verifying with `signType: 'RSA'` go through
 * here, so a bundle that never loads it (the receiver entry without the `rsa` plug-in) leaves the
 * PEM/DER key parsing out.
 */
export interface RsaSigner {
  /** Signs `data`: base64 SHA1withRSA. */
  sign(data: Uint8Array, privateKey: string | CryptoKey): Promise<string>;
  /** Checks a base64 SHA1withRSA signature over `data`; never throws for a bad signature. */
  verify(data: Uint8Array, signatureBase64: string, publicKey: string | CryptoKey): Promise<boolean>;
}

let loaded: RsaSigner | undefined;

/** Makes RSA available to every sign and verify in this JavaScript realm (idempotent). */
export function provideRsa(signer: RsaSigner): void {
  loaded = signer;
}

/** Whether RSA is available here. */
export function hasRsa(): boolean {
  return loaded !== undefined;
}

/** SHA1withRSA; CONFIG_INVALID when this bundle was built without it. */
export function rsaSigner(): RsaSigner {
  if (loaded === undefined) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      'RSA is not loaded: this code was built from the receiver entry, which leaves SHA1withRSA out unless asked.',
      {
        hint: pluginHint('rsa'),
        field: 'keys',
        status: 500,
      },
    );
  }
  return loaded;
}
