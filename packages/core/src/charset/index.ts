export { type Charset, normalizeCharset } from './charset.js';
export { type EncodeOptions, type UnencodablePolicy, encodeText } from './encode.js';
export { decodeBytes, isValidUtf8 } from './decode.js';
