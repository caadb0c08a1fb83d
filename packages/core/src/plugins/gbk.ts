/**
 * `@alipay-escrow/core/gbk`: the GBK charset (the library's own tables, about 17 KB gzip) as a
 * plug-in for `createReceiver`. Only a receiver whose `merchant.charset` is `gbk` needs it.
 *
 * @module gbk
 */
import { GBK_TABLES } from '../charset/gbk.js';
import { provideGbk } from '../charset/gbk-support.js';
import type { EscrowPlugin } from './plugin.js';

export type { EscrowPlugin } from './plugin.js';

/** GBK decoding and encoding: `createReceiver({ …, plugins: [gbk] })`. */
export const gbk: EscrowPlugin = Object.freeze({
  name: 'gbk',
  install(): void {
    provideGbk(GBK_TABLES);
  },
});
