/**
 * `@alipay-escrow/core/crypto`: MD5 (what the MD5 sign type hashes with; Web Crypto has none) and
 * constant-time comparison of bytes and strings, for checking a secret such as an admin token.
 *
 * @module crypto
 */
export { md5, md5Hex } from './md5.js';
export { timingSafeEqual, timingSafeEqualString } from './constant-time.js';
