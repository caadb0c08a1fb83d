// The full charset support: importing this barrel installs the GBK tables (and RSA), see full-support.ts.
import { installFullSupport } from '../full-support.js';

installFullSupport();

export { type Charset, normalizeCharset } from './charset.js';
export { type EncodeOptions, type UnencodablePolicy, encodeText } from './encode.js';
export { decodeBytes, isValidUtf8 } from './decode.js';
