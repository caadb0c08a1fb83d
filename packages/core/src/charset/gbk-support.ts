import { AlipayEscrowError } from '../errors/error.js';
import { pluginHint } from '../plugins/plugin.js';
import type { EncodeOptions } from './encode.js';

/**
 * The GBK tables, once loaded (gbk.ts). Decoding and encoding GBK go through here, so a bundle that
 * never loads them (the receiver entry without the `gbk` plug-in) leaves the 47 KiB table data out.
 */
export interface GbkTables {
  /** Decodes GBK bytes; `undefined` at the first byte sequence that is not GBK. */
  decode(bytes: Uint8Array): string | undefined;
  /** Encodes text as GBK, as encodeText documents it (errors, `unencodable`). */
  encode(text: string, options: EncodeOptions): Uint8Array;
}

let loaded: GbkTables | undefined;

/** Makes GBK available to every decode and encode in this JavaScript realm (idempotent). */
export function provideGbk(tables: GbkTables): void {
  loaded = tables;
}

/** Whether GBK is available here. */
export function hasGbk(): boolean {
  return loaded !== undefined;
}

/** The GBK tables; CHARSET_UNSUPPORTED when this bundle was built without them. */
export function gbkTables(): GbkTables {
  if (loaded === undefined) {
    throw new AlipayEscrowError(
      'CHARSET_UNSUPPORTED',
      'GBK is not loaded: this code was built from the receiver entry, which leaves the GBK tables out unless asked.',
      { hint: pluginHint('gbk') },
    );
  }
  return loaded;
}
