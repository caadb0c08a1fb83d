/**
 * `@alipay-escrow/core/charset`: text to bytes and back in the charsets Alipay uses, utf-8 and gbk
 * (gb2312 is read as gbk). Importing it installs the GBK tables (and RSA), see full-support.ts.
 *
 * @module charset
 */
import { installFullSupport } from '../full-support.js';

installFullSupport();

export { type Charset, normalizeCharset } from './charset.js';
export { type EncodeOptions, type UnencodablePolicy, encodeText } from './encode.js';
export { decodeBytes, isValidUtf8 } from './decode.js';
