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
