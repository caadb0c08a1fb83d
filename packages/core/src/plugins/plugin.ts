/**
 * A part of the library that a lean entry point leaves out until asked: `gbk` (the GBK tables,
 * about 17 KB gzip) and `rsa` (SHA1withRSA key parsing). Pass it to `createReceiver({ plugins })`.
 * Installing is for the whole JavaScript realm and idempotent; `@alipay-escrow/core` (createEscrow)
 * always installs both.
 */
export interface EscrowPlugin {
  /** Which part: `gbk` or `rsa`. */
  readonly name: 'gbk' | 'rsa';
  /** Makes the part available to every sign, verify, encode and decode. */
  install(): void;
}

/**
 * What to do when plug-in `name` is needed and not installed: the hint of every error that says so
 * (receiver/plugins.ts when createReceiver starts; charset/gbk-support.ts and crypto/rsa-support.ts
 * when code built from the receiver entry meets GBK or RSA anyway).
 */
export function pluginHint(name: EscrowPlugin['name']): string {
  return `import { ${name} } from '@alipay-escrow/core/${name}' and pass plugins: [${name}] to createReceiver, or use createEscrow from '@alipay-escrow/core' (it always has GBK and RSA).`;
}
