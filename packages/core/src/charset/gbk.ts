import { decodeGbk } from './gbk-decode.js';
import type { GbkTables } from './gbk-support.js';
import { encodeGbk } from './gbk-encode.js';

/** The library's GBK tables (gbk-table.ts), as gbk-support.ts hands them out. */
export const GBK_TABLES: GbkTables = Object.freeze({ decode: decodeGbk, encode: encodeGbk });
